import type { SheetGrid } from './sheetGrid';
import type { KindDetection, TableLayout } from './types';
import { text } from '../policy';

export function detectKind(grid: SheetGrid, layout: TableLayout): KindDetection {
  void grid;
  void layout;
  return { kind: null, because: text('尚未实现', 'not implemented yet') };
}
