/**
 * Recomputes every formula cell with the host's evaluator (when it has one), in sheet and row order.
 * The host has no dependency graph: callers recalculate after edits that formulas may depend on.
 */
import { normalizeCell } from './cellSets';
import type { Journal } from './journal';
import type { HostWorkbook } from './model';
import type { FormulaEvaluator } from './state';

export function recalculateWorkbook(workbook: HostWorkbook, evaluate: FormulaEvaluator | undefined, journal: Journal): void {
  if (!evaluate) return;
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((cells, row) => {
      cells?.forEach((cell, col) => {
        if (!cell?.formula) return;
        const value = evaluate(cell.formula, { workbook, sheet, row, col }) ?? undefined;
        if (value !== cell.value) journal.putCell(sheet, row, col, normalizeCell({ ...cell, value }));
      });
    });
  }
}
