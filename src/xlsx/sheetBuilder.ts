import type { CellKind, CellValue, SheetGrid } from '../roster/sheetGrid';
import { columnLetter } from '../roster/cells';
import { text } from '../policy';
import type { ReadNote } from './readNote';
import { ReadLimitError } from './readError';
import { READ_LIMITS } from './readLimits';
import { cutForEcho } from './echo';
import type { CellRange } from './mergedBlocks';
import { withMergedBlocksFilled } from './mergedBlocks';

/** Empty columns between two groups of columns beyond which the smaller group is stray, not part of the table. */
const COLUMN_GAP = 64;
/** Empty rows between two groups of rows beyond which the smaller group is stray. */
const ROW_GAP = 10_000;
/** Stray cells named one by one; more are counted. */
const STRAY_NAMED = 20;
/** A new row is made as wide as the widest row before when that one is at most this many columns wider than the last. */
const WIDEN_TO_WIDEST = 16;

interface Cluster {
  from: number;
  to: number;
  cells: number;
}

/** Groups of occupied indexes (counts[i] > 0) separated by more than `gap` unoccupied ones. */
function clusters(counts: ReadonlyArray<number | undefined>, gap: number): Cluster[] {
  const out: Cluster[] = [];
  counts.forEach((n, k) => {
    if (!n) return;
    const last = out[out.length - 1];
    if (last && k - last.to <= gap) {
      last.to = k;
      last.cells += n;
    } else out.push({ from: k, to: k, cells: n });
  });
  return out;
}

function biggest(cs: ReadonlyArray<Cluster>): Cluster | undefined {
  return cs.reduce<Cluster | undefined>((best, c) => (!best || c.cells > best.cells ? c : best), undefined);
}

interface StrayCell {
  readonly r: number;
  readonly c: number;
  readonly value: CellValue;
}

/**
 * Collects a sheet's cells as the reader meets them (sparse: only cells with a value are kept), then hands over the
 * engine's SheetGrid of the table's box. A value far away from the table (one cell at XFD1048576) is left out of the
 * box and noted at its cell, so that the box is the table's and not the whole sheet's 17 billion cells.
 */
export class SheetBuilder {
  /**
   * Per row, side by side (no wrapper object per row: a million rows kept until build are a million fewer objects for
   * the collector to promote): the cells' values, kinds and formats, and how many cells have a value.
   */
  private readonly rowValues: Array<CellValue[] | undefined> = [];
  private readonly rowKinds: Array<CellKind[] | undefined> = [];
  private readonly rowFormats: Array<string[] | undefined> = [];
  private readonly rowCellCount: number[] = [];
  /** Cells with a value per column. */
  private readonly columnCells: number[] = [];
  private readonly hidden: number[] = [];
  readonly merges: CellRange[] = [];
  private cellCount = 0;
  /** No row yet: -2, for a row numbered 0 in the file is row -1 here. */
  private currentRow = -2;
  /** The values of the row being filled (currentRow's), at hand for its every cell, and how many it has. */
  private values: CellValue[] = [];
  private valuesInRow = 0;
  /** A row of empty values, copied for each new row (faster than making one and filling it). */
  private blankRow: CellValue[] = [];
  /**
   * The row's kinds and formats. While `following`, the row has so far the very kinds and formats of the shared
   * arrays (cell by cell, left to right: most rows of a roster), and has no arrays of its own for them.
   */
  private kinds: CellKind[] = [];
  private formats: string[] = [];
  private following = false;
  /** The rightmost column given a value in the row so far (-1: none). */
  private lastColumn = -1;
  /** Columns up to the last value of the last row finished. */
  private rowWidth = 0;
  /** The most columns up to the last value of any row finished (a header may be wider than the rows under it). */
  private widest = 0;
  /** The last row's kinds and formats, shared by the rows after it that have the same ones (most of a roster's). */
  private sharedKinds: CellKind[] = [];
  private sharedFormats: string[] = [];
  /** Columns up to the last value in sharedKinds. */
  private sharedWidth = 0;
  /** A finished row's own kinds and formats arrays, let go for the shared ones: the next row's, refilled. */
  private spareKinds: CellKind[] | undefined;
  private spareFormats: string[] | undefined;

  constructor(
    readonly file: string,
    readonly sheet: string,
  ) {}

  set(r: number, c: number, value: CellValue, kind: CellKind, format: string): void {
    if (kind === 'Empty') return;
    if (r !== this.currentRow) this.enterRow(r, c);
    const values = this.values;
    if (c >= values.length) this.widen(c + 1);
    if (this.following && !this.stillFollowing(c, kind, format)) this.ownKindsAndFormats();
    if (!this.following) {
      const { kinds, formats } = this;
      if (kinds[c] !== 'Empty') this.forget(c);
      kinds[c] = kind;
      formats[c] = format;
    }
    values[c] = value;
    if (c > this.lastColumn) this.lastColumn = c;
    this.valuesInRow++;
    const columnCells = this.columnCells;
    while (columnCells.length <= c) columnCells.push(0);
    columnCells[c]++;
    if (++this.cellCount > READ_LIMITS.cells) throw new ReadLimitError('too_many_cells', `${this.sheet}: over ${READ_LIMITS.cells} cells`);
  }

  /** Whether the row, given `kind` and `format` at column `c`, still has the shared kinds and formats so far. */
  private stillFollowing(c: number, kind: CellKind, format: string): boolean {
    if (c <= this.lastColumn || this.sharedKinds[c] !== kind || this.sharedFormats[c] !== format) return false;
    // The columns skipped since the last value are empty in this row: they must be in the shared kinds too.
    for (let k = this.lastColumn + 1; k < c; k++) if (this.sharedKinds[k] !== 'Empty') return false;
    return true;
  }

  /** The row stops following the shared kinds and formats: it gets its own, as they are so far. */
  private ownKindsAndFormats(): void {
    const width = this.values.length;
    const kinds = refilled(this.spareKinds, width, 'Empty');
    const formats = refilled(this.spareFormats, width, 'General');
    this.spareKinds = undefined;
    this.spareFormats = undefined;
    const end = Math.min(this.lastColumn + 1, this.sharedKinds.length);
    for (let k = 0; k < end; k++) {
      kinds[k] = this.sharedKinds[k];
      formats[k] = this.sharedFormats[k];
    }
    this.kinds = kinds;
    this.formats = formats;
    this.following = false;
    this.rowKinds[this.currentRow] = kinds;
    this.rowFormats[this.currentRow] = formats;
  }

  /** The row's arrays made `width` long. */
  private widen(width: number): void {
    const { values, kinds, formats } = this;
    for (let k = values.length; k < width; k++) {
      values.push('');
      if (!this.following) {
        kinds.push('Empty');
        formats.push('General');
      }
    }
  }

  /** Row `r` is met (its first cell `c`): the row before is finished, and r's arrays made or taken up again. */
  private enterRow(r: number, c: number): void {
    const revisited = this.rowValues[r] !== undefined;
    this.finishRow(r);
    if (revisited) {
      // A row met again after others (not in Excel's order): its arrays may be shared by now.
      this.values = this.rowValues[r] as CellValue[];
      this.kinds = (this.rowKinds[r] as CellKind[]).slice();
      this.formats = (this.rowFormats[r] as string[]).slice();
      // Shared arrays need not be as long as the row's values (what lies past either end is empty).
      while (this.kinds.length < this.values.length) {
        this.kinds.push('Empty');
        this.formats.push('General');
      }
      this.kinds.length = this.values.length;
      this.formats.length = this.values.length;
      this.rowKinds[r] = this.kinds;
      this.rowFormats[r] = this.formats;
      this.following = false;
      this.valuesInRow = this.rowCellCount[r];
      let last = this.kinds.length - 1;
      while (last >= 0 && this.kinds[last] === 'Empty') last--;
      this.lastColumn = last;
      return;
    }
    // As wide as the widest row before (rows of a table are alike, and the table is as wide as its widest row: no
    // row is copied wider when the grid is built), unless that one is far wider, as a stray cell's row is.
    const width = Math.max(this.widest - this.rowWidth <= WIDEN_TO_WIDEST ? this.widest : this.rowWidth, c + 1);
    if (this.blankRow.length !== width) this.blankRow = new Array<CellValue>(width).fill('');
    this.values = this.blankRow.slice();
    this.rowValues[r] = this.values;
    this.rowKinds[r] = this.sharedKinds;
    this.rowFormats[r] = this.sharedFormats;
    this.following = true;
    this.valuesInRow = 0;
    this.lastColumn = -1;
  }

  /**
   * The row before `next` is complete: its kinds and formats become the shared arrays of the rows before it when
   * they are the same, so a million rows of a roster hold a few such arrays, not two million (memory, and the
   * collector's time). The engine never changes a grid, so sharing is safe.
   */
  private finishRow(next: number): void {
    const r = this.currentRow;
    this.currentRow = next;
    if (r < 0) return;
    this.rowCellCount[r] = this.valuesInRow;
    // A row that followed the shared kinds to its last value, with none after it in them, is the same as they are.
    if (this.following && this.sharedWidth > this.lastColumn + 1) {
      this.currentRow = r;
      this.ownKindsAndFormats();
      this.currentRow = next;
    }
    let width: number;
    if (this.following) width = this.lastColumn + 1;
    else {
      const { kinds, formats } = this;
      width = kinds.length;
      while (width > 0 && kinds[width - 1] === 'Empty') width--;
      if (sameCells(kinds, this.sharedKinds)) {
        this.spareKinds = kinds;
        this.rowKinds[r] = this.sharedKinds;
      } else {
        this.sharedKinds = kinds;
        this.sharedWidth = width;
      }
      if (sameCells(formats, this.sharedFormats)) {
        this.spareFormats = formats;
        this.rowFormats[r] = this.sharedFormats;
      } else this.sharedFormats = formats;
    }
    this.rowWidth = width;
    if (width > this.widest) this.widest = width;
  }

  /** A cell given twice (a file may repeat one) counts once. */
  private forget(c: number): void {
    this.valuesInRow--;
    this.columnCells[c]--;
    this.cellCount--;
  }

  /** Cells with a value so far. */
  get cells(): number {
    return this.cellCount;
  }

  hideRow(r: number): void {
    this.hidden.push(r);
  }

  /** The table's box: the biggest group of columns, then within it the biggest group of rows. */
  private box(): { top: number; bottom: number; left: number; right: number; strays: StrayCell[] } | undefined {
    const columnGroups = clusters(this.columnCells, COLUMN_GAP);
    const columns = biggest(columnGroups);
    if (!columns) return undefined;
    const oneColumnGroup = columnGroups.length === 1;
    let rowCells: number[] = this.rowCellCount;
    if (!oneColumnGroup) {
      rowCells = [];
      this.rowKinds.forEach((kinds, r) => {
        if (!kinds) return;
        let n = 0;
        const last = Math.min(kinds.length - 1, columns.to);
        for (let c = columns.from; c <= last; c++) if (kinds[c] !== 'Empty') n++;
        rowCells[r] = n;
      });
    }
    const rowGroups = clusters(rowCells, ROW_GAP);
    const rows = biggest(rowGroups);
    if (!rows) return undefined;
    const strays: StrayCell[] = [];
    if (!oneColumnGroup || rowGroups.length > 1) {
      this.rowKinds.forEach((kinds, r) => {
        const values = this.rowValues[r];
        if (!kinds || !values) return;
        const rowKept = r >= rows.from && r <= rows.to;
        for (let c = 0; c < kinds.length; c++) {
          if (kinds[c] !== 'Empty' && !(rowKept && c >= columns.from && c <= columns.to)) strays.push({ r, c, value: values[c] });
        }
      });
    }
    return { top: rows.from, bottom: rows.to, left: columns.from, right: columns.to, strays };
  }

  private noteStrays(strays: ReadonlyArray<StrayCell>, notes: ReadNote[]): void {
    const { file, sheet } = this;
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
      const next = strays[STRAY_NAMED];
      notes.push({
        code: 'CELL_STRAY',
        file,
        sheet,
        row: next.r + 1,
        column: columnLetter(next.c),
        value: '',
        message: text(`另有 ${strays.length - STRAY_NAMED} 个远离表格的值未读取`, `${strays.length - STRAY_NAMED} more values far from the table were not read`),
      });
    }
  }

  build(notes: ReadNote[]): SheetGrid {
    const { file, sheet } = this;
    this.finishRow(-1);
    const box = this.box();
    if (!box) return { file, sheet, values: [], kinds: [], numberFormats: [], rowOffset: 0, columnOffset: 0, hiddenRows: [] };
    this.noteStrays(box.strays, notes);
    const { top, bottom, left, right } = box;
    const width = right - left + 1;
    if ((bottom - top + 1) * width > READ_LIMITS.cells) throw new ReadLimitError('too_many_cells', `${sheet}: table box too large`);
    // The builder's own per-row arrays become the grid's (a builder builds once): no second million-entry array each.
    const values = boxRows(this.rowValues, top, bottom, (cells) => fitted(cells, left, width, ''));
    const kinds = boxRows(this.rowKinds, top, bottom, fitter<CellKind>(left, width, 'Empty'));
    const numberFormats = boxRows(this.rowFormats, top, bottom, fitter<string>(left, width, 'General'));
    const hiddenRows = this.hidden.filter((r) => r >= top && r <= bottom);
    return withMergedBlocksFilled({ file, sheet, values, kinds, numberFormats, rowOffset: top, columnOffset: left, hiddenRows }, this.merges);
  }
}

/** Rows `top` to `bottom` of `rows`, each fitted to the box, in `rows` itself (shortened to them). */
function boxRows<T>(rows: Array<T[] | undefined>, top: number, bottom: number, fit: (cells: T[] | undefined) => T[]): T[][] {
  rows.length = bottom + 1;
  for (let r = top; r <= bottom; r++) rows[r] = fit(rows[r]);
  if (top > 0) rows.splice(0, top);
  return rows as T[][];
}

/** `spare` (or a new array) as `width` cells of `empty`. */
function refilled<T>(spare: T[] | undefined, width: number, empty: T): T[] {
  if (!spare) return new Array<T>(width).fill(empty);
  spare.length = width;
  return spare.fill(empty);
}

function sameCells<T>(a: ReadonlyArray<T>, b: ReadonlyArray<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** fitted() for arrays rows share: each shared array is fitted once and its result shared in turn. */
function fitter<T>(left: number, width: number, empty: T): (cells: T[] | undefined) => T[] {
  let source: T[] | undefined;
  let result: T[] = [];
  return (cells) => {
    if (cells === undefined || cells !== source) {
      source = cells;
      result = fitted(cells, left, width, empty);
    }
    return result;
  };
}

/** The row's cells from `left`, exactly `width` long; the row's own array when it already is (no copy). */
function fitted<T>(cells: T[] | undefined, left: number, width: number, empty: T): T[] {
  if (!cells) return new Array<T>(width).fill(empty);
  if (left === 0 && cells.length >= width) {
    if (cells.length > width) cells.length = width;
    return cells;
  }
  // Copied into an array of the exact width (pushing onto a full one would leave it half as long again).
  const row = new Array<T>(width).fill(empty);
  const end = Math.min(cells.length, left + width);
  for (let c = left; c < end; c++) row[c - left] = cells[c];
  return row;
}
