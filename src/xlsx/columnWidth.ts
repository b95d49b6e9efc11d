import { displayWidth } from './displayWidth';

/**
 * The width of an Excel column that shows `value`: Excel counts widths in characters, a Chinese character two; kept
 * between a narrow column and a readable one (`widest`), so one long remark does not push the table off the screen.
 */
export function columnWidthOf(value: unknown, widest = 60): number {
  const shown = value === null || value === undefined ? 0 : displayWidth(String(value));
  return Math.max(6, Math.min(widest, shown + 2));
}
