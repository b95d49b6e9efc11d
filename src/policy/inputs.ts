import type { DaySerial } from './dates';
import { DATE_FORMS_TEXT, isValidYmd, ymdToSerial } from './dates';
import type { Fen } from './money';
import type { Result } from './result';
import { fail, ok } from './result';
import { text } from './text';

/**
 * Readers of single input values as Excel or a sheet hands them over (number, string, boolean, null).
 * An empty cell arrives as null, '' or undefined; whether 0 also means "empty" depends on the argument,
 * so the caller decides that (see readRequiredDate).
 */

export function isEmptyInput(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/** Full-width ASCII forms (０-９, Ａ-Ｚ, ．, －, ／, the ideographic space) to their ASCII twins. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function isExcelErrorText(v: unknown): boolean {
  return typeof v === 'string' && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/.test(v.trim());
}

const cellError = (v: string) =>
  fail<never>('CELL_ERROR', text(`单元格是错误值 ${v}`, `the cell holds the error ${v}`));

const LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const DATE_PATTERNS: ReadonlyArray<RegExp> = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

const TIME_OF_DAY = /(?<=\d)(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function dateFromParts(y: number, m: number, d: number, shown: string): Result<DaySerial> {
  if (!isValidYmd(y, m, d)) {
    return fail('DATE_IMPOSSIBLE', text(`日期“${shown}”不存在`, `the date "${shown}" does not exist`));
  }
  if (y < 1900) return fail('DATE_OUT_OF_RANGE', text(`日期“${shown}”早于1900年`, `the date "${shown}" is before 1900`));
  return ok(ymdToSerial(y, m, d));
}

/** A date: an Excel serial, or text in one of the forms MEASURES.md lists. Empty (null, '') is an error. */
export function readDate(v: unknown): Result<DaySerial> {
  if (isEmptyInput(v)) return fail('EMPTY', text('日期为空', 'the date is empty'));
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return fail('NOT_A_NUMBER', text('不是有效的日期', 'is not a valid date'));
    // 20220301 typed as a number reads as the text form 20220301, never as a serial in the year 57000.
    if (Number.isInteger(v) && v >= 19000101 && v <= 99991231) return readDate(String(v));
    if (v < 1 || v > LAST_EXCEL_SERIAL) {
      return fail('DATE_OUT_OF_RANGE', text(`数值 ${v} 不是有效的 Excel 日期`, `the number ${v} is not a valid Excel date`));
    }
    return ok(Math.floor(v)); // a time of day does not change the calendar day
  }
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim();
    if (isExcelErrorText(s)) return cellError(s);
    // System exports write the time too ("2022-03-01 00:00:00", "2022-03-01T00:00:00"): it does not change the day.
    const day = s.replace(TIME_OF_DAY, '');
    for (const pattern of DATE_PATTERNS) {
      const match = pattern.exec(day);
      if (match) return dateFromParts(+match[1], +match[2], +match[3], s);
    }
    return fail(
      'DATE_UNREADABLE',
      text(`无法识别日期“${v}”（${DATE_FORMS_TEXT.zh}）`, `cannot read the date "${v}" (${DATE_FORMS_TEXT.en})`),
    );
  }
  return fail('DATE_UNREADABLE', text(`无法识别日期“${String(v)}”`, `cannot read the date "${String(v)}"`));
}

/** A required date where Excel may also hand over 0 for an empty cell: 0 is empty, not 1899-12-30. */
export function readRequiredDate(v: unknown): Result<DaySerial> {
  return v === 0 ? fail('EMPTY', text('日期为空', 'the date is empty')) : readDate(v);
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** A plain number from a number or numeric text (thousands separators, ¥, 元 and 个月 allowed in text). */
export function readNumber(v: unknown): Result<number> {
  if (isEmptyInput(v)) return fail('EMPTY', text('数值为空', 'the number is empty'));
  if (typeof v === 'number') {
    return Number.isFinite(v) ? ok(v) : fail('NOT_A_NUMBER', text('不是有效的数值', 'is not a valid number'));
  }
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim();
    if (isExcelErrorText(s)) return cellError(s);
    // Units clerks and system exports write after a number: 1700元, 12个月.
    const bare = s.replace(/^[¥￥]/, '').replace(/(元|个月)$/, '').trim();
    if (NUMBER_TEXT.test(bare)) return ok(Number(bare.replace(/,/g, '')));
    return fail('NOT_A_NUMBER', text(`“${v}”不是数值`, `"${v}" is not a number`));
  }
  if (typeof v === 'boolean') return fail('NOT_A_NUMBER', text('逻辑值不是数值', 'a TRUE/FALSE value is not a number'));
  return fail('NOT_A_NUMBER', text(`“${String(v)}”不是数值`, `"${String(v)}" is not a number`));
}

function nonNegative(r: Result<number>): Result<number> {
  if (r.ok && r.value < 0) return fail('NEGATIVE', text(`不能为负数（${r.value}）`, `must not be negative (${r.value})`));
  return r;
}

/** An amount in yuan, returned in fen. Half a fen and more rounds up: 0.005 yuan is 1 fen. */
export function readMoneyFen(v: unknown): Result<Fen> {
  const r = nonNegative(readNumber(v));
  if (!r.ok) return r;
  const fen = Math.round(r.value * 100 + 1e-7);
  if (!Number.isSafeInteger(fen)) return fail('TOO_LARGE', text('金额过大', 'the amount is too large'));
  return ok(fen);
}

export interface CountOptions {
  readonly whole?: boolean;
}

/** A count of months or persons: not negative and, where asked, whole. */
export function readCount(v: unknown, options: CountOptions = {}): Result<number> {
  const r = nonNegative(readNumber(v));
  if (!r.ok) return r;
  if (options.whole && !Number.isInteger(r.value)) {
    return fail('NOT_WHOLE', text(`必须是整数（${r.value}）`, `must be a whole number (${r.value})`));
  }
  return r;
}

const TRUE_WORDS = new Set(['TRUE', '是', 'Y', 'YES', '1', '真', '跨省']);
const FALSE_WORDS = new Set(['FALSE', '否', 'N', 'NO', '0', '假', '省内']);

export function readBoolean(v: unknown): Result<boolean> {
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number' && (v === 0 || v === 1)) return ok(v === 1);
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim().toUpperCase();
    if (TRUE_WORDS.has(s)) return ok(true);
    if (FALSE_WORDS.has(s)) return ok(false);
    if (isExcelErrorText(s)) return cellError(s);
  }
  return fail('NOT_A_BOOLEAN', text(`“${String(v)}”不是 TRUE/FALSE`, `"${String(v)}" is not TRUE or FALSE`));
}
