import type { SheetGrid } from '../../roster/sheetGrid';
import { XlsxReadError } from '../../xlsx/readError';
import { worksheetToGrid } from '../../xlsx/worksheetGrid';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * An .xlsx picked from disk, read in the pane: the bytes never leave the machine. ExcelJS's browser build loads it
 * and the command line's own converter (src/xlsx/worksheetGrid) turns each sheet into the engine's SheetGrid, so a
 * file reads the same in the pane as in jl-roster. ExcelJS is loaded on first use: it is large.
 */
export async function readHistoryFile(name: string, bytes: ArrayBuffer): Promise<SheetGrid[]> {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  if (bytes.byteLength === 0) throw new XlsxReadError(name, 'empty');
  if (!ZIP_MAGIC.every((b, i) => head[i] === b)) throw new XlsxReadError(name, 'not_xlsx');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    throw new XlsxReadError(name, 'corrupt', error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error));
  }
  return workbook.worksheets.map((sheet) => worksheetToGrid(sheet, name));
}
