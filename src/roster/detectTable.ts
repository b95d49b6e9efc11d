import type { SheetGrid } from './sheetGrid';
import type { TableLayout, TableProblem } from './types';
import { text } from '../policy';

export function detectTable(grid: SheetGrid): TableLayout | TableProblem {
  void grid;
  return { problem: text('尚未实现', 'not implemented yet') };
}
