import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../roster/sheetGrid';
import { XlsxReadError } from './readError';
import { readXlsxBytes } from './readXlsxBytes';

/**
 * The sheets of an .xlsx already in memory. `file` is the name findings will carry (as the clerk gave it).
 * Throws XlsxReadError, naming the file, when the bytes are not a readable workbook.
 */
export function readXlsxBuffer(bytes: Buffer, file: string): Promise<SheetGrid[]> {
  return readXlsxBytes(bytes, file, ExcelJS);
}

async function readBytes(path: string, file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new XlsxReadError(file, code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', code === 'ENOENT' ? undefined : code);
  }
  if (stat.isDirectory()) throw new XlsxReadError(file, 'directory');
  try {
    return await fs.readFile(path);
  } catch (error) {
    throw new XlsxReadError(file, 'unreadable', (error as NodeJS.ErrnoException).code);
  }
}

/** Read an .xlsx file from disk (never written to) into one SheetGrid per worksheet. */
export async function readXlsxFile(path: string, file: string = path): Promise<SheetGrid[]> {
  return readXlsxBuffer(await readBytes(path, file), file);
}
