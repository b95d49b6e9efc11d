import type { Determination, TraceValue } from './determination';
import { ELEVEN_MEASURES, MEASURE_ARTICLE } from './citation';
import { formatYuan } from './money';
import type { ParameterUse } from './parameters';
import type { Lang } from './text';
import { pick } from './text';

/** A parameter's value with its unit, as the clerk reads it: 1,480.00 元, 3 个月. */
export function formatParameterValue(p: ParameterUse, lang: Lang): string {
  if (typeof p.value === 'string') return p.value;
  switch (p.unit) {
    case 'fen':
      return `${formatYuan(p.value)}${lang === 'zh' ? ' 元' : ' yuan'}`;
    case 'months':
      return lang === 'zh' ? `${p.value} 个月` : `${p.value} months`;
    case 'percent':
      return `${p.value}%`;
    case 'years':
      return lang === 'zh' ? `${p.value} 周岁` : `${p.value} years`;
    default:
      return String(p.value);
  }
}

function formatInputs(inputs: Readonly<Record<string, TraceValue>>): string {
  return Object.entries(inputs)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

export function describeParameter(p: ParameterUse, lang: Lang): string {
  const since = lang === 'zh' ? `${p.from} 起${p.to ? `至 ${p.to}` : ''}施行` : `in force from ${p.from}${p.to ? ` to ${p.to}` : ''}`;
  return `${p.id} ${pick(p.label, lang)} = ${formatParameterValue(p, lang)}（${since}；${pick(p.citation.document, lang)}，${pick(p.citation.clause, lang)}）`;
}

/**
 * One text that explains a result: the amount, each condition with the values used, every parameter value with its
 * dates in force and its source, the measure and the readings of MEASURES.md that were taken.
 */
export function explain(det: Determination, lang: Lang, resultText?: string): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const amount = resultText ?? `${formatYuan(det.amountFen)}${zh ? ' 元' : ' yuan'}`;
  const verdict = det.eligible ? (zh ? '符合条件' : 'eligible') : zh ? '不符合条件' : 'not eligible';
  lines.push(`JL.${det.functionName} = ${amount}（${verdict}）`);
  const article = MEASURE_ARTICLE[det.measure];
  lines.push(`${zh ? '依据' : 'Rule'}: ${article ? pick(article, lang) : `${zh ? '措施' : 'measure'} ${det.measure}`}，${pick(ELEVEN_MEASURES, lang)}`);
  if (det.reasons.length > 0) {
    lines.push(`${zh ? '原因' : 'Reasons'}: ${det.reasons.map((r) => pick(r.message, lang)).join('；')}`);
  }
  lines.push(zh ? '检查的条件:' : 'Conditions checked:');
  for (const step of det.trace) {
    const mark = step.holds ? '✓' : '✗';
    const inputs = formatInputs(step.inputs);
    lines.push(`  ${mark} ${pick(step.condition, lang)}${inputs ? ` [${inputs}]` : ''}`);
  }
  const params = new Map<string, ParameterUse>();
  for (const step of det.trace) for (const p of step.parameters) params.set(`${p.id}@${p.from}`, p);
  if (params.size > 0) {
    lines.push(zh ? '参数:' : 'Parameters:');
    for (const p of params.values()) lines.push(`  ${describeParameter(p, lang)}`);
  }
  if (det.readings.length > 0) {
    lines.push(zh ? '采用的解读:' : 'Readings taken:');
    for (const r of det.readings) lines.push(`  [${r.id}] ${pick(r.text, lang)}`);
  }
  return lines.join('\n');
}
