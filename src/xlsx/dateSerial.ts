import type { DaySerial } from '../policy';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 is day 25569 in Excel's 1900 system (day 0 = 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25569;

/** A Date at UTC midnight (plus the time of day) as its serial in Excel's 1900 system (SheetJS's 'd' cells). */
export function dateToSerial(date: Date): DaySerial {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Milliseconds of floating-point noise must not move a date across midnight.
  return Math.round(serial * 86_400) / 86_400;
}
