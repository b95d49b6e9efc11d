import type { DaySerial } from '../policy';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 is day 25569 in Excel's 1900 system (day 0 = 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * ExcelJS turns a date-formatted number into a Date at UTC midnight (plus the time of day), already corrected for a
 * workbook in the 1904 system; the serial is therefore always in the 1900 system.
 */
export function dateToSerial(date: Date): DaySerial {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Milliseconds of floating-point noise must not move a date across midnight.
  return Math.round(serial * 86_400) / 86_400;
}
