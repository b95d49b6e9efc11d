import type { Lang, Text } from '../../policy';
import { MEASURE_ARTICLE, pick } from '../../policy';
import { argumentLabel } from '../../functions/argumentNames';
import type { CallOutcome, FunctionName } from '../../functions/calls';
import { argumentNamesOf, evaluateCall, functionNameOf } from '../../functions/calls';
import type { ActiveCell, ExcelAdapter, ReferencedCells, SheetReference } from '../excel/adapter';
import { isDateFormat } from '../../xlsx/numberFormat';
import { S, fill } from '../i18n/strings';
import { callArguments } from './callArguments';
import type { DeterminationView } from './determinationView';
import { determinationView } from './determinationView';
import type { RowExplanation } from './explainRow';
import { explainRosterRow } from './explainRow';
import { parseJlCall } from './parseJlCall';

export interface ExplainedArgument {
  readonly index: number;
  /** The argument's name as the clerk's Excel shows it. */
  readonly name: string;
  /** What the formula says: 'D5', '"汪清县"', 2000, or '' when omitted. */
  readonly source: string;
  /** The value as the clerk sees it in the cell (a date as a date, never its serial number). */
  readonly value: string;
  /** The value the function receives, as text: a date's serial number. */
  readonly received: string;
}

export type Explanation =
  | { readonly ok: false; readonly cell: ActiveCell; readonly message: string }
  | { readonly ok: true; readonly kind: 'row'; readonly cell: ActiveCell; readonly row: RowExplanation }
  | {
      readonly ok: true;
      readonly kind: 'cell';
      readonly cell: ActiveCell;
      /** The determination laid out for the clerk: conclusion first, then conditions, parameters, readings. */
      readonly view?: DeterminationView;
      readonly functionName: FunctionName;
      readonly args: ReadonlyArray<ExplainedArgument>;
      readonly outcome: CallOutcome;
      /** The text JL.EXPLAIN gives for this call (or the input error, when the arguments are wrong). */
      readonly text: string;
      readonly measure: string | null;
      readonly readings: ReadonlyArray<Text>;
    };

function display(v: unknown, lang: Lang): string {
  if (v === null || v === undefined || v === '') return pick(S.explainEmpty, lang);
  if (Array.isArray(v)) return v.map((row: unknown) => (Array.isArray(row) ? row.map((c) => display(c, lang)).join(', ') : display(row, lang))).join('; ');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** A referenced cell as the clerk sees it: a date cell as its date text (2020-12-26), not the serial 44191. */
function shown(cells: ReferencedCells, lang: Lang): string {
  const single = cells.values.length === 1 && cells.values[0].length === 1;
  if (!single) return display(cells.values, lang);
  const value = cells.values[0][0];
  const text = cells.text[0]?.[0];
  return typeof value === 'number' && isDateFormat(cells.numberFormat[0]?.[0]) && text ? text : display(value, lang);
}

/** A referenced cell as the function receives it. */
function received(cells: ReferencedCells, lang: Lang): string {
  const single = cells.values.length === 1 && cells.values[0].length === 1;
  return display(single ? cells.values[0][0] : cells.values, lang);
}

/** Names of the arguments in order; JL.EXPLAIN's are its function_name followed by the explained function's. */
function namesOf(name: FunctionName, args: ReadonlyArray<unknown>, lang: Lang): string[] {
  if (name !== 'EXPLAIN') return argumentNamesOf(name).map((n, i) => argumentLabel(name, i, n, lang));
  const inner = functionNameOf(args[0]);
  const innerNames = inner && inner !== 'EXPLAIN' ? argumentNamesOf(inner).map((n, i) => argumentLabel(inner, i, n, lang)) : [];
  return [argumentLabel('EXPLAIN', 0, 'function_name', lang), ...innerNames];
}

function problem(cell: ActiveCell, message: Text, lang: Lang, values: Record<string, string | number> = {}): Explanation {
  return { ok: false, cell, message: fill(pick(message, lang), { cell: `${cell.sheet}!${cell.address}`, ...values }) };
}

/**
 * Explains the active cell: parses its formula as one JL call, reads the cells it refers to through the adapter,
 * and evaluates the call with the custom functions' own evaluator (src/functions/calls.ts), so the pane says
 * exactly what the cell computes and JL.EXPLAIN would say.
 */
export async function explainActiveCell(adapter: ExcelAdapter, lang: Lang, defaultCounty?: string): Promise<Explanation> {
  const cell = await adapter.activeCell();
  const parsed = parseJlCall(cell.formula);
  if (!parsed.ok && (parsed.problem === 'not_formula' || parsed.problem === 'not_jl_call')) {
    // 说明此行: a cell of a roster row explains that person's amount.
    const row = await explainRosterRow(adapter, cell, lang, defaultCounty);
    if (row) return { ok: true, kind: 'row', cell, row };
  }
  if (!parsed.ok) {
    switch (parsed.problem) {
      case 'not_formula':
        return problem(cell, S.explainNotFormula, lang);
      case 'not_jl_call':
        return problem(cell, S.explainNotJl, lang);
      case 'not_single_call':
        return problem(cell, S.explainNotSingle, lang);
      case 'syntax':
        return problem(cell, S.explainSyntax, lang);
    }
  }
  const { call } = parsed;
  const name = functionNameOf(call.name);
  if (!name) return problem(cell, S.explainUnknown, lang, { name: call.name });
  const expression = call.args.findIndex((a) => a.kind === 'expression');
  if (expression >= 0) return problem(cell, S.explainExpression, lang, { index: expression + 1, text: call.args[expression].text });

  const refs: SheetReference[] = [];
  const refIndex = new Map<number, number>();
  call.args.forEach((a, i) => {
    if (a.kind !== 'reference') return;
    refIndex.set(i, refs.length);
    refs.push({ sheet: a.ref.sheet ?? cell.sheet, address: a.ref.address });
  });
  const cells = await adapter.readReferences(refs);
  const values = callArguments(call, (_, i) => cells[refIndex.get(i)!].values);

  const outcome = evaluateCall(name, values, lang);
  const names = namesOf(name, values, lang);
  const args = call.args.map((a, i): ExplainedArgument => ({
    index: i,
    name: names[i] ?? `${i + 1}`,
    source: a.kind === 'omitted' ? pick(S.explainOmitted, lang) : a.text,
    value: a.kind === 'omitted' ? pick(S.explainOmitted, lang) : a.kind === 'reference' ? shown(cells[refIndex.get(i)!], lang) : display(values[i], lang),
    received: a.kind === 'omitted' ? '' : a.kind === 'reference' ? received(cells[refIndex.get(i)!], lang) : display(values[i], lang),
  }));
  const determination = outcome.ok ? outcome.determination : undefined;
  const article = determination ? MEASURE_ARTICLE[determination.measure] : undefined;
  return {
    ok: true,
    kind: 'cell',
    cell,
    ...(determination ? { view: determinationView(determination, lang) } : {}),
    functionName: name,
    args,
    outcome,
    text: outcome.ok ? outcome.explanation : outcome.message,
    measure: determination ? (article ? pick(article, lang) : `${determination.measure}`) : null,
    readings: determination ? determination.readings.map((r) => r.text) : [],
  };
}
