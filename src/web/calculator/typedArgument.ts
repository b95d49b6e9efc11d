import type { DaySerial } from '../../policy';
import { isValidYmd, toHalfWidth, ymdToSerial } from '../../policy';

/** What a function receives for one field, and how the field would be written in a formula. */
export interface TypedArgument {
  /** As a cell would hand it over: null when empty, a number, TRUE/FALSE, a date serial, or the text as typed. */
  readonly value: null | number | boolean | string;
  /** The argument as it would appear in =JL.X(...): DATE(2022,3,1), 2000, TRUE, "汪清县", or nothing. */
  readonly formula: string;
}

/** The date forms Chinese Excel turns into a date when typed into a cell (a date serial the function receives). */
const EXCEL_DATE_FORMS: ReadonlyArray<RegExp> = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];
/** A number as Excel reads one typed into a cell: optional sign, thousands separators, decimals. */
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** Excel keeps 15 significant digits; a longer run (an ID, an account) is kept as text, as clerks format those cells. */
const EXCEL_DIGITS = 15;

function dateSerial(s: string): DaySerial | undefined {
  for (const form of EXCEL_DATE_FORMS) {
    const m = form.exec(s);
    if (m && isValidYmd(+m[1], +m[2], +m[3])) return ymdToSerial(+m[1], +m[2], +m[3]);
  }
  return undefined;
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A field's text as Excel would pass it had the clerk typed it into a cell of General format and referenced that
 * cell: empty is the empty cell (null); a number, TRUE/FALSE and a date Excel recognises (2022-03-01, 2022/3/1,
 * 2022年3月1日) become a number, a boolean and a date serial; anything else (2022.3.1, 汪清县, an 18-digit ID, a
 * date that does not exist such as 2022-02-30) stays the text it is, for the function's own reader to judge.
 */
export function typedArgument(typed: string): TypedArgument {
  const s = toHalfWidth(typed).trim();
  if (s === '') return { value: null, formula: '' };
  if (/^(true|false)$/i.test(s)) {
    const value = s.toUpperCase() === 'TRUE';
    return { value, formula: value ? 'TRUE' : 'FALSE' };
  }
  const day = dateSerial(s);
  if (day !== undefined) {
    const [y, m, d] = s.split(/[-/年月日]/).map(Number);
    return { value: day, formula: `DATE(${y},${m},${d})` };
  }
  if (NUMBER.test(s) && s.replace(/\D/g, '').replace(/^0+/, '').length <= EXCEL_DIGITS) {
    const value = Number(s.replace(/,/g, ''));
    return { value, formula: String(value) };
  }
  return { value: typed, formula: quoted(typed) };
}

/** The formula a clerk would type for the same call: =JL.EMPLOY_SUBSIDY(DATE(2022,3,1),4,2000,"汪清县"). */
export function formulaOf(name: string, args: ReadonlyArray<TypedArgument>): string {
  let n = args.length;
  while (n > 0 && args[n - 1].value === null) n--;
  return `=JL.${name}(${args.slice(0, n).map((a) => a.formula).join(',')})`;
}
