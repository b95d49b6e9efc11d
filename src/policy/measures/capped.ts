import type { Determination, DeterminationBuilder, Reason } from '../determination';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import type { ParameterUse } from '../parameters';
import { numberValue } from '../parameters';
import { text } from '../text';

/** min(uncapped, cap − already paid), never below 0: the value path of every capped rule. */
export function underCapFen(uncappedFen: Fen, capFen: Fen, alreadyPaidFen: Fen): Fen {
  return Math.max(0, Math.min(uncappedFen, capFen - alreadyPaidFen));
}

/**
 * The shape shared by every "so much per unit, at most so much in all, less what was already paid" rule
 * (measures 3, 7 employer total, 9, 10), explained: the amount is underCapFen().
 */
export function payUnderCap(b: DeterminationBuilder, uncappedFen: Fen, cap: ParameterUse | undefined, alreadyPaidFen: Fen, uncappedInputs: Record<string, string | number>): Determination {
  if (!cap) return b.finish(0);
  const capFen = numberValue(cap);
  const remaining = Math.max(0, capFen - alreadyPaidFen);
  const amount = underCapFen(uncappedFen, capFen, alreadyPaidFen);
  const reduced: Reason | undefined =
    amount < uncappedFen && amount > 0
      ? {
          code: 'CAPPED',
          message: text(
            `按上限 ${formatYuan(capFen)} 元（已发 ${formatYuan(alreadyPaidFen)} 元）减为 ${formatYuan(amount)} 元`,
            `reduced to ${formatYuan(amount)} by the cap of ${formatYuan(capFen)} (${formatYuan(alreadyPaidFen)} already paid)`,
          ),
        }
      : undefined;
  b.step(
    text('不超过上限减去已发放金额', 'at most the cap less what was already paid'),
    { ...uncappedInputs, uncapped: formatYuan(uncappedFen), already_paid: formatYuan(alreadyPaidFen), remaining_under_cap: formatYuan(remaining), amount: formatYuan(amount) },
    [cap],
    reduced,
  );
  if (uncappedFen <= 0) {
    return b.finish(0, { code: 'NOTHING_CLAIMED', message: text('申报数量为0，无补贴', 'nothing claimed: the count or amount is 0') });
  }
  return b.finish(amount, {
    code: 'CAP_REACHED',
    message: text(
      `已达上限 ${formatYuan(capFen)} 元（已发 ${formatYuan(alreadyPaidFen)} 元），不再发放`,
      `the cap of ${formatYuan(capFen)} is reached (${formatYuan(alreadyPaidFen)} already paid): nothing more is paid`,
    ),
  });
}
