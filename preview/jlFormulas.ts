import type { Lang } from '../src/policy';
import type { CellValue } from '../src/roster/sheetGrid';
import { evaluateCall, functionNameOf } from '../src/functions/calls';
import { callArguments } from '../src/taskpane/explain/callArguments';
import { parseJlCall } from '../src/taskpane/explain/parseJlCall';
import type { FormulaEvaluator, HostValue } from '../tools/excel-host';
import { cellAt, parseAddress, sheetByName } from '../tools/excel-host';

function plain(value: HostValue | undefined): CellValue {
  if (value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

/**
 * Lets the in-memory host compute =JL.* cells as Excel would with the add-in loaded: the same parser as the explain
 * view and the custom functions' own evaluator (src/functions/calls.ts). Other formulas keep the result saved in
 * the file (the host has no calculation engine).
 */
export function jlFormulaEvaluator(lang: Lang): FormulaEvaluator {
  return (formula, site) => {
    const parsed = parseJlCall(formula);
    if (!parsed.ok) return undefined;
    const name = functionNameOf(parsed.call.name);
    if (!name) return { error: '#NAME?' };
    if (parsed.call.args.some((a) => a.kind === 'expression')) return undefined;
    const args = callArguments(parsed.call, (ref) => {
      const sheet = ref.sheet === undefined ? site.sheet : sheetByName(site.workbook, ref.sheet);
      if (!sheet) return [['#REF!']];
      const { box } = parseAddress(ref.address);
      return Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => plain(cellAt(sheet, box.row + r, box.col + c)?.value)));
    });
    const outcome = evaluateCall(name, args, lang);
    if (!outcome.ok) return { error: '#VALUE!' };
    const value = outcome.value;
    // JL.ID_INFO spills a row; the host has no spilling, so the cell shows the first value.
    if (Array.isArray(value)) return value[0]?.[0] ?? '';
    return value as HostValue;
  };
}
