/**
 * Deep, comparable copies of what the clerk typed (values and formulas) and of how cells look, keyed by
 * sheet and A1 address so a failing toEqual names the cell that changed.
 */
import { cellAddress } from './a1';
import { normalizeCell } from './cellSets';
import { copyValue } from './cellValues';
import { sheetByName, type HostCell, type HostCellFormat, type HostHyperlink, type HostSheet, type HostValue, type HostWorkbook } from './model';

export interface CellContentSnapshot {
  value: HostValue | null;
  formula?: string;
}

export interface CellFormatSnapshot {
  numberFormat?: string;
  format?: HostCellFormat;
  hyperlink?: HostHyperlink;
}

export type SheetSnapshot<T> = Record<string, T>;
export type WorkbookSnapshot<T> = Record<string, SheetSnapshot<T>>;

function eachCell(sheet: HostSheet, fn: (cell: HostCell, address: string) => void): void {
  sheet.rows.forEach((cells, r) => cells?.forEach((cell, c) => cell && fn(cell, cellAddress(r, c))));
}

function pickSheets(workbook: HostWorkbook, sheetName: string | undefined): HostSheet[] {
  if (sheetName === undefined) return workbook.sheets;
  const sheet = sheetByName(workbook, sheetName);
  if (!sheet) throw new Error(`snapshot: there is no sheet named '${sheetName}'`);
  return [sheet];
}

function snapshot<T>(workbook: HostWorkbook, sheetName: string | undefined, take: (cell: HostCell) => T | undefined): WorkbookSnapshot<T> {
  const out: WorkbookSnapshot<T> = {};
  for (const sheet of pickSheets(workbook, sheetName)) {
    const cells: SheetSnapshot<T> = {};
    eachCell(sheet, (cell, address) => {
      const taken = take(cell);
      if (taken !== undefined) cells[address] = taken;
    });
    out[sheet.name] = cells;
  }
  return out;
}

/** Values and formulas of every non-empty cell: { [sheet]: { [A1]: { value, formula? } } }. */
export function snapshotCells(workbook: HostWorkbook): WorkbookSnapshot<CellContentSnapshot>;
/** The same for one sheet: { [A1]: { value, formula? } }. */
export function snapshotCells(workbook: HostWorkbook, sheetName: string): SheetSnapshot<CellContentSnapshot>;
export function snapshotCells(workbook: HostWorkbook, sheetName?: string): WorkbookSnapshot<CellContentSnapshot> | SheetSnapshot<CellContentSnapshot> {
  const all = snapshot(workbook, sheetName, (raw) => {
    const cell = normalizeCell(raw);
    if (!cell || (cell.value === undefined && cell.formula === undefined)) return undefined;
    const entry: CellContentSnapshot = { value: cell.value === undefined ? null : copyValue(cell.value) };
    if (cell.formula !== undefined) entry.formula = cell.formula;
    return entry;
  });
  return sheetName === undefined ? all : Object.values(all)[0];
}

/** Number formats, fills, fonts, borders, alignment and hyperlinks of every cell that has any. */
export function snapshotFormats(workbook: HostWorkbook): WorkbookSnapshot<CellFormatSnapshot>;
export function snapshotFormats(workbook: HostWorkbook, sheetName: string): SheetSnapshot<CellFormatSnapshot>;
export function snapshotFormats(workbook: HostWorkbook, sheetName?: string): WorkbookSnapshot<CellFormatSnapshot> | SheetSnapshot<CellFormatSnapshot> {
  const all = snapshot(workbook, sheetName, (raw) => {
    const cell = normalizeCell(raw);
    if (!cell) return undefined;
    const entry: CellFormatSnapshot = {};
    if (cell.numberFormat !== undefined) entry.numberFormat = cell.numberFormat;
    if (cell.format !== undefined) entry.format = structuredClone(cell.format);
    if (cell.hyperlink !== undefined) entry.hyperlink = { ...cell.hyperlink };
    return Object.keys(entry).length === 0 ? undefined : entry;
  });
  return sheetName === undefined ? all : Object.values(all)[0];
}
