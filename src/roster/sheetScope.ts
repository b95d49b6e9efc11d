import type { Text } from '../policy';
import { formatDate, readNumber, text } from '../policy';
import { readCount, readMoneyFen, readMonthOnly, readRequiredDate, yuanToFen } from './policyBindings';
import { columnLetter, excelRow, isBlankCell, isErrorCell, shownValue } from './cells';
import { FIELD_NAMES } from './headers';
import { RowValues } from './personRow';
import type { RunContext } from './runContext';
import type { TableScope } from './tableScope';
import type { CellKind, CellValue, SheetGrid } from './sheetGrid';
import type { FieldId, FindingCode, RosterKind, RowRef, TableLayout } from './types';

/**
 * Plain numbers take a short way past the policy's readers, which wrap every answer in a Result: below these limits
 * the readers' answer is the number itself (a date serial floored, an amount in fen by yuanToFen). Anything else,
 * text, negative or huge, goes through the readers for their message.
 */
const PLAIN_SERIAL_LIMIT = 190_001; // year 2420; from here on a whole number may be a month typed as 202203
const PLAIN_NUMBER_LIMIT = 1e12;

const HIDDEN_NOTE = text('（该行为隐藏行）', ' (hidden row)');

/**
 * One sheet being read: where its columns are, and the readers of one row's cells that turn each unreadable cell into
 * its finding. The current row (i, cells, k) is set by the reader loop, so a check reads `scope.money('wage')`.
 */
export class SheetScope implements TableScope {
  readonly file: string;
  readonly sheet: string;
  readonly col: Readonly<Partial<Record<FieldId, number>>>;
  readonly letters: Partial<Record<FieldId, string>> = {};
  private readonly hidden: ReadonlySet<number> | null;
  private readonly rowOffset: number;
  private readonly columnOffset: number;

  readonly tableIndex: number;
  readonly measure: number | null;
  i = 0;
  cells: ReadonlyArray<CellValue> = [];
  kindsRow: ReadonlyArray<CellKind> | undefined = undefined;
  /** What the checks find out about the current row (reused from row to row). */
  readonly values = new RowValues();
  /** The current row's index in the run's PersonTable; -1 while it is not (yet) known to be a person. */
  k = -1;

  constructor(
    readonly run: RunContext,
    readonly grid: SheetGrid,
    /** Position among all sheets of the run: findings are listed in this order. */
    readonly order: number,
    readonly layout: TableLayout,
    readonly kind: RosterKind | null,
    columns: Readonly<Partial<Record<FieldId, number>>>,
  ) {
    this.file = grid.file;
    this.sheet = grid.sheet;
    this.col = columns;
    this.rowOffset = grid.rowOffset ?? 0;
    this.columnOffset = grid.columnOffset ?? 0;
    for (const [field, j] of Object.entries(columns) as Array<[FieldId, number]>) this.letters[field] = columnLetter(this.columnOffset + j);
    this.hidden = grid.hiddenRows && grid.hiddenRows.length > 0 ? new Set(grid.hiddenRows) : null;
    this.measure = kind === null ? null : run.spec(kind).measure;
    this.tableIndex = run.table.addScope(this);
  }

  setRow(i: number): void {
    this.i = i;
    this.cells = this.grid.values[i] ?? [];
    this.kindsRow = this.grid.kinds?.[i];
    this.k = -1;
  }

  excelRow(i: number = this.i): number {
    return excelRow(this.grid, i);
  }

  isHidden(i: number = this.i): boolean {
    return this.hidden !== null && this.hidden.has(this.rowOffset + i);
  }

  ref(i: number = this.i): RowRef {
    return { file: this.file, sheet: this.sheet, row: this.excelRow(i) };
  }

  has(field: FieldId): boolean {
    return this.col[field] !== undefined;
  }

  raw(field: FieldId): CellValue | undefined {
    const j = this.col[field];
    return j === undefined ? undefined : this.cells[j];
  }

  cellKind(field: FieldId): CellKind | undefined {
    const j = this.col[field];
    return j === undefined || this.kindsRow === undefined ? undefined : this.kindsRow[j];
  }

  /** The header as the clerk wrote it, for messages in Chinese; the field's English name for English. */
  label(field: FieldId): Text {
    return text(`“${this.layout.headers[field] ?? FIELD_NAMES[field].zh}”`, FIELD_NAMES[field].en);
  }

  /** A finding about a cell of the current row (field given) or the row itself (field ''). */
  emit(code: FindingCode, field: FieldId | '', value: string, message: Text, related?: ReadonlyArray<RowRef>, measure?: number | null): void {
    this.emitAt(this.i, this.k, code, field, value, message, related, measure);
  }

  emitAt(
    i: number,
    k: number,
    code: FindingCode,
    field: FieldId | '',
    value: string,
    message: Text,
    related?: ReadonlyArray<RowRef>,
    measure?: number | null,
  ): void {
    const j = field === '' ? undefined : this.col[field];
    const hidden = this.isHidden(i);
    const shown = hidden ? text(message.zh + HIDDEN_NOTE.zh, message.en + HIDDEN_NOTE.en) : message;
    const f = this.run.sink.add(
      code,
      this,
      this.excelRow(i),
      j === undefined ? '' : columnLetter(this.columnOffset + j),
      j === undefined ? -1 : j,
      field,
      value,
      shown,
      related,
      measure,
    );
    if (k >= 0 && f.severity === 'error') this.run.table.errors[k]++;
  }

  /** A finding about the table: at the header row, no column unless the field has one. */
  emitTable(code: FindingCode, field: FieldId | '', message: Text, measure?: number | null): void {
    this.emitAt(this.layout.headerEnd, -1, code, field, '', message, undefined, measure);
  }

  shown(field: FieldId): string {
    return shownValue(this.raw(field), this.cellKind(field));
  }

  /** An Excel error in the field's cell: one CELL_ERROR, and the cell is not read further. */
  private errorCell(field: FieldId, v: CellValue | undefined): boolean {
    return this.errorCellOfKind(field, v, this.cellKind(field));
  }

  private errorCellOfKind(field: FieldId, v: CellValue | undefined, kind: CellKind | undefined): boolean {
    if (!isErrorCell(v, kind)) return false;
    const shown = String(v);
    const label = this.label(field);
    this.emit('CELL_ERROR', field, field === 'id' || field === 'bankAccount' ? '#' : shown, text(`${label.zh}单元格是错误值 ${shown}`, `${label.en}: the cell holds the error ${shown}`));
    return true;
  }

  private missing(field: FieldId): void {
    const label = this.label(field);
    this.emit('VALUE_MISSING', field, '', text(`${label.zh}为空`, `${label.en} is empty`));
  }

  private invalid(code: FindingCode, field: FieldId, message: Text): void {
    const label = this.label(field);
    this.emit(code, field, this.shown(field), text(`${label.zh}：${message.zh}`, `${label.en}: ${message.en}`));
  }

  /** Trimmed text of a cell ('' when blank or an error, the error reported). Numbers are written as Excel shows them. */
  text(field: FieldId): string {
    // The column is looked up once for the value and its kind: several cells of every row are read as text.
    const j = this.col[field];
    if (j === undefined) return '';
    const v = this.cells[j];
    if (v === null || v === undefined || v === '') return '';
    const kind = this.kindsRow === undefined ? undefined : this.kindsRow[j];
    if (this.errorCellOfKind(field, v, kind)) return '';
    return typeof v === 'string' ? v.trim() : shownValue(v, kind);
  }

  /**
   * The last day the date read by date() may be: that same day, or the month's last day when the cell gives only the
   * month (date() then answers the month's first day). Read right after date(); NaN when date() answered NaN.
   */
  dateEnd = NaN;

  /**
   * A date (serial or text form); NaN when absent or unreadable (with its finding). Future dates are flagged when asked.
   * A month without a day (2022.03, 2022年3月, 202203) is its first day, with dateEnd its last and a warning.
   */
  date(field: FieldId, required: boolean, notAfterAsOf: boolean): number {
    const v = this.raw(field);
    // A serial as Excel stores dates: what readRequiredDate answers for it, without the Result it allocates.
    if (typeof v === 'number' && v >= 1 && v < PLAIN_SERIAL_LIMIT) {
      const day = Math.floor(v);
      this.dateEnd = day;
      return this.checkedDate(field, day, notAfterAsOf);
    }
    this.dateEnd = NaN;
    if (v === undefined || isBlankCell(v)) {
      if (required && this.has(field)) this.missing(field);
      return NaN;
    }
    if (this.errorCell(field, v)) return NaN;
    const month = readMonthOnly(v);
    if (month !== null) {
      this.monthOnly(field, month.first, month.last);
      this.dateEnd = month.last;
      return this.checkedDate(field, month.first, notAfterAsOf);
    }
    const r = readRequiredDate(v);
    if (!r.ok) {
      if (r.error.code === 'EMPTY') {
        if (required) this.missing(field);
      } else this.invalid('DATE_INVALID', field, r.error.message);
      return NaN;
    }
    this.dateEnd = r.value;
    return this.checkedDate(field, r.value, notAfterAsOf);
  }

  /** The warning on a cell that gives a date only to the month: it is checked as every day of that month. */
  monthOnly(field: FieldId, first: number, last: number): void {
    const label = this.label(field);
    this.emit(
      'DATE_MONTH_ONLY',
      field,
      this.shown(field),
      text(
        `${label.zh}“${this.shown(field)}”只到月，按 ${formatDate(first)} 至 ${formatDate(last)} 整月核对：整月结论相同的条件照常判断，月内结论不同的报错`,
        `${label.en} "${this.shown(field)}" gives only the month: checked as every day from ${formatDate(first)} to ${formatDate(last)}; a condition that changes within the month is an error`,
      ),
    );
  }

  private checkedDate(field: FieldId, serial: number, notAfterAsOf: boolean): number {
    if (notAfterAsOf && serial > this.run.asOf) {
      const label = this.label(field);
      this.emit(
        'DATE_FUTURE',
        field,
        formatDate(serial),
        text(`${label.zh} ${formatDate(serial)} 晚于校验日期 ${formatDate(this.run.asOf)}`, `${label.en} ${formatDate(serial)} is after the check date ${formatDate(this.run.asOf)}`),
      );
    }
    return serial;
  }

  /** Money in fen; NaN when absent or unreadable (with its finding). */
  money(field: FieldId, required: boolean): number {
    const v = this.raw(field);
    // A plain amount: what readMoneyFen answers for it (yuanToFen), without the Results it allocates.
    if (typeof v === 'number' && v >= 0 && v < PLAIN_NUMBER_LIMIT) return yuanToFen(v);
    if (v === undefined || isBlankCell(v)) {
      if (required && this.has(field)) this.missing(field);
      return NaN;
    }
    if (this.errorCell(field, v)) return NaN;
    const r = readMoneyFen(v);
    if (!r.ok) {
      this.invalid('NUMBER_INVALID', field, r.error.message);
      return NaN;
    }
    return r.value;
  }

  /** A count (months, persons): not negative and, when asked, whole; NaN when absent or unreadable. */
  count(field: FieldId, required: boolean, whole: boolean): number {
    const v = this.raw(field);
    if (typeof v === 'number' && v >= 0 && v < PLAIN_NUMBER_LIMIT && (!whole || Number.isInteger(v))) return v;
    if (v === undefined || isBlankCell(v)) {
      if (required && this.has(field)) this.missing(field);
      return NaN;
    }
    if (this.errorCell(field, v)) return NaN;
    const r = readCount(v, { whole });
    if (!r.ok) {
      this.invalid('NUMBER_INVALID', field, r.error.message);
      return NaN;
    }
    return r.value;
  }

  /** A plain number for a 合计 row: NaN when not a number (no finding: a total row may hold words). */
  quietNumber(field: FieldId, i: number): number {
    const j = this.col[field];
    if (j === undefined) return NaN;
    const v = this.grid.values[i]?.[j];
    if (typeof v === 'number') return v;
    if (v === undefined || isBlankCell(v) || isErrorCell(v, this.grid.kinds?.[i]?.[j])) return NaN;
    const r = readNumber(v);
    return r.ok ? r.value : NaN;
  }
}
