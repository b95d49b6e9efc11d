import type { CellValue } from '../../roster/sheetGrid';
import type { ActiveCell, ReferencedCells, SheetReference } from './adapter';
import type { ExcelRun } from './run';

function plain(v: unknown): CellValue {
  return v === null || v === undefined ? '' : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
}

/** The active cell with its formula and value, in one sync. */
export async function activeCell(run: ExcelRun): Promise<ActiveCell> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load(['address', 'formulas', 'values']);
    // The active cell is on the active sheet.
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    await context.sync();
    const address = cell.address.includes('!') ? cell.address.slice(cell.address.lastIndexOf('!') + 1) : cell.address;
    return { sheet: sheet.name, address, formula: cell.formulas[0][0], value: plain(cell.values[0][0]) };
  });
}

/** The cells a formula refers to, all in one sync: values, and text and formats to show them as the clerk does. */
export async function readReferences(run: ExcelRun, refs: ReadonlyArray<SheetReference>): Promise<ReferencedCells[]> {
  if (refs.length === 0) return [];
  return run(async (context) => {
    const ranges = refs.map((ref) => {
      const range = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address);
      range.load(['values', 'text', 'numberFormat']);
      return range;
    });
    await context.sync();
    return ranges.map((r) => ({
      values: r.values.map((row) => row.map(plain)),
      text: r.text.map((row) => row.map(String)),
      numberFormat: r.numberFormat.map((row) => row.map(String)),
    }));
  });
}
