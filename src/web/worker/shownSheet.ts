import { formatDate } from '../../policy';
import type { SheetGrid } from '../../roster/sheetGrid';
import { isDateFormat } from '../../xlsx/numberFormat';
import type { ShownSheet } from './protocol';

/** A cell as the clerk sees it in Excel: a date cell as its date (2022-05-16), never its serial number. */
function shownCell(grid: SheetGrid, r: number, c: number): string {
  const value = grid.values[r][c];
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    const isDate = grid.kinds?.[r]?.[c] === 'Date' || isDateFormat(grid.numberFormats?.[r]?.[c]);
    return isDate && value > 0 ? formatDate(Math.floor(value)) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/** A sheet as text, to draw: the page needs no more than what it shows (the worker keeps the values). */
export function shownSheet(grid: SheetGrid): ShownSheet {
  return {
    file: grid.file,
    sheet: grid.sheet,
    rowOffset: grid.rowOffset ?? 0,
    columnOffset: grid.columnOffset ?? 0,
    rows: grid.values.map((row, r) => row.map((_, c) => shownCell(grid, r, c))),
  };
}
