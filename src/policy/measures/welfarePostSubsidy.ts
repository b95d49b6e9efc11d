import type { DaySerial } from '../dates';
import type { Determination } from '../determination';
import { CLAIM_DATE, DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import { numberOn, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { text } from '../text';

export interface WelfarePostSubsidyInput {
  readonly months: number;
  readonly monthsAlreadyPaid: number;
  readonly claimDate: DaySerial;
}

function monthsPaid(months: number, monthsAlreadyPaid: number, maxMonths: number): number {
  return Math.min(months, Math.max(0, maxMonths - monthsAlreadyPaid));
}

/** Measure 9, the value path: the monthly subsidy for the months claimed, at most the limit in all (cumulative). */
export function welfarePostSubsidyFen(input: WelfarePostSubsidyInput): Fen {
  const monthly = numberOn('welfare.monthly_subsidy', input.claimDate);
  const maxMonths = numberOn('welfare.max_months', input.claimDate);
  if (Number.isNaN(monthly) || Number.isNaN(maxMonths) || input.months <= 0) return 0;
  return monthsPaid(input.months, input.monthsAlreadyPaid, maxMonths) * monthly;
}

/**
 * Measure 9, explained: months already paid count against the limit. Months are whole; callers reject fractions
 * as input errors.
 */
export function welfarePostSubsidy(input: WelfarePostSubsidyInput, readings: ReadingValues): Determination {
  const b = new DeterminationBuilder(9, 'WELFARE_POST_SUBSIDY', readings, input.claimDate);
  const monthly = b.parameter('welfare.monthly_subsidy', input.claimDate, CLAIM_DATE);
  const maxMonths = b.parameter('welfare.max_months', input.claimDate, CLAIM_DATE);
  b.reading('welfare_cumulative_months', 'welfare_whole_months', 'period_start');
  if (!monthly || !maxMonths) return b.finish(0);
  const paidMonths = monthsPaid(input.months, input.monthsAlreadyPaid, numberValue(maxMonths));
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
