import type { DaySerial } from '../dates';
import type { Determination } from '../determination';
import { CLAIM_DATE, DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import { numberOn, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { text } from '../text';
import type { TransportClassId } from '../transportClass';
import { TRANSPORT_CLASSES } from '../transportClass';

export interface TravelSubsidyInput {
  readonly fareFen: Fen;
  readonly contractMonths: number;
  readonly crossProvince: boolean;
  readonly transportClass?: TransportClassId;
  readonly claimDate: DaySerial;
}

/** Whether the contract is long enough, as the reading of 「以上」 says. NaN months or no value in force: false. */
function contractLongEnough(contractMonths: number, minMonths: number, readings: ReadingValues): boolean {
  return readings.travel_min_contract_inclusive === 'inclusive' ? contractMonths >= minMonths : contractMonths > minMonths;
}

/** Measure 6, the value path. */
export function travelSubsidyFen(input: TravelSubsidyInput, readings: ReadingValues): Fen {
  if (!contractLongEnough(input.contractMonths, numberOn('travel.min_contract_months', input.claimDate), readings)) return 0;
  if (!input.crossProvince) return 0;
  if (input.transportClass !== undefined && !TRANSPORT_CLASSES[input.transportClass].allowed) return 0;
  const cap = numberOn('travel.fare_cap', input.claimDate);
  return Number.isNaN(cap) ? 0 : Math.max(0, Math.min(input.fareFen, cap));
}

/**
 * Measure 6, explained: a cross-province migrant worker with a long enough contract is paid the actual round-trip
 * fare, at most the cap, when travelling in an allowed class.
 */
export function travelSubsidy(input: TravelSubsidyInput, readings: ReadingValues): Determination {
  const b = new DeterminationBuilder(6, 'TRAVEL_SUBSIDY', readings, input.claimDate);
  const minMonths = b.parameter('travel.min_contract_months', input.claimDate, CLAIM_DATE);
  const cap = b.parameter('travel.fare_cap', input.claimDate, CLAIM_DATE);
  if (!minMonths || !cap) return b.finish(0);
  const inclusive = readings.travel_min_contract_inclusive === 'inclusive';
  b.reading('travel_min_contract_inclusive', 'contract_months_rule');
  b.require(
    text(`劳动合同${inclusive ? '不少于' : '多于'} ${minMonths.value} 个月`, `contract of ${inclusive ? 'at least' : 'more than'} ${minMonths.value} months`),
    contractLongEnough(input.contractMonths, numberValue(minMonths), readings),
    { contract_months: input.contractMonths },
    [minMonths],
    {
      code: 'CONTRACT_TOO_SHORT',
      message: text(`合同 ${input.contractMonths} 个月，不足 ${minMonths.value} 个月`, `a contract of ${input.contractMonths} months is shorter than ${minMonths.value}`),
    },
  );
  b.require(text('跨省务工', 'the job is in another province'), input.crossProvince, { cross_province: input.crossProvince }, [], {
    code: 'NOT_CROSS_PROVINCE',
    message: text('不是跨省务工', 'the job is not in another province'),
  });
  if (input.transportClass !== undefined) {
    const info = TRANSPORT_CLASSES[input.transportClass];
    b.reading('travel_higher_class');
    b.require(text('乘坐允许的交通方式和席别', 'an allowed class of transport'), info.allowed, { transport_class: info.name.zh }, [], {
      code: 'TRANSPORT_CLASS_NOT_ALLOWED',
      message: text(`${info.name.zh}不在允许的席别内，请按允许席别票价申报`, `${info.name.en} is not an allowed class: claim the allowed-class fare`),
    });
  }
  const capFen = numberValue(cap);
  const amount = Math.min(input.fareFen, capFen);
  b.reading('once_scope', 'period_start');
  b.step(
    text('按实际票价，不超过上限', 'actual fare, at most the cap'),
    { fare: formatYuan(input.fareFen), amount: formatYuan(amount) },
    [cap],
    amount < input.fareFen ? { code: 'CAPPED', message: text(`票价超过 ${formatYuan(capFen)} 元，按上限补助`, `the fare is above ${formatYuan(capFen)}: the cap is paid`) } : undefined,
  );
  return b.finish(amount, { code: 'NOTHING_CLAIMED', message: text('票价为0', 'the fare is 0') });
}
