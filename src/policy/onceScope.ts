import type { DaySerial } from './dates';
import { serialToYmd } from './dates';
import type { ReadingValues } from './readings';

/** A one-time payment as 「不得重复享受」 compares them: which measure, and the calendar year (NaN: unknown). */
export interface OnceClaim {
  readonly measure: number;
  readonly year: number;
}

export function yearOf(day: DaySerial): number {
  return Number.isFinite(day) ? serialToYmd(day).y : NaN;
}

/**
 * Whether two one-time payments to one person count as the same support paid twice, under the reading once_scope:
 * once per measure ever (the default), once per measure per calendar year, or once for any one-time support. A
 * year that is not known matches every year, so an unknown date never hides a repeat.
 */
export function countsAsRepeat(readings: ReadingValues, a: OnceClaim, b: OnceClaim): boolean {
  switch (readings.once_scope) {
    case 'any-one-time':
      return true;
    case 'calendar-year':
      return a.measure === b.measure && (Number.isNaN(a.year) || Number.isNaN(b.year) || a.year === b.year);
    default:
      return a.measure === b.measure;
  }
}
