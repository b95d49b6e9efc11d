import { promises as fs } from 'fs';
import { basename } from 'path';
import type { Text } from '../policy';
import { text } from '../policy';
import type { SheetGrid } from '../roster';
import type { ReadNote } from '../xlsx';
import { gridsWithStruckRows, readSpreadsheetFile, XlsxReadError } from '../xlsx';

export interface LoadedInputs {
  readonly rosters: SheetGrid[];
  readonly history: SheetGrid[];
  /** Every file that could not be read, each with its reason; the readable ones are still checked. */
  readonly failures: XlsxReadError[];
  /** What the reader noticed in the files it read (stray cells, formulas without results). */
  readonly notes: ReadNote[];
  /** Files passed over on purpose (Excel's and WPS's ~$ lock files), each with a line saying so. */
  readonly skipped: Text[];
}

export async function fileSize(path: string): Promise<number> {
  try {
    const s = await fs.stat(path);
    return s.isFile() ? s.size : 0;
  } catch {
    return 0;
  }
}

/** Excel and WPS leave "~$花名册.xlsx" beside a workbook that is open: 165 bytes of owner name, no sheets. */
export function isOwnerLockFile(file: string): boolean {
  return basename(file).startsWith('~$');
}

interface Sink {
  failures: XlsxReadError[];
  notes: ReadNote[];
  skipped: Text[];
}

async function readAll(files: ReadonlyArray<string>, onReading: (file: string) => Promise<void>, sink: Sink): Promise<SheetGrid[]> {
  const grids: SheetGrid[] = [];
  for (const file of files) {
    if (isOwnerLockFile(file)) {
      sink.skipped.push(
        text(
          `跳过 ${file}：这是 Excel/WPS 打开工作簿时留下的锁定文件（~$ 开头），不是花名册`,
          `skipped ${file}: it is the lock file Excel/WPS leave beside an open workbook (~$ name), not a roster`,
        ),
      );
      continue;
    }
    await onReading(file);
    try {
      const read = await readSpreadsheetFile(file, file);
      grids.push(...gridsWithStruckRows(read));
      sink.notes.push(...read.notes);
    } catch (error) {
      sink.failures.push(error instanceof XlsxReadError ? error : new XlsxReadError(file, 'corrupt', error instanceof Error ? error.message : String(error)));
    }
  }
  return grids;
}

/** Reads the rosters and the history files (named as given on the command line), collecting every failure. */
export async function loadInputs(files: ReadonlyArray<string>, historyFiles: ReadonlyArray<string>, onReading: (file: string) => Promise<void>): Promise<LoadedInputs> {
  const sink: Sink = { failures: [], notes: [], skipped: [] };
  const rosters = await readAll(files, onReading, sink);
  const history = await readAll(historyFiles, onReading, sink);
  return { rosters, history, ...sink };
}
