import type { CellValue } from '../../roster/sheetGrid';
import type { CellReference, JlCall } from './parseJlCall';

/** A reference's cells as a custom function receives them: one value for one cell, rows of values for a range. */
export function referenceArgument(cells: ReadonlyArray<ReadonlyArray<CellValue>>): unknown {
  return cells.length === 1 && cells[0].length === 1 ? cells[0][0] : cells;
}

/**
 * The values a JL call's function receives, in order: literals as written, an omitted argument as null, and each
 * reference as `cellsOf` reads it. Shared by the pane's explain view (cells read through the adapter) and the
 * preview's formula evaluator (cells read from the in-memory workbook). Expressions have no value here: callers
 * refuse them first.
 */
export function callArguments(call: JlCall, cellsOf: (ref: CellReference, index: number) => ReadonlyArray<ReadonlyArray<CellValue>>): unknown[] {
  return call.args.map((a, i) => {
    switch (a.kind) {
      case 'reference':
        return referenceArgument(cellsOf(a.ref, i));
      case 'number':
      case 'string':
      case 'boolean':
        return a.value;
      default:
        return null;
    }
  });
}
