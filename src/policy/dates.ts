import type { Text } from './text';
import { text } from './text';

/** A calendar day as Excel counts it (1900 date system): day 0 is 1899-12-30, so 1900-03-01 is 61. */
export type DaySerial = number;

export interface CalendarDate {
  readonly y: number;
  readonly m: number; // 1-12
  readonly d: number; // 1-31
}

// Counting from 1899-12-30 keeps the serials of every date after 1900-02-28 equal to Excel's
// (Excel's fictitious 1900-02-29 is before any date this add-in can meet).
const EPOCH_UTC_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function ymdToSerial(y: number, m: number, d: number): DaySerial {
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_UTC_MS) / MS_PER_DAY);
}

export function serialToYmd(serial: DaySerial): CalendarDate {
  const date = new Date(EPOCH_UTC_MS + Math.floor(serial) * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatDate(serial: DaySerial): string {
  const { y, m, d } = serialToYmd(serial);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** ISO 'YYYY-MM-DD' (as written in parameter tables) to a serial; throws on malformed data, which is a programming error. */
export function isoToSerial(iso: string): DaySerial {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || !isValidYmd(+match[1], +match[2], +match[3])) throw new Error(`not an ISO date: ${iso}`);
  return ymdToSerial(+match[1], +match[2], +match[3]);
}

/** Excel's EDATE: the same day n months later, clamped to the end of a shorter month. */
export function addMonths(serial: DaySerial, months: number): DaySerial {
  const { y, m, d } = serialToYmd(serial);
  const monthIndex = y * 12 + (m - 1) + months;
  const ny = Math.floor(monthIndex / 12);
  const nm = (monthIndex % 12) + 1;
  return ymdToSerial(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * Whole months a contract from `start` to `end` (both days included) covers.
 * MEASURES.md: it covers N months when end >= (start + N calendar months) - 1 day, month ends clamped;
 * so 2022-03-01..2022-08-31 is 6 and 2022-01-31..2022-07-30 is 6.
 */
export function contractMonths(start: DaySerial, end: DaySerial): number {
  if (end < start) return 0;
  const a = serialToYmd(start);
  const b = serialToYmd(end);
  // Start from an estimate that can only be one too high, then step down.
  let n = Math.max(0, (b.y - a.y) * 12 + (b.m - a.m) + 1);
  while (n > 0 && end < addMonths(start, n) - 1) n--;
  return n;
}

/** The local calendar day of a clock reading, as a serial. */
export function todaySerial(now: Date = new Date()): DaySerial {
  return ymdToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Whole years completed between two days (age on a day). */
export function yearsBetween(from: DaySerial, to: DaySerial): number {
  const a = serialToYmd(from);
  const b = serialToYmd(to);
  let years = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.d < a.d)) years--;
  return years;
}

export const DATE_FORMS_TEXT: Text = text(
  '可用格式：2022-03-01、2022/3/1、2022.3.1、2022年3月1日、20220301 或 Excel 日期',
  'accepted forms: 2022-03-01, 2022/3/1, 2022.3.1, 2022年3月1日, 20220301 or an Excel date',
);
