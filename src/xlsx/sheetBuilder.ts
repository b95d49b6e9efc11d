import type { CellKind, CellValue, SheetGrid } from '../roster/sheetGrid';
import { columnLetter } from '../roster/cells';
import { text } from '../policy';
import type { ReadNote } from './readNote';
import { ReadLimitError } from './readError';
import { READ_LIMITS } from './readLimits';
import { cutForEcho } from './echo';

/** 0-based, inclusive: a merged block as the file states it. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Empty columns between two groups of columns beyond which the smaller group is stray, not part of the table. */
const COLUMN_GAP = 64;
/** Empty rows between two groups of rows beyond which the smaller group is stray. */
const ROW_GAP = 10_000;
/** Stray cells named one by one; more are counted. */
const STRAY_NAMED = 20;

interface RowCells {
  values: CellValue[];
  kinds: CellKind[];
  formats: string[];
}

interface Cluster {
  from: number;
  to: number;
  cells: number;
}

/** Groups of occupied indexes separated by more than `gap` unoccupied ones. */
function clusters(counts: ReadonlyMap<number, number>, gap: number): Cluster[] {
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const out: Cluster[] = [];
  for (const k of keys) {
    const last = out[out.length - 1];
    if (last && k - last.to <= gap) {
      last.to = k;
      last.cells += counts.get(k) ?? 0;
    } else out.push({ from: k, to: k, cells: counts.get(k) ?? 0 });
  }
  return out;
}

function biggest(cs: ReadonlyArray<Cluster>): Cluster | undefined {
  return cs.reduce<Cluster | undefined>((best, c) => (!best || c.cells > best.cells ? c : best), undefined);
}

/**
 * Collects a sheet's cells as the reader meets them (sparse: only cells with a value are kept), then hands over the
 * engine's SheetGrid of the table's box. A value far away from the table (one cell at XFD1048576) is left out of the
 * box and noted at its cell, so that the box is the table's and not the whole sheet's 17 billion cells.
 */
export class SheetBuilder {
  private readonly rows: Array<RowCells | undefined> = [];
  private readonly hidden: number[] = [];
  readonly merges: CellRange[] = [];
  private cellCount = 0;

  constructor(
    readonly file: string,
    readonly sheet: string,
  ) {}

  set(r: number, c: number, value: CellValue, kind: CellKind, format: string): void {
    if (kind === 'Empty') return;
    let row = this.rows[r];
    if (!row) {
      row = { values: [], kinds: [], formats: [] };
      this.rows[r] = row;
    }
    while (row.values.length < c) {
      row.values.push('');
      row.kinds.push('Empty');
      row.formats.push('General');
    }
    if (row.values.length === c) {
      row.values.push(value);
      row.kinds.push(kind);
      row.formats.push(format);
    } else {
      row.values[c] = value;
      row.kinds[c] = kind;
      row.formats[c] = format;
    }
    if (++this.cellCount > READ_LIMITS.cells) throw new ReadLimitError('too_many_cells', `${this.sheet}: over ${READ_LIMITS.cells} cells`);
  }

  get(r: number, c: number): { value: CellValue; kind: CellKind; format: string } | undefined {
    const row = this.rows[r];
    if (!row || c >= row.values.length || row.kinds[c] === 'Empty') return undefined;
    return { value: row.values[c], kind: row.kinds[c], format: row.formats[c] };
  }

  hideRow(r: number): void {
    this.hidden.push(r);
  }

  private strayCells(): { keep: (r: number, c: number) => boolean } {
    const byColumn = new Map<number, number>();
    this.rows.forEach((row) => {
      if (!row) return;
      for (let c = 0; c < row.kinds.length; c++) if (row.kinds[c] !== 'Empty') byColumn.set(c, (byColumn.get(c) ?? 0) + 1);
    });
    const columns = biggest(clusters(byColumn, COLUMN_GAP));
    const inColumns = (c: number) => columns !== undefined && c >= columns.from && c <= columns.to;
    const byRow = new Map<number, number>();
    this.rows.forEach((row, r) => {
      if (!row) return;
      let n = 0;
      for (let c = 0; c < row.kinds.length; c++) if (row.kinds[c] !== 'Empty' && inColumns(c)) n++;
      if (n > 0) byRow.set(r, n);
    });
    const rows = biggest(clusters(byRow, ROW_GAP));
    return { keep: (r, c) => inColumns(c) && rows !== undefined && r >= rows.from && r <= rows.to };
  }

  build(notes: ReadNote[]): SheetGrid {
    const { file, sheet } = this;
    const { keep } = this.strayCells();
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const strays: Array<{ r: number; c: number; value: CellValue }> = [];
    this.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.kinds.length; c++) {
        if (row.kinds[c] === 'Empty') continue;
        if (!keep(r, c)) {
          strays.push({ r, c, value: row.values[c] });
          continue;
        }
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    });
    strays.slice(0, STRAY_NAMED).forEach(({ r, c, value }) => {
      const at = `${columnLetter(c)}${r + 1}`;
      notes.push({
        code: 'CELL_STRAY',
        file,
        sheet,
        row: r + 1,
        column: columnLetter(c),
        value: cutForEcho(String(value)),
        message: text(
          `单元格 ${at} 有一个远离表格的值，未作为表格的一部分读取；如是误录请删除`,
          `cell ${at} holds a value far away from the table; it is not read as part of the table (delete it if it was typed by mistake)`,
        ),
      });
    });
    if (strays.length > STRAY_NAMED) {
      notes.push({
        code: 'CELL_STRAY',
        file,
        sheet,
        row: strays[STRAY_NAMED].r + 1,
        column: columnLetter(strays[STRAY_NAMED].c),
        value: '',
        message: text(`另有 ${strays.length - STRAY_NAMED} 个远离表格的值未读取`, `${strays.length - STRAY_NAMED} more values far from the table were not read`),
      });
    }
    if (bottom < 0) return { file, sheet, values: [], kinds: [], numberFormats: [], rowOffset: 0, columnOffset: 0, hiddenRows: [] };
    const width = right - left + 1;
    if ((bottom - top + 1) * width > READ_LIMITS.cells) throw new ReadLimitError('too_many_cells', `${sheet}: table box too large`);
    const values: CellValue[][] = [];
    const kinds: CellKind[][] = [];
    const numberFormats: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row = this.rows[r];
      this.rows[r] = undefined;
      values.push(fitted(row?.values, left, width, ''));
      kinds.push(fitted(row?.kinds, left, width, 'Empty'));
      numberFormats.push(fitted(row?.formats, left, width, 'General'));
    }
    const hiddenRows = this.hidden.filter((r) => r >= top && r <= bottom);
    return { file, sheet, values, kinds, numberFormats, rowOffset: top, columnOffset: left, hiddenRows };
  }
}

/** The row's cells from `left`, exactly `width` long; the row's own array when it already is (no copy). */
function fitted<T>(cells: T[] | undefined, left: number, width: number, empty: T): T[] {
  if (!cells) return new Array<T>(width).fill(empty);
  const row = left === 0 ? cells : cells.slice(left, left + width);
  if (row.length > width) row.length = width;
  while (row.length < width) row.push(empty);
  return row;
}
