import { normaliseIdText } from '../src/policy';
import type { SheetGrid } from '../src/roster/sheetGrid';

/**
 * What the engine is compared with: normalise every ID of the roster and find the repeated ones with a hash map,
 * nothing else. The count keeps the work from being optimised away.
 */
export function baselineDuplicates(grid: SheetGrid, idColumn: number, firstDataRow: number): number {
  const firstRow = new Map<string, number>();
  let duplicates = 0;
  for (let r = firstDataRow; r < grid.values.length; r++) {
    const v = grid.values[r][idColumn];
    if (v === '' || v === null) continue;
    const id = typeof v === 'string' ? normaliseIdText(v) : String(v);
    if (firstRow.has(id)) duplicates++;
    else firstRow.set(id, r);
  }
  return duplicates;
}
