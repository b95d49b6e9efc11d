import type { DaySerial } from './dates';
import { daysInMonth, ymdToSerial } from './dates';
import { toHalfWidth } from './inputs';

/** A date the roster gives only to the month (2022.03, 2022年3月): every day it may be, first to last. */
export interface MonthSpan {
  readonly first: DaySerial;
  readonly last: DaySerial;
}

const MONTH_PATTERNS: ReadonlyArray<RegExp> = [
  /^(\d{4})\.(\d{1,2})$/,
  /^(\d{4})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月份?$/,
  /^(\d{4})(\d{2})$/,
];

// The six-digit form 202203 is a month only for years rosters speak of; beyond them it is some other number.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/**
 * A month written without a day, as text (2022.03, 2022-03, 2022/03, 2022年3月, 202203) or as the whole number 202203
 * typed into a General cell; null for anything else. A number 2022.03 is not read: Excel keeps 2022.10 as 2022.1, so
 * October and January look alike.
 */
export function readMonthOnly(v: unknown): MonthSpan | null {
  let s: string;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return null;
    s = String(v);
  } else if (typeof v === 'string') s = toHalfWidth(v).trim();
  else return null;
  for (const pattern of MONTH_PATTERNS) {
    const match = pattern.exec(s);
    if (!match) continue;
    const y = +match[1];
    const m = +match[2];
    if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12) return null;
    return { first: ymdToSerial(y, m, 1), last: ymdToSerial(y, m, daysInMonth(y, m)) };
  }
  return null;
}
