import type { Determination, Lang } from '../policy';
import type { ArgumentReader } from './argumentReader';

/** What a cell receives: a number (yuan, months or a date serial), TRUE/FALSE, text, or a row of cells. */
export type CellValue = number | boolean | string | ReadonlyArray<ReadonlyArray<number | string>>;

export interface Evaluation {
  readonly value: CellValue;
  /** Present for the measures: the full decision with reasons and trace. */
  readonly determination?: Determination;
  explain(lang: Lang): string;
}

/**
 * One JL function: its argument names (as in functions.ts, in order) and two paths over the same readers and
 * conditions: `value` for the cell, which builds no explanation, and `evaluate` for JL.EXPLAIN and the pane's 说明.
 */
export interface FunctionDefinition {
  readonly args: ReadonlyArray<string>;
  value(a: ArgumentReader): CellValue;
  evaluate(a: ArgumentReader): Evaluation;
}
