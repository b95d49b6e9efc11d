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

/** One JL function: its argument names (as in functions.ts, in order) and how it reads them and computes. */
export interface FunctionDefinition {
  readonly args: ReadonlyArray<string>;
  evaluate(a: ArgumentReader): Evaluation;
}
