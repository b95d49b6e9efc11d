import type { DaySerial, Lang, ParameterUse, ReadingId, ReadingValues, Text } from '../policy';
import { describeParameter, describeReading, pick } from '../policy';

/** A result that is a fact rather than a measure's determination (a month count, a minimum wage, an ID's data). */
export interface Fact {
  readonly functionName: string;
  readonly result: Text;
  readonly lines: ReadonlyArray<Text>;
  readonly parameters?: ReadonlyArray<ParameterUse>;
  readonly readings?: ReadonlyArray<ReadingId>;
  /** The readings in force and the day their texts show parameter values on. */
  readonly context: { readonly readings: ReadingValues; readonly claimDate: DaySerial };
}

/** Laid out like the policy module's explain(): result, what was worked out, parameters in force, readings. */
export function explainFact(fact: Fact, lang: Lang): string {
  const zh = lang === 'zh';
  const out = [`JL.${fact.functionName} = ${pick(fact.result, lang)}`];
  for (const line of fact.lines) out.push(`  ${pick(line, lang)}`);
  if (fact.parameters?.length) {
    out.push(zh ? '参数:' : 'Parameters:');
    for (const p of fact.parameters) out.push(`  ${describeParameter(p, lang)}`);
  }
  if (fact.readings?.length) {
    out.push(zh ? '采用的解读:' : 'Readings taken:');
    for (const id of fact.readings) out.push(`  [${id}] ${pick(describeReading(id, fact.context.readings, fact.context.claimDate).text, lang)}`);
  }
  return out.join('\n');
}
