import type { DaySerial } from '../dates';
import type { Determination, DeterminationBuilder, Reason } from '../determination';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import type { ParameterId, ParameterUse } from '../parameters';
import { numberOn, numberValue } from '../parameters';
import type { Text } from '../text';
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

/** A rule "so much per unit, at most so much in all": which parameters, looked up on which day, counting what. */
export interface PerUnitRule {
  readonly perUnit: ParameterId;
  readonly cap: ParameterId;
  readonly day: DaySerial;
  readonly dayName: Text;
  readonly units: number;
  /** The trace's name for the units (eligible_hires) and the step that multiplies them. */
  readonly unitsName: string;
  readonly step: Text;
  readonly alreadyPaidFen: Fen;
}

/** The value path of a per-unit rule under a cap (measures 3 and 7's employer total). */
export function perUnitUnderCapFen(rule: PerUnitRule): Fen {
  const perUnit = numberOn(rule.perUnit, rule.day);
  const cap = numberOn(rule.cap, rule.day);
  if (Number.isNaN(perUnit) || Number.isNaN(cap)) return 0;
  return underCapFen(rule.units * perUnit, cap, rule.alreadyPaidFen);
}

/** The explaining path of the same rule; the builder carries the measure, its readings and the claim date. */
export function perUnitUnderCap(b: DeterminationBuilder, rule: PerUnitRule): Determination {
  const perUnit = b.parameter(rule.perUnit, rule.day, rule.dayName);
  const cap = b.parameter(rule.cap, rule.day, rule.dayName);
  if (!perUnit || !cap) return b.finish(0);
  b.step(rule.step, { [rule.unitsName]: rule.units }, [perUnit]);
  return payUnderCap(b, rule.units * numberValue(perUnit), cap, rule.alreadyPaidFen, { [rule.unitsName]: rule.units });
}
