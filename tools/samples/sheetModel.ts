import type { CellKind, CellValue, SheetGrid } from '../../src/roster/sheetGrid';
import { columnLetter } from '../../src/roster/cells';

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
    return columnLetter(this.columns.length - 1);
  }

  /** The column letter of a header. */
  column(header: string): string {
    const i = this.columns.findIndex((c) => c.header === header);
    if (i < 0) throw new Error(`no column ${header} in ${this.name}`);
    return columnLetter(i);
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
 * Assembles a SheetGrid row by row, as a reader of the .xlsx would hand it to the engine. Rows that look alike share
 * their kinds and formats arrays, as a million-row roster held in memory must.
 */
export class GridAssembler {
  private readonly shared = new Map<string, { kinds: CellKind[]; formats: string[] }>();
  private readonly values: CellValue[][] = [];
  private readonly kinds: CellKind[][] = [];
  private readonly numberFormats: string[][] = [];
  private readonly hiddenRows: number[] = [];

  constructor(private readonly columns: ReadonlyArray<Column>) {}

  add(role: RowRole, cells: ReadonlyArray<CellValue>, formats?: Readonly<Record<number, string>>, hidden = false): void {
    const width = this.columns.length;
    const inTable = role === 'person' || role === 'total';
    const v: CellValue[] = new Array(width);
    const k: CellKind[] = new Array(width);
    const f: string[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const value = cells[c] ?? '';
      const type = this.columns[c].type;
      const format = formats?.[c] ?? (inTable ? FORMATS[type] : 'General');
      v[c] = value;
      f[c] = format;
      k[c] = kindOf(value, inTable ? type : undefined, format);
    }
    const key = `${k.join()}|${f.join()}`;
    let same = this.shared.get(key);
    if (!same) {
      same = { kinds: k, formats: f };
      this.shared.set(key, same);
    }
    if (hidden) this.hiddenRows.push(this.values.length);
    this.values.push(v);
    this.kinds.push(same.kinds);
    this.numberFormats.push(same.formats);
  }

  grid(file: string, sheet: string): SheetGrid {
    return { file, sheet, values: this.values, kinds: this.kinds, numberFormats: this.numberFormats, rowOffset: 0, columnOffset: 0, hiddenRows: this.hiddenRows };
  }
}

export function toSheetGrid(sheet: SampleSheet, file: string): SheetGrid {
  const assembler = new GridAssembler(sheet.columns);
  for (const row of sheet.rows) assembler.add(row.role, row.cells, row.formats, row.hidden);
  return assembler.grid(file, sheet.name);
}
