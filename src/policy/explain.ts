import type { Determination, TraceValue } from './determination';
import { documentText, ELEVEN_MEASURES_ID, MEASURE_ARTICLE } from './citation';
import { formatYuan } from './money';
import { POLICY } from './parameters';
import { formatParameterValue } from './parameterText';
import type { ParameterUse } from './policyTables';
import type { Lang } from './text';
import { pick } from './text';

function formatInputs(inputs: Readonly<Record<string, TraceValue>>): string {
  return Object.entries(inputs)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

const DATE_USED = {
  hire_date: { zh: '按入职日期取值', en: 'looked up on the hire date' },
  claim_date: { zh: '按申报日期取值', en: 'looked up on the claim date' },
} as const;

export function describeParameter(p: ParameterUse, lang: Lang): string {
  const zh = lang === 'zh';
  const since = zh ? `${p.from} 起${p.to ? `至 ${p.to}` : ''}施行` : `in force from ${p.from}${p.to ? ` to ${p.to}` : ''}`;
  const form = p.citation.clauseForm === 'quoted' ? '' : zh ? '（意译）' : ' (paraphrased)';
  return `${p.id} ${pick(p.label, lang)} = ${formatParameterValue(p, lang)}（${since}，${DATE_USED[p.citation.dateUsed][lang]}；${pick(documentText(p.citation.document), lang)}，${pick(p.citation.clause, lang)}${form}）`;
}

/**
 * One text that explains a result: the amount, each condition with the values used, every parameter value with its
 * dates in force and its source, the measure and the readings that were taken.
 */
export function explain(det: Determination, lang: Lang, resultText?: string): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const amount = resultText ?? `${formatYuan(det.amountFen)}${zh ? ' 元' : ' yuan'}`;
  const verdict = det.eligible ? (zh ? '符合条件' : 'eligible') : zh ? '不符合条件' : 'not eligible';
  lines.push(`JL.${det.functionName} = ${amount}（${verdict}）`);
  const article = MEASURE_ARTICLE[det.measure];
  const measures = documentText(POLICY.document(ELEVEN_MEASURES_ID));
  lines.push(`${zh ? '依据' : 'Rule'}: ${article ? pick(article, lang) : `${zh ? '措施' : 'measure'} ${det.measure}`}，${pick(measures, lang)}`);
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
    for (const r of det.readings) lines.push(`  [${r.id}=${r.option}${r.isDefault ? '' : zh ? '，本县设定' : ', set by the county'}] ${pick(r.text, lang)}`);
  }
  return lines.join('\n');
}
