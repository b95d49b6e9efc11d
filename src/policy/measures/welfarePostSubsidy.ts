import type { Determination } from '../determination';
import { DeterminationBuilder } from '../determination';
import { formatYuan } from '../money';
import { measureParameter, numberValue } from '../parameters';
import { text } from '../text';

/**
 * Measure 9: 1,000 yuan a month on a temporary welfare post, for at most 3 months per person in all
 * (cumulative: months already paid count). Months are whole; callers reject fractions as input errors.
 */
export function welfarePostSubsidy(input: { readonly months: number; readonly monthsAlreadyPaid: number }): Determination {
  const b = new DeterminationBuilder(9, 'WELFARE_POST_SUBSIDY');
  const monthly = measureParameter('welfare.monthly_subsidy');
  const maxMonths = measureParameter('welfare.max_months');
  const remaining = Math.max(0, numberValue(maxMonths) - input.monthsAlreadyPaid);
  const paidMonths = Math.min(input.months, remaining);
  b.reading('welfare_cumulative_months', 'welfare_whole_months', 'period_start');
  b.step(
    text('补贴月数 = min(申报月数, 上限 − 已发月数)', 'months paid = min(months claimed, limit − months already paid)'),
    { months: input.months, months_already_paid: input.monthsAlreadyPaid, months_paid: paidMonths },
    [maxMonths],
    paidMonths < input.months && paidMonths > 0
      ? { code: 'MONTHS_CAPPED', message: text(`累计不超过 ${maxMonths.value} 个月：只补 ${paidMonths} 个月`, `at most ${maxMonths.value} months in all: only ${paidMonths} paid`) }
      : undefined,
  );
  const amount = paidMonths * numberValue(monthly);
  b.step(text('月数 × 月补贴', 'months × monthly subsidy'), { amount: formatYuan(amount) }, [monthly]);
  if (input.months <= 0) return b.finish(0, { code: 'NOTHING_CLAIMED', message: text('申报月数为0', 'no months claimed') });
  return b.finish(amount, {
    code: 'WELFARE_MONTHS_OVER_LIMIT',
    message: text(
      `已发 ${input.monthsAlreadyPaid} 个月，累计已达 ${maxMonths.value} 个月上限`,
      `${input.monthsAlreadyPaid} months already paid: the limit of ${maxMonths.value} months is reached`,
    ),
  });
}
