// Evaluates a JL function call from its name and raw cell arguments, without Office: shared by the custom
// functions (functions.ts), JL.EXPLAIN, and the task pane's explain view.
import type { Determination, Lang, Text } from '../policy';
import { DEFAULT_READINGS, text, todaySerial, toHalfWidth } from '../policy';
import { argumentMessage } from './argumentNames';
import type { CallContext, CallProblemCode } from './argumentReader';
import { ArgumentProblem, ArgumentReader } from './argumentReader';
import type { CellValue, Evaluation, FunctionDefinition } from './functionDefinition';
import { LOOKUP_FUNCTIONS } from './lookupCalls';
import { MEASURE_FUNCTIONS } from './measureCalls';

export type { CellValue } from './functionDefinition';
export type { CallContext } from './argumentReader';

/** A cell computes on the day it is calculated, with the shipped readings. */
export function cellContext(): CallContext {
  return { claimDate: todaySerial(), readings: DEFAULT_READINGS };
}

export const FUNCTIONS = { ...MEASURE_FUNCTIONS, ...LOOKUP_FUNCTIONS } satisfies Record<string, FunctionDefinition>;
export type EvaluableFunctionName = keyof typeof FUNCTIONS;
export type FunctionName = EvaluableFunctionName | 'EXPLAIN';
export const EXPLAIN_ARGS: ReadonlyArray<string> = ['function_name', 'arg1'];

/** A JL function's argument names in order, as in functions.ts (EXPLAIN's arg1 repeats). */
export function argumentNamesOf(name: FunctionName): ReadonlyArray<string> {
  return name === 'EXPLAIN' ? EXPLAIN_ARGS : FUNCTIONS[name].args;
}

export interface CallProblem {
  readonly functionName: string;
  /** The argument at fault (its English name and position), or null when the call as a whole is wrong. */
  readonly argument: string | null;
  readonly argumentIndex: number | null;
  readonly code: CallProblemCode;
  /** Without the argument's name; `message` of the outcome names it. */
  readonly detail: Text;
}

export type CallOutcome =
  | { readonly ok: true; readonly value: CellValue; readonly determination?: Determination; readonly explanation: string }
  | { readonly ok: false; readonly problem: CallProblem; readonly message: string };

/** EMPLOY_SUBSIDY, employ_subsidy, JL.EMPLOY_SUBSIDY and =JL.EMPLOY_SUBSIDY all name the same function. */
export function functionNameOf(v: unknown): FunctionName | undefined {
  if (typeof v !== 'string') return undefined;
  const name = toHalfWidth(v).trim().replace(/^=/, '').replace(/^JL\./i, '').replace(/\(\)$/, '').toUpperCase();
  return name === 'EXPLAIN' || Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? (name as FunctionName) : undefined;
}

function failure(functionName: string, names: ReadonlyArray<string>, index: number | null, code: CallProblemCode, detail: Text, lang: Lang): CallOutcome {
  const argument = index === null ? null : (names[index] ?? null);
  const message =
    index === null || argument === null
      ? lang === 'zh'
        ? `JL.${functionName}：${detail.zh}`
        : `JL.${functionName}: ${detail.en}`
      : argumentMessage(functionName, index, argument, detail, lang);
  return { ok: false, problem: { functionName, argument, argumentIndex: index, code, detail }, message };
}

function success(evaluation: Evaluation, lang: Lang): CallOutcome {
  let explanation: string | undefined;
  return {
    ok: true,
    value: evaluation.value,
    determination: evaluation.determination,
    // Built only when asked for: a sheet of a thousand formulas needs the values, not a thousand explanations.
    get explanation() {
      explanation ??= evaluation.explain(lang);
      return explanation;
    },
  };
}

/** Trailing empty arguments are what Excel passes for omitted optional ones; anything further is too many. */
function countGiven(args: ReadonlyArray<unknown>): number {
  let n = args.length;
  while (n > 0 && (args[n - 1] === null || args[n - 1] === undefined)) n--;
  return n;
}

/** Too many arguments for the function: the failure saying so; undefined when the count is right. */
function tooMany(name: EvaluableFunctionName, definition: FunctionDefinition, args: ReadonlyArray<unknown>, lang: Lang): CallOutcome | undefined {
  const given = countGiven(args);
  if (given > definition.args.length) {
    return failure(
      name,
      definition.args,
      null,
      'TOO_MANY_ARGUMENTS',
      text(`只有 ${definition.args.length} 个参数，给了 ${given} 个`, `takes ${definition.args.length} arguments, ${given} given`),
      lang,
    );
  }
  return undefined;
}

/** The explaining path: the value with its determination and (built when read) its explanation. */
function evaluateFunction(name: EvaluableFunctionName, args: ReadonlyArray<unknown>, lang: Lang, context: CallContext): CallOutcome {
  const definition: FunctionDefinition = FUNCTIONS[name];
  const wrong = tooMany(name, definition, args, lang);
  if (wrong) return wrong;
  try {
    return success(definition.evaluate(new ArgumentReader(args, context)), lang);
  } catch (e) {
    if (e instanceof ArgumentProblem) return failure(name, definition.args, e.index, e.code, e.message, lang);
    throw e;
  }
}

export type ValueOutcome = { readonly ok: true; readonly value: CellValue } | Extract<CallOutcome, { ok: false }>;

/**
 * The value path, what a cell pays for: the same readers and conditions as evaluateCall, no trace, no explanation,
 * no messages unless an argument is wrong. EXPLAIN's value is its explanation, so it takes the explaining path.
 */
export function valueOfCall(name: FunctionName, args: ReadonlyArray<unknown>, lang: Lang, context: CallContext = cellContext()): ValueOutcome {
  if (name === 'EXPLAIN') return evaluateExplain(args, lang, context);
  const definition: FunctionDefinition = FUNCTIONS[name];
  const wrong = tooMany(name, definition, args, lang);
  if (wrong) return wrong as ValueOutcome;
  try {
    return { ok: true, value: definition.value(new ArgumentReader(args, context)) };
  } catch (e) {
    if (e instanceof ArgumentProblem) return failure(name, definition.args, e.index, e.code, e.message, lang) as ValueOutcome;
    throw e;
  }
}

/**
 * JL.EXPLAIN(function_name, args...): the explanation of the inner call, or, when the inner call's arguments are
 * wrong, the message saying so (as text: the clerk asked what is going on). Only a bad function_name is an error.
 */
function evaluateExplain(args: ReadonlyArray<unknown>, lang: Lang, context: CallContext): CallOutcome {
  const [nameArg, ...innerArgs] = args;
  const target = functionNameOf(nameArg);
  if (target === undefined || target === 'EXPLAIN') {
    const empty = nameArg === null || nameArg === undefined || (typeof nameArg === 'string' && nameArg.trim() === '');
    const detail = empty
      ? text('函数名为空', 'the function name is empty')
      : text(
          `没有名为“${String(nameArg)}”的可解释函数（可用：${Object.keys(FUNCTIONS).join('、')}）`,
          `there is no function "${String(nameArg)}" to explain (one of ${Object.keys(FUNCTIONS).join(', ')})`,
        );
    return failure('EXPLAIN', EXPLAIN_ARGS, 0, empty ? 'EMPTY' : 'UNKNOWN_FUNCTION', detail, lang);
  }
  const inner = evaluateFunction(target, innerArgs, lang, context);
  const explanation = inner.ok ? inner.explanation : inner.message;
  return { ok: true, value: explanation, determination: inner.ok ? inner.determination : undefined, explanation };
}

/** The explaining path, for JL.EXPLAIN and the pane's 说明; `context` defaults to a cell's (today, shipped readings). */
export function evaluateCall(name: FunctionName, args: ReadonlyArray<unknown>, lang: Lang, context: CallContext = cellContext()): CallOutcome {
  return name === 'EXPLAIN' ? evaluateExplain(args, lang, context) : evaluateFunction(name, args, lang, context);
}
