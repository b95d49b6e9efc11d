import { promises as fs } from 'fs';
import type { SheetGrid } from '../roster';
import { readXlsxFile, XlsxReadError } from '../xlsx';

export interface LoadedInputs {
  readonly rosters: SheetGrid[];
  readonly history: SheetGrid[];
  /** Every file that could not be read, each with its reason; nothing is checked when there is one. */
  readonly failures: XlsxReadError[];
}

export async function fileSize(path: string): Promise<number> {
  try {
    return (await fs.stat(path)).size;
  } catch {
    return 0;
  }
}

async function readAll(files: ReadonlyArray<string>, onReading: (file: string) => Promise<void>, failures: XlsxReadError[]): Promise<SheetGrid[]> {
  const grids: SheetGrid[] = [];
  for (const file of files) {
    await onReading(file);
    try {
      grids.push(...(await readXlsxFile(file, file)));
    } catch (error) {
      if (error instanceof XlsxReadError) failures.push(error);
      else failures.push(new XlsxReadError(file, 'corrupt', error instanceof Error ? error.message.split('\n')[0] : String(error)));
    }
  }
  return grids;
}

/** Reads the rosters and the history files (named as given on the command line), collecting every failure. */
export async function loadInputs(files: ReadonlyArray<string>, historyFiles: ReadonlyArray<string>, onReading: (file: string) => Promise<void>): Promise<LoadedInputs> {
  const failures: XlsxReadError[] = [];
  const rosters = await readAll(files, onReading, failures);
  const history = await readAll(historyFiles, onReading, failures);
  return { rosters, history, failures };
}
