import type { Determination } from '../determination';
import { DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import { measureParameter, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { DEFAULT_READINGS } from '../readings';
import { text } from '../text';
import { payUnderCap } from './capped';

/** Measure 10: a one-time reward of at most 10% of the purchase of unsalable products, at most 50,000 yuan. */
export function unsalableReward(input: { readonly purchaseFen: Fen; readonly alreadyRewardedFen: Fen }, readings: ReadingValues = DEFAULT_READINGS): Determination {
  const b = new DeterminationBuilder(10, 'UNSALABLE_REWARD', readings);
  const rate = measureParameter('unsalable.reward_rate');
  const exact = input.purchaseFen * numberValue(rate);
  // Integer arithmetic: fen × percent / 100, so no float ever rounds 10% of an amount upward.
  const tenth = readings.unsalableRounding === 'down' ? Math.floor(exact / 100) : Math.floor((exact + 50) / 100);
  b.reading('unsalable_round_down', 'period_start');
  b.step(text('采购额 × 奖补比例', 'purchase × reward rate'), { purchase: formatYuan(input.purchaseFen), reward_before_cap: formatYuan(tenth) }, [rate]);
  return payUnderCap(b, tenth, measureParameter('unsalable.reward_cap'), input.alreadyRewardedFen, { purchase: formatYuan(input.purchaseFen) });
}
