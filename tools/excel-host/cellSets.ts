/**
 * Reading and rewriting the cells of one or more rectangles on a sheet (a Range or a RangeAreas).
 */
import { boxCellCount, type Box } from './a1';
import { HostError, HostErrorCode } from './errors';
import type { Journal } from './journal';
import { hasContent, type HostCell, type HostSheet } from './model';

export interface CellArea {
  readonly sheet: HostSheet;
  readonly boxes: readonly Box[];
}

/**
 * The host stores every written cell, so it refuses to write more cells than this in one statement
 * (whole columns or rows); Excel itself would keep such formats per row or column.
 */
export const MAX_CELLS_PER_WRITE = 5_000_000;

export function areaCellCount(area: CellArea): number {
  return area.boxes.reduce((sum, box) => sum + boxCellCount(box), 0);
}

/** Calls fn for each stored cell inside the boxes; returns how many there were. */
export function forEachStoredCell(area: CellArea, fn: (cell: HostCell, row: number, col: number) => void): number {
  let count = 0;
  for (const box of area.boxes) {
    const lastRow = Math.min(box.row + box.rows, area.sheet.rows.length);
    for (let r = box.row; r < lastRow; r++) {
      const cells = area.sheet.rows[r];
      if (!cells) continue;
      const lastCol = Math.min(box.col + box.cols, cells.length);
      for (let c = box.col; c < lastCol; c++) {
        const cell = cells[c];
        if (cell) {
          count++;
          fn(cell, r, c);
        }
      }
    }
  }
  return count;
}

/**
 * The value every cell shares, or null when they differ - how Excel reports a format property of a range.
 * Cells that are not stored count with the default (what get(undefined) returns).
 */
export function uniformRead<T>(area: CellArea, get: (cell: HostCell | undefined) => T): T | null {
  let first: { value: T } | undefined;
  let mixed = false;
  const consider = (value: T): void => {
    if (!first) first = { value };
    else if (!mixed && !sameValue(first.value, value)) mixed = true;
  };
  const stored = forEachStoredCell(area, (cell) => consider(get(cell)));
  if (stored < areaCellCount(area)) consider(get(undefined));
  if (!first) return get(undefined); // no cells at all (the inside edges of one row)
  return mixed ? null : first.value;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Rewrites cells through the journal. With includeEmpty, cells not stored yet are offered too (a format
 * applies to empty cells); without it only stored cells are visited (clearing needs nothing else).
 */
export function rewriteCells(
  journal: Journal,
  area: CellArea,
  includeEmpty: boolean,
  where: string,
  fn: (cell: HostCell | undefined, row: number, col: number) => HostCell | undefined,
): void {
  if (!includeEmpty) {
    const changes: [number, number, HostCell | undefined][] = [];
    forEachStoredCell(area, (cell, r, c) => {
      const next = fn(cell, r, c);
      if (next !== cell) changes.push([r, c, next]);
    });
    for (const [r, c, next] of changes) journal.putCell(area.sheet, r, c, normalizeCell(next));
    return;
  }
  const total = areaCellCount(area);
  if (total > MAX_CELLS_PER_WRITE) {
    throw new HostError(
      HostErrorCode.notImplemented,
      `${where}: the in-memory host writes cells one by one and will not write ${total} cells in one statement; write the used rows instead`,
      where,
    );
  }
  for (const box of area.boxes) {
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.col; c < box.col + box.cols; c++) {
        const cell = area.sheet.rows[r]?.[c];
        const next = fn(cell, r, c);
        if (next !== cell) journal.putCell(area.sheet, r, c, normalizeCell(next));
      }
    }
  }
}

/** Drops empty parts so that a cell whose mark was cleared compares equal to one never marked. */
export function normalizeCell(cell: HostCell | undefined): HostCell | undefined {
  if (!cell) return undefined;
  const out: { -readonly [K in keyof HostCell]: HostCell[K] } = {};
  if (cell.value !== undefined && !(cell.value === '' && cell.formula === undefined)) out.value = cell.value;
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.numberFormat !== undefined && cell.numberFormat !== 'General') out.numberFormat = cell.numberFormat;
  const format = cell.format && pruneFormat(cell.format);
  if (format) out.format = format;
  if (cell.hyperlink !== undefined) out.hyperlink = cell.hyperlink;
  return Object.keys(out).length === 0 ? undefined : out;
}

function pruneFormat(format: NonNullable<HostCell['format']>): HostCell['format'] {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(format)) {
    if (value === undefined) continue;
    if (typeof value === 'object' && value !== null) {
      const inner = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else out[key] = value;
  }
  return Object.keys(out).length === 0 ? undefined : (out as HostCell['format']);
}

/** A rows x cols array built from the cells of one box (stored or not). */
export function cellGrid<T>(sheet: HostSheet, box: Box, fn: (cell: HostCell | undefined) => T): T[][] {
  const grid: T[][] = new Array(box.rows);
  for (let i = 0; i < box.rows; i++) {
    const cells = sheet.rows[box.row + i];
    const line: T[] = new Array(box.cols);
    for (let j = 0; j < box.cols; j++) line[j] = fn(cells?.[box.col + j]);
    grid[i] = line;
  }
  return grid;
}

/**
 * Bounding box of the cells with content (valuesOnly) or with anything stored (content, format,
 * number format, hyperlink), within `within` when given; null when there are none.
 */
export function usedBox(sheet: HostSheet, valuesOnly: boolean, within?: Box): Box | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  const rowStart = within ? within.row : 0;
  const rowEnd = within ? Math.min(within.row + within.rows, sheet.rows.length) : sheet.rows.length;
  const colStart = within ? within.col : 0;
  for (let r = rowStart; r < rowEnd; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const colEnd = within ? Math.min(within.col + within.cols, cells.length) : cells.length;
    for (let c = colStart; c < colEnd; c++) {
      const cell = cells[c];
      if (!cell || (valuesOnly && !hasContent(cell))) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  if (bottom < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
