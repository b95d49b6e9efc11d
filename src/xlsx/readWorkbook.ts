import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../roster/sheetGrid';
import { fileSignature } from './fileSignature';
import { XlsxReadError } from './readError';
import { worksheetToGrid } from './worksheetGrid';

/** Every .xlsx names its workbook part in the zip's directory, which is stored uncompressed. */
const WORKBOOK_PART = Buffer.from('xl/workbook.xml');
/** The names of a workbook's parts start with xl/; in a zip every entry's name is stored in its own header too. */
const SPREADSHEET_PARTS = Buffer.from('xl/');

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 200);
}

/**
 * The sheets of an .xlsx already in memory. `file` is the name findings will carry (as the clerk gave it).
 * Throws XlsxReadError, naming the file, when the bytes are not a readable workbook.
 */
export async function readXlsxBuffer(bytes: Buffer, file: string): Promise<SheetGrid[]> {
  switch (fileSignature(bytes)) {
    case 'empty':
      throw new XlsxReadError(file, 'empty');
    case 'ole_encrypted':
      throw new XlsxReadError(file, 'encrypted');
    case 'ole_other':
      throw new XlsxReadError(file, 'legacy_xls');
    case 'other':
      throw new XlsxReadError(file, 'not_xlsx');
    case 'zip':
      break;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's own type says it wants an ArrayBuffer-like Buffer; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    // A zip with no spreadsheet part at all (a .docx, a .zip) is another kind of file; one with them is damaged.
    throw new XlsxReadError(file, bytes.includes(SPREADSHEET_PARTS) ? 'corrupt' : 'not_xlsx', firstLine(error));
  }
  if (!bytes.includes(WORKBOOK_PART)) throw new XlsxReadError(file, 'not_xlsx');
  return workbook.worksheets.map((sheet) => worksheetToGrid(sheet, file));
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
