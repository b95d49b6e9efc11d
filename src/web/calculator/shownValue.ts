import type { CellValue } from '../../functions/calls';

/** A cell's value as Excel shows it in a General cell: 1600, 12345.67, TRUE; a row of cells side by side. */
export function shownValue(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number' || typeof v === 'string') return String(v);
  return v.map((row) => row.map((c) => String(c)).join(' | ')).join('\n');
}
