import type { CellKind, CellValue, SheetGrid } from '../../src/roster/sheetGrid';
import { columnLetter } from '../../src/xlsx/a1';

/** How a column's cells are stored: IDs and codes as text ('@'), dates as dates, amounts with two decimals. */
export type ColumnType = 'seq' | 'text' | 'code' | 'date' | 'int' | 'money';

export interface Column {
  readonly header: string;
  readonly type: ColumnType;
  readonly width: number;
}

export const FORMATS: Readonly<Record<ColumnType, string>> = {
  seq: 'General',
  text: 'General',
  code: '@',
  date: 'yyyy-mm-dd',
  int: '0',
  money: '#,##0.00',
};

export type RowRole = 'title' | 'note' | 'header' | 'person' | 'total' | 'blank' | 'signoff';

export interface SampleRow {
  readonly role: RowRole;
  readonly cells: ReadonlyArray<CellValue>;
  /** Per-cell number formats that differ from the column's (an ID typed into a General cell). */
  readonly formats?: Readonly<Record<number, string>>;
  readonly hidden?: boolean;
}

export interface SampleSheet {
  readonly name: string;
  readonly columns: ReadonlyArray<Column>;
  readonly rows: ReadonlyArray<SampleRow>;
  /** A1 ranges, e.g. the title row across every column. */
  readonly merges: ReadonlyArray<string>;
}

/** Builds a sheet top to bottom and tells the Excel row number of every row it adds. */
export class SheetBuilder {
  readonly rows: SampleRow[] = [];
  readonly merges: string[] = [];

  constructor(
    readonly name: string,
    readonly columns: ReadonlyArray<Column>,
  ) {}

  private add(row: SampleRow): number {
    this.rows.push(row);
    return this.rows.length;
  }

  get lastColumn(): string {
    return columnLetter(this.columns.length);
  }

  /** The column letter of a header. */
  column(header: string): string {
    const i = this.columns.findIndex((c) => c.header === header);
    if (i < 0) throw new Error(`no column ${header} in ${this.name}`);
    return columnLetter(i + 1);
  }

  title(text: string): number {
    const row = this.add({ role: 'title', cells: [text] });
    this.merges.push(`A${row}:${this.lastColumn}${row}`);
    return row;
  }

  note(text: string): number {
    return this.add({ role: 'note', cells: [text] });
  }

  header(): number {
    return this.add({ role: 'header', cells: this.columns.map((c) => c.header) });
  }

  /** A data row from header -> value; headers left out are empty. */
  record(values: Readonly<Record<string, CellValue>>, formats?: Readonly<Record<string, string>>, role: RowRole = 'person'): number {
    for (const key of Object.keys(values)) if (!this.columns.some((c) => c.header === key)) throw new Error(`no column ${key} in ${this.name}`);
    const cells = this.columns.map((c) => values[c.header] ?? null);
    const byIndex: Record<number, string> = {};
    for (const [header, format] of Object.entries(formats ?? {})) byIndex[this.columns.findIndex((c) => c.header === header)] = format;
    return this.add({ role, cells, formats: formats ? byIndex : undefined });
  }

  blank(hidden = false): number {
    return this.add({ role: 'blank', cells: [], hidden });
  }

  hideLast(): void {
    const last = this.rows.pop();
    if (last) this.rows.push({ ...last, hidden: true });
  }

  /** The lines under the table: 填表人：…  审核人：…  日期：… spread over the row as clerks write them. */
  signOff(parts: ReadonlyArray<string>): number {
    const cells: CellValue[] = new Array(this.columns.length).fill(null);
    const step = Math.max(1, Math.floor(this.columns.length / parts.length));
    parts.forEach((p, i) => (cells[Math.min(i * step, this.columns.length - 1)] = p));
    return this.add({ role: 'signoff', cells });
  }

  build(): SampleSheet {
    return { name: this.name, columns: this.columns, rows: this.rows, merges: this.merges };
  }
}

function kindOf(value: CellValue, type: ColumnType | undefined, format: string): CellKind {
  if (value === null || value === '') return 'Empty';
  if (typeof value === 'number') return type === 'date' && format === FORMATS.date ? 'Date' : 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/**
 * The sheet as a reader of its .xlsx would hand it to the engine. Rows that look alike share their kinds and
 * formats arrays, as a million-row roster held in memory must.
 */
export function toSheetGrid(sheet: SampleSheet, file: string): SheetGrid {
  const width = sheet.columns.length;
  const shared = new Map<string, { kinds: CellKind[]; formats: string[] }>();
  const values: CellValue[][] = [];
  const kinds: CellKind[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  sheet.rows.forEach((row, r) => {
    const v: CellValue[] = new Array(width);
    const k: CellKind[] = new Array(width);
    const f: string[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const value = row.cells[c] ?? '';
      const column = sheet.columns[c];
      const format = row.formats?.[c] ?? (row.role === 'person' || row.role === 'total' ? FORMATS[column.type] : 'General');
      v[c] = value === null ? '' : value;
      f[c] = format;
      k[c] = kindOf(value, row.role === 'person' || row.role === 'total' ? column.type : undefined, format);
    }
    const key = `${k.join()}|${f.join()}`;
    let same = shared.get(key);
    if (!same) {
      same = { kinds: k, formats: f };
      shared.set(key, same);
    }
    values.push(v);
    kinds.push(same.kinds);
    numberFormats.push(same.formats);
    if (row.hidden) hiddenRows.push(r);
  });
  return { file, sheet: sheet.name, values, kinds, numberFormats, rowOffset: 0, columnOffset: 0, hiddenRows };
}
