/**
 * How cell contents look through the API (values, formulas, valueTypes) and how Excel reads what is
 * written to values/formulas: like text typed into the cell, so '123' becomes a number unless the cell
 * is formatted as text ('@'), and an 18-digit ID written as a string loses its last digits.
 */
import { isErrorValue, type HostCell, type HostValue } from './model';

export type ApiValue = number | string | boolean;

export const EXCEL_ERROR_TEXTS: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
];

/** Excel keeps 15 significant digits of any number. */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** 1900-system serial of a moment read as UTC (how ExcelJS hands out date cells). */
export function serialFromDate(date: Date): number {
  return (date.getTime() - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

export function serialFromYmd(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return (ms - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

export function dateFromSerial(serial: number): Date {
  return new Date(SERIAL_EPOCH_MS + Math.round(serial * MS_PER_DAY));
}

export function apiValue(cell: HostCell | undefined): ApiValue {
  const value = cell?.value;
  if (value === undefined) return '';
  return isErrorValue(value) ? value.error : value;
}

export type ApiValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export function apiValueType(cell: HostCell | undefined): ApiValueType {
  const value = cell?.value;
  if (value === undefined || (value === '' && cell?.formula === undefined)) return 'Empty';
  if (isErrorValue(value)) return 'Error';
  switch (typeof value) {
    case 'number':
      return 'Double';
    case 'boolean':
      return 'Boolean';
    default:
      return 'String';
  }
}

/** Range.formulas: the formula, or the value when the cell has none. */
export function apiFormula(cell: HostCell | undefined): ApiValue {
  return cell?.formula ?? apiValue(cell);
}

export function apiNumberFormat(cell: HostCell | undefined): string {
  return cell?.numberFormat ?? 'General';
}

export function toExcelPrecision(n: number): number {
  return Number(n.toPrecision(EXCEL_SIGNIFICANT_DIGITS));
}

/** What a cell holds after text is typed into it. */
export interface TypedEntry {
  value?: HostValue;
  formula?: string;
  /** A number format Excel picks on its own (dates, percentages) when the cell is 'General'. */
  impliedNumberFormat?: string;
}

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT_PATTERN = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const DATE_PATTERN = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

export function readTyped(text: string, numberFormat: string | undefined): TypedEntry {
  if (text === '') return {};
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  if (NUMBER_PATTERN.test(text)) return { value: toExcelPrecision(Number(text)) };
  const percent = PERCENT_PATTERN.exec(text);
  if (percent) return { value: toExcelPrecision(Number(percent[1]) / 100), impliedNumberFormat: '0%' };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  if (EXCEL_ERROR_TEXTS.includes(upper)) return { value: { error: upper } };
  const date = DATE_PATTERN.exec(text);
  if (date) {
    const serial = serialFromYmd(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== undefined) return { value: serial, impliedNumberFormat: 'yyyy/m/d' };
  }
  return { value: text };
}

/** Deep copy of a value read from the model, so results handed to callers cannot alias the model. */
export function copyValue(value: HostValue): HostValue {
  return isErrorValue(value) ? { error: value.error } : value;
}
