// The one place where a call's outcome meets Excel: a value for the cell, or #VALUE! with the message.
import type { FunctionName } from './calls';
import { valueOfCall } from './calls';
import { displayLanguage } from './displayLanguage';
import type { CellValue } from './functionDefinition';

export function cellResult(name: FunctionName, args: ReadonlyArray<unknown>): CellValue {
  const outcome = valueOfCall(name, args, displayLanguage());
  if (!outcome.ok) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, outcome.message);
  return outcome.value;
}

/** JL.EXPLAIN: Excel passes the repeating arguments as one array. */
export function explainResult(functionName: unknown, args: ReadonlyArray<unknown> | null | undefined): string {
  return cellResult('EXPLAIN', [functionName, ...(args ?? [])]) as string;
}
