import type { Determination, Lang, TraceValue } from '../../policy';
import { formatParameterValue, formatYuan, pick, text } from '../../policy';
import type { Text } from '../../policy';
import { measureWords } from '../i18n/measureWords';

/** The inputs a measure's trace names, as the clerk calls them: never hire_date= in Chinese text. */
const INPUT_LABELS: Readonly<Record<string, Text>> = {
  hire_date: text('入职日期', 'hire date'),
  months_worked: text('工作月数', 'months worked'),
  monthly_wage: text('月工资', 'monthly wage'),
  county: text('县（市、区）', 'county'),
  tier: text('最低工资档次', 'minimum-wage tier'),
  minimum_wage: text('月最低工资标准', 'minimum monthly wage'),
  fare: text('往返票价', 'round-trip fare'),
  contract_months: text('合同期限（月）', 'contract months'),
  cross_province: text('跨省务工', 'cross-province'),
  transport_class: text('交通方式/席别', 'class of transport'),
  months: text('月数', 'months'),
  months_paid: text('发放月数', 'months paid'),
  months_already_paid: text('已发放月数', 'months already paid'),
  purchase: text('采购金额', 'purchase amount'),
  amount: text('金额', 'amount'),
  reward_before_cap: text('封顶前奖补', 'reward before the cap'),
  persons_driven: text('带动人数', 'persons driven'),
  eligible_hires: text('符合条件人数', 'eligible hires'),
  claimed: text('申报金额', 'claimed amount'),
  extension_months: text('延期月数', 'extension months'),
  already_paid: text('已发放金额', 'already paid'),
};

export interface ConditionView {
  readonly holds: boolean;
  readonly text: string;
  /** Label and value of each input, in the display language; inputs without a known name are left out in Chinese. */
  readonly inputs: ReadonlyArray<readonly [string, string]>;
}

export interface DeterminationView {
  /** One sentence, conclusion first: 「符合第七条条件，应发 …元。」 */
  readonly conclusion: string;
  readonly eligible: boolean;
  readonly amount: string;
  readonly conditions: ReadonlyArray<ConditionView>;
  /** Parameter name and value with its unit: 「吸纳就业起始日期 = …」 (the label, never the parameter id). */
  readonly parameters: ReadonlyArray<string>;
  /** The readings taken, as text (never the reading id). */
  readonly readings: ReadonlyArray<string>;
}

function shownValue(v: TraceValue, lang: Lang): string {
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  return String(v);
}

/** A determination as the pane shows it: the conclusion in one sentence, then conditions, parameters and readings. */
export function determinationView(d: Determination, lang: Lang): DeterminationView {
  const measure = pick(measureWords(d.measure), lang);
  const amount = `${formatYuan(d.amountFen)}${lang === 'zh' ? ' 元' : ' yuan'}`;
  const why = d.reasons.map((r) => pick(r.message, lang));
  const conclusion =
    lang === 'zh'
      ? d.eligible
        ? `符合${measure}条件，应发 ${amount}${why.length > 0 ? `（${why.join('；')}）` : ''}。`
        : `不符合${measure}条件${why.length > 0 ? `：${why.join('；')}` : ''}，应发 0.00 元。`
      : d.eligible
        ? `Eligible under ${measure}: ${amount} to pay${why.length > 0 ? ` (${why.join('; ')})` : ''}.`
        : `Not eligible under ${measure}${why.length > 0 ? `: ${why.join('; ')}` : ''}; nothing to pay.`;
  const conditions = d.trace.map((step) => ({
    holds: step.holds,
    text: pick(step.condition, lang),
    inputs: Object.entries(step.inputs).flatMap(([key, value]): Array<readonly [string, string]> => {
      const label = INPUT_LABELS[key];
      if (!label && lang === 'zh') return [];
      return [[label ? pick(label, lang) : key.replace(/_/g, ' '), shownValue(value, lang)]];
    }),
  }));
  const seen = new Set<string>();
  const parameters: string[] = [];
  for (const step of d.trace) {
    for (const p of step.parameters) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      parameters.push(`${pick(p.label, lang)} = ${formatParameterValue(p, lang)}`);
    }
  }
  return { conclusion, eligible: d.eligible, amount, conditions, parameters, readings: d.readings.map((r) => pick(r.text, lang)) };
}
