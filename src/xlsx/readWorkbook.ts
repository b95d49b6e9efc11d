import { promises as fs } from 'fs';
import type { SheetGrid } from '../roster/sheetGrid';
import type { ReadWorkbook } from './readNote';
import { XlsxReadError } from './readError';
import { READ_LIMITS } from './readLimits';
import type { ReaderLibraries } from './readSpreadsheet';
import { readSpreadsheetBytes } from './readSpreadsheet';
import type { SheetJSModule } from './sheetjsGrids';
import { nodeInflate } from './nodeInflate';

let sheetjs: SheetJSModule | undefined;

/** The command line's libraries: from node_modules, SheetJS with its code pages (GBK text in a BIFF5 .xls). */
export const NODE_LIBRARIES: ReaderLibraries = {
  sheetjs: async () => {
    if (!sheetjs) {
      sheetjs = (await import('@e965/xlsx')) as SheetJSModule;
      sheetjs.set_cptable(await import('@e965/xlsx/dist/cpexcel'));
    }
    return sheetjs;
  },
  inflate: nodeInflate,
};

/**
 * The bytes of a regular file on disk, refused before it is opened when it is a folder, a pipe, a device (a FIFO or
 * /dev/zero would block or never end) or larger than the size cap.
 */
export async function readFileBytes(path: string, file: string = path): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new XlsxReadError(file, code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', code);
  }
  if (stat.isDirectory()) throw new XlsxReadError(file, 'directory');
  if (!stat.isFile()) throw new XlsxReadError(file, 'not_regular');
  if (stat.size > READ_LIMITS.fileBytes) throw new XlsxReadError(file, 'too_large');
  try {
    const handle = await fs.open(path, 'r');
    try {
      // Read no more than the cap even if the file grows while it is read.
      const bytes = new Uint8Array(Math.min(stat.size, READ_LIMITS.fileBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === bytes.length) break;
      }
      if (length > READ_LIMITS.fileBytes) throw new XlsxReadError(file, 'too_large');
      return bytes.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw new XlsxReadError(file, 'unreadable', (error as NodeJS.ErrnoException).code);
  }
}

/** Any spreadsheet file on disk (never written to), its sheets and the reader's notes. `file` is the name findings carry. */
export async function readSpreadsheetFile(path: string, file: string = path): Promise<ReadWorkbook> {
  return readSpreadsheetBytes(await readFileBytes(path, file), file, NODE_LIBRARIES);
}

/** The sheets of a workbook already in memory (any format readSpreadsheetBytes reads). */
export async function readXlsxBuffer(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  return (await readSpreadsheetBytes(bytes, file, NODE_LIBRARIES)).grids;
}

/** The sheets of a file on disk. */
export async function readXlsxFile(path: string, file: string = path): Promise<SheetGrid[]> {
  return (await readSpreadsheetFile(path, file)).grids;
}
