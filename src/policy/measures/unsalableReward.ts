import type { DaySerial } from '../dates';
import type { Determination } from '../determination';
import { CLAIM_DATE, DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import { numberOn, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { text } from '../text';
import { payUnderCap, underCapFen } from './capped';

export interface UnsalableRewardInput {
  readonly purchaseFen: Fen;
  readonly alreadyRewardedFen: Fen;
  readonly claimDate: DaySerial;
}

/** The purchase times the rate, in fen, rounded as the reading says. Integer arithmetic: fen × percent / 100. */
function rewardBeforeCap(purchaseFen: Fen, ratePercent: number, readings: ReadingValues): Fen {
  const exact = purchaseFen * ratePercent;
  return readings.unsalable_round_down === 'down' ? Math.floor(exact / 100) : Math.floor((exact + 50) / 100);
}

/** Measure 10, the value path. */
export function unsalableRewardFen(input: UnsalableRewardInput, readings: ReadingValues): Fen {
  const rate = numberOn('unsalable.reward_rate', input.claimDate);
  const cap = numberOn('unsalable.reward_cap', input.claimDate);
  if (Number.isNaN(rate) || Number.isNaN(cap)) return 0;
  return underCapFen(rewardBeforeCap(input.purchaseFen, rate, readings), cap, input.alreadyRewardedFen);
}

/** Measure 10, explained: a one-time reward of at most the rate of the purchase, at most the cap in all. */
export function unsalableReward(input: UnsalableRewardInput, readings: ReadingValues): Determination {
  const b = new DeterminationBuilder(10, 'UNSALABLE_REWARD', readings, input.claimDate);
  const rate = b.parameter('unsalable.reward_rate', input.claimDate, CLAIM_DATE);
  const cap = b.parameter('unsalable.reward_cap', input.claimDate, CLAIM_DATE);
  b.reading('unsalable_round_down', 'period_start');
  if (!rate || !cap) return b.finish(0);
  const reward = rewardBeforeCap(input.purchaseFen, numberValue(rate), readings);
  b.step(text('采购额 × 奖补比例', 'purchase × reward rate'), { purchase: formatYuan(input.purchaseFen), reward_before_cap: formatYuan(reward) }, [rate]);
  return payUnderCap(b, reward, cap, input.alreadyRewardedFen, { purchase: formatYuan(input.purchaseFen) });
}
