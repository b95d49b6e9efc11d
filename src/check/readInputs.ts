import type { Text } from '../policy';
import { text } from '../policy';
import type { SheetGrid } from '../roster/sheetGrid';
import type { ReadNote, ReadWorkbook } from '../xlsx/readNote';
import { gridsWithStruckRows } from '../xlsx/claimRows';
import { XlsxReadError } from '../xlsx/readError';
import type { ReaderLibraries } from '../xlsx/readSpreadsheet';
import { readSpreadsheetBytes } from '../xlsx/readSpreadsheet';
import type { FileRole, InputFile } from './inputFile';
import { FILE_ROLES } from './inputFile';
import { isOwnerLockFile } from './lockFile';

export interface ReadInputs {
  /** The sheets of each role's files, in the order the files were given. */
  readonly grids: Readonly<Record<FileRole, SheetGrid[]>>;
  /** Every file that could not be read, each with its reason; the readable ones are still checked. */
  readonly failures: XlsxReadError[];
  /**
   * What the reader noticed in the rosters and paid registers (stray cells, formulas without results). Not in the
   * registry exports and death lists: those are other offices' exports, and a stray cell in them is not the clerk's to
   * correct.
   */
  readonly notes: ReadNote[];
  /** Files passed over on purpose (Excel's and WPS's ~$ lock files), each with a line saying so. */
  readonly skipped: Text[];
}

export interface ReadOptions {
  readonly libraries: ReaderLibraries;
  /** Called before each file is read (progress), with its position among the files read. */
  readonly onReading?: (file: InputFile, index: number) => void | Promise<void>;
  /** Reads one file (default: its bytes by readSpreadsheetBytes); the web page's worker keeps what it read of each. */
  readonly readFile?: (file: InputFile) => Promise<ReadWorkbook>;
}

async function readByContent(file: InputFile, libraries: ReaderLibraries): Promise<ReadWorkbook> {
  const bytes = typeof file.bytes === 'function' ? await file.bytes() : file.bytes;
  return readSpreadsheetBytes(bytes, file.name, libraries);
}

function lockFileSkipped(file: string): Text {
  return text(
    `跳过 ${file}：这是 Excel/WPS 打开工作簿时留下的锁定文件（~$ 开头），不是花名册`,
    `skipped ${file}: it is the lock file Excel/WPS leave beside an open workbook (~$ name), not a roster`,
  );
}

/**
 * Reads every file by the one reader (the format told by the content), rosters first, then paid registers, registry
 * exports and death lists, collecting every failure: one unreadable file does not stop the others.
 */
export async function readInputs(files: ReadonlyArray<InputFile>, options: ReadOptions): Promise<ReadInputs> {
  const grids: Record<FileRole, SheetGrid[]> = { roster: [], paid: [], registry: [], deceased: [] };
  const failures: XlsxReadError[] = [];
  const notes: ReadNote[] = [];
  const skipped: Text[] = [];
  let index = 0;
  for (const role of FILE_ROLES) {
    for (const file of files.filter((f) => f.role === role)) {
      if (isOwnerLockFile(file.name)) {
        skipped.push(lockFileSkipped(file.name));
        continue;
      }
      await options.onReading?.(file, index++);
      try {
        const read = await (options.readFile ? options.readFile(file) : readByContent(file, options.libraries));
        // Struck-through rows travel on each grid (grid.struckRows), for the check to set them aside.
        grids[role].push(...gridsWithStruckRows(read));
        if (role === 'roster' || role === 'paid') notes.push(...read.notes);
      } catch (error) {
        failures.push(error instanceof XlsxReadError ? error : new XlsxReadError(file.name, 'corrupt', error instanceof Error ? error.message : String(error)));
      }
    }
  }
  return { grids, failures, notes, skipped };
}
