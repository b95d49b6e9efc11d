import type { Determination, Lang } from '../../policy';
import type { CallContext, CellValue, EvaluableFunctionName } from '../../functions/calls';
import { cellContext, evaluateCall, valueOfCall } from '../../functions/calls';
import type { TypedArgument } from './typedArgument';
import { formulaOf, typedArgument } from './typedArgument';

export type Calculation =
  | {
      readonly ok: true;
      readonly formula: string;
      /** What the cell =JL.X(...) shows. */
      readonly value: CellValue;
      readonly determination?: Determination;
      /** What =JL.EXPLAIN("X", ...) shows: conditions with their values, parameters, citations, readings. */
      readonly explanation: string;
    }
  | {
      readonly ok: false;
      readonly formula: string;
      /** The cell's error and the sentence in its tooltip, naming the argument: #VALUE! … 参数“入职日期”：日期为空 */
      readonly error: '#VALUE!';
      readonly message: string;
      /** The field at fault, or null when the call as a whole is wrong. */
      readonly argumentIndex: number | null;
      /** The message without the function and argument names, for under the field. */
      readonly detail: string;
    };

/**
 * The call the fields make, computed as Excel computes the custom function: the value by the cell's own path
 * (valueOfCall, what JL.X runs), the explanation by JL.EXPLAIN's (evaluateCall), both on the day a cell computes
 * (today) with the shipped readings. So the result here is the one =JL.X(...) shows in Excel.
 */
export function calculate(name: EvaluableFunctionName, fields: ReadonlyArray<string>, lang: Lang, context: CallContext = cellContext()): Calculation {
  const args: TypedArgument[] = fields.map(typedArgument);
  const values = args.map((a) => a.value);
  const formula = formulaOf(name, args);
  const cell = valueOfCall(name, values, lang, context);
  if (!cell.ok) {
    return { ok: false, formula, error: '#VALUE!', message: cell.message, argumentIndex: cell.problem.argumentIndex, detail: lang === 'zh' ? cell.problem.detail.zh : cell.problem.detail.en };
  }
  const explained = evaluateCall(name, values, lang, context);
  if (!explained.ok) {
    // Both paths read the same arguments with the same readers: one failing and not the other is a bug to see.
    throw new Error(`JL.${name}: the value path succeeded where the explaining path failed (${explained.message})`);
  }
  return { ok: true, formula, value: cell.value, determination: explained.determination, explanation: explained.explanation };
}
