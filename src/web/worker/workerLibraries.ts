import * as XLSX from '@e965/xlsx';
import * as cpexcel from '@e965/xlsx/dist/cpexcel';
import { inflateWithWebStreams } from '../../xlsx/inflate';
import type { ReaderLibraries } from '../../xlsx/readSpreadsheet';
import type { SheetJSModule } from '../../xlsx/sheetjsGrids';

let sheetjs: SheetJSModule | undefined;

/**
 * The reader's libraries in the worker: the same SheetJS with its code pages (GBK text in a BIFF5 .xls) as the
 * command line, bundled in (a worker started from a Blob URL has no folder to load a chunk from), and the
 * browser's DecompressionStream for .xlsx parts.
 */
export const WORKER_LIBRARIES: ReaderLibraries = {
  sheetjs: async () => {
    if (!sheetjs) {
      sheetjs = XLSX as unknown as SheetJSModule;
      sheetjs.set_cptable(cpexcel);
    }
    return sheetjs;
  },
  inflate: inflateWithWebStreams,
};
