import type { DaySerial, Text } from '../../policy';
import { text } from '../../policy';
import type { EvaluableFunctionName } from '../../functions/calls';
import { FUNCTIONS } from '../../functions/calls';
import zhMetadata from '../../functions/functions.zh-CN.json';
import type { EnglishFunctionText } from './englishMetadata';
import englishMetadata from './functions.en.json';
import { tooltipText } from './tooltipText';

export interface CalculatorArgument {
  /** The argument's name in functions.ts, which calls.ts's messages name in English. */
  readonly name: string;
  /** As Excel shows it: the Chinese parameter name, the English one. */
  readonly label: Text;
  readonly description: Text;
  readonly optional: boolean;
}

export interface CalculatorFunction {
  readonly name: EvaluableFunctionName;
  readonly description: Text;
  readonly args: ReadonlyArray<CalculatorArgument>;
}

interface ZhParameter {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
}

const ZH = new Map(zhMetadata.functions.map((f) => [f.id, f] as const));
const EN: ReadonlyMap<string, EnglishFunctionText> = new Map((englishMetadata as ReadonlyArray<EnglishFunctionText>).map((f) => [f.id, f] as const));

const isEvaluable = (id: string): id is EvaluableFunctionName => Object.prototype.hasOwnProperty.call(FUNCTIONS, id);

/**
 * One page per JL function that computes something, from the functions' own definitions: the arguments calls.ts
 * reads (FUNCTIONS), named and described as Excel shows them (functions.zh-CN.json, the JSDoc of functions.ts), in
 * the order Excel lists them; amounts in the descriptions filled with the values in force on `day`. A function added
 * to calls.ts and the metadata appears here without a change. JL.EXPLAIN is left out: every page explains.
 */
export function calculatorFunctions(day: DaySerial): CalculatorFunction[] {
  const ordered = [...zhMetadata.functions.map((f) => f.id), ...Object.keys(FUNCTIONS)];
  const names = [...new Set(ordered)].filter(isEvaluable);
  return names.map((name) => {
    const zh = ZH.get(name);
    const en = EN.get(name);
    const zhParameters: ReadonlyArray<ZhParameter> = zh?.parameters ?? [];
    return {
      name,
      description: tooltipText(text(zh?.description ?? '', en?.description ?? ''), day),
      args: FUNCTIONS[name].args.map((argName, i) => {
        const zp = zhParameters[i];
        const ep = en?.parameters[i];
        return {
          name: argName,
          label: text(zp?.name ?? argName, argName),
          description: tooltipText(text(zp?.description ?? ep?.description ?? '', ep?.description ?? zp?.description ?? ''), day),
          optional: zp?.optional === true,
        };
      }),
    };
  });
}

/** The function of that name (EMPLOY_SUBSIDY, as the route writes it), or undefined. */
export function calculatorFunction(name: string, day: DaySerial): CalculatorFunction | undefined {
  return calculatorFunctions(day).find((f) => f.name === name);
}
