import type { SheetGrid } from '../../roster/sheetGrid';
import { inflateWithWebStreams } from '../../xlsx/inflate';
import { READ_LIMITS } from '../../xlsx/readLimits';
import { XlsxReadError } from '../../xlsx/readError';
import type { ReaderLibraries } from '../../xlsx/readSpreadsheet';
import { readSpreadsheetBytes } from '../../xlsx/readSpreadsheet';
import { gridsWithStruckRows } from '../../xlsx/claimRows';
import type { SheetJSModule } from '../../xlsx/sheetjsGrids';

let sheetjs: Promise<SheetJSModule> | undefined;

/** The pane's libraries, loaded on first use (they are large): the same ones the command line uses. */
const PANE_LIBRARIES: ReaderLibraries = {
  sheetjs: () =>
    (sheetjs ??= (async () => {
      const X = (await import('@e965/xlsx')) as SheetJSModule;
      X.set_cptable(await import('@e965/xlsx/dist/cpexcel'));
      return X;
    })()),
  inflate: inflateWithWebStreams,
};

/**
 * A roster or paid list picked from disk, read in the pane: the bytes never leave the machine. The command line's own
 * reader (src/xlsx/readSpreadsheet) tells the format from the content and turns each sheet into the engine's
 * SheetGrid, with the command line's limits, so a file reads the same in the pane as in jl-roster.
 */
export async function readHistoryFile(name: string, bytes: ArrayBuffer): Promise<SheetGrid[]> {
  if (bytes.byteLength > READ_LIMITS.fileBytes) throw new XlsxReadError(name, 'too_large');
  // Struck rows travel with each grid, so a struck-out row of a picked .xlsx is set aside as in jl-roster.
  return gridsWithStruckRows(await readSpreadsheetBytes(new Uint8Array(bytes), name, PANE_LIBRARIES));
}
