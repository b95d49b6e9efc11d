import type { SheetGrid } from '../../roster/sheetGrid';
import { readXlsxBytes } from '../../xlsx/readXlsxBytes';

/**
 * An .xlsx picked from disk, read in the pane: the bytes never leave the machine. ExcelJS's browser build loads it
 * and the command line's own reader (src/xlsx/readXlsxBytes) checks the file and turns each sheet into the engine's SheetGrid, so a
 * file reads the same in the pane as in jl-roster. ExcelJS is loaded on first use: it is large.
 */
export async function readHistoryFile(name: string, bytes: ArrayBuffer): Promise<SheetGrid[]> {
  const { default: ExcelJS } = await import('exceljs');
  return readXlsxBytes(new Uint8Array(bytes), name, ExcelJS);
}
