import type { Lang } from '../../policy';
import { fenToYuan } from '../../policy';
import { determinationView } from '../../taskpane/explain/determinationView';
import type { Calculation } from './calculate';

/**
 * The result in words under the value: for a measure that pays an amount, the pane's sentence (conclusion and
 * reasons); otherwise (a date, a count, an ID's data) the explanation's own first line, which reads the value as the
 * clerk would (44773 is 2022-07-31). LOAN_DUE has a determination but its value is a date, not the amount.
 */
export function resultSentence(calculation: Extract<Calculation, { ok: true }>, lang: Lang): string {
  const d = calculation.determination;
  if (d && calculation.value === fenToYuan(d.amountFen)) return determinationView(d, lang).conclusion;
  return calculation.explanation.split('\n')[0];
}

