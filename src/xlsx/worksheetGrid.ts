import type { Worksheet } from 'exceljs';
import type { CellKind, CellValue, SheetGrid } from '../roster/sheetGrid';
import type { GridCell } from './gridCell';
import { gridCellOf } from './gridCell';
import { isDateFormat } from './numberFormat';

function withDateKind(cell: GridCell, format: string): GridCell {
  return cell.kind === 'Double' && isDateFormat(format) ? { value: cell.value, kind: 'Date' } : cell;
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The used range: from the first to the last row and column that hold a value (1-based, as ExcelJS counts). */
function usedBounds(sheet: Worksheet): Bounds | undefined {
  let b: Bounds | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      if (!b) b = { top: r, left: c, bottom: r, right: c };
      else {
        if (r < b.top) b.top = r;
        if (r > b.bottom) b.bottom = r;
        if (c < b.left) b.left = c;
        if (c > b.right) b.right = c;
      }
    });
  });
  return b;
}

/** One worksheet as the engine's SheetGrid: values, kinds and number formats of its used range, and hidden rows. */
export function worksheetToGrid(sheet: Worksheet, file: string): SheetGrid {
  const bounds = usedBounds(sheet);
  const visibility = sheet.state === 'hidden' || sheet.state === 'veryHidden' ? { visibility: sheet.state } : {};
  if (!bounds) return { file, sheet: sheet.name, values: [], kinds: [], numberFormats: [], rowOffset: 0, columnOffset: 0, hiddenRows: [], ...visibility };
  const values: CellValue[][] = [];
  const kinds: CellKind[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  const width = bounds.right - bounds.left + 1;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = sheet.findRow(r);
    const rowValues: CellValue[] = new Array(width).fill('');
    const rowKinds: CellKind[] = new Array(width).fill('Empty');
    const rowFormats: string[] = new Array(width).fill('General');
    if (row) {
      if (row.hidden) hiddenRows.push(r - 1);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c < bounds.left || c > bounds.right) return;
        const format = cell.numFmt || 'General';
        const read = withDateKind(gridCellOf(cell), format);
        rowValues[c - bounds.left] = read.value;
        rowKinds[c - bounds.left] = read.kind;
        rowFormats[c - bounds.left] = format;
      });
    }
    values.push(rowValues);
    kinds.push(rowKinds);
    numberFormats.push(rowFormats);
  }
  return { file, sheet: sheet.name, values, kinds, numberFormats, rowOffset: bounds.top - 1, columnOffset: bounds.left - 1, hiddenRows, ...visibility };
}
