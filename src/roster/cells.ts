import type { CellKind, CellValue, SheetGrid } from './sheetGrid';
import { formatDate } from '../policy';
import { isExcelErrorText } from './policyBindings';

/** 0 -> A, 25 -> Z, 26 -> AA: the column letter of a 0-based sheet column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Empty as a person reads the sheet: nothing, '' or only spaces (full-width ones too). */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (typeof v !== 'string') return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

/** An Excel error value: the reader says so, or the text is one of Excel's error words (#N/A, #VALUE! ...). */
export function isErrorCell(v: CellValue | undefined, kind: CellKind | undefined): boolean {
  if (kind === 'Error') return true;
  return typeof v === 'string' && v.length > 1 && v.charCodeAt(0) === 35 /* # */ && isExcelErrorText(v);
}

/** A number as Excel stores it (not text): the kind says Double/Integer, or the value is a JS number. */
export function isStoredAsNumber(v: CellValue | undefined, kind: CellKind | undefined): boolean {
  return typeof v === 'number' || kind === 'Double' || kind === 'Integer';
}

/** The value as the clerk sees it, for a finding (dates written out; unmasked: callers mask IDs and accounts). */
export function shownValue(v: CellValue | undefined, kind?: CellKind): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (kind === 'Date' && v >= 1 && v < 2_958_466) return formatDate(v);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.trim();
}

/** Where a grid row and column sit in the sheet. */
export function excelRow(grid: SheetGrid, i: number): number {
  return (grid.rowOffset ?? 0) + i + 1;
}

/** The column letter of grid column j in the sheet (the grid may start right of column A). */
export function excelColumn(grid: SheetGrid, j: number): string {
  return columnLetter((grid.columnOffset ?? 0) + j);
}
