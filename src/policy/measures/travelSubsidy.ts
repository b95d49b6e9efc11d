import type { Determination } from '../determination';
import { DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import { measureParameter, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { DEFAULT_READINGS } from '../readings';
import { text } from '../text';
import type { TransportClassId } from '../transportClass';
import { TRANSPORT_CLASSES } from '../transportClass';

export interface TravelSubsidyInput {
  readonly fareFen: Fen;
  readonly contractMonths: number;
  readonly crossProvince: boolean;
  readonly transportClass?: TransportClassId;
}

/**
 * Measure 6: a cross-province migrant worker with a contract of 6 months or more is paid the actual round-trip
 * fare, at most 1,600 yuan, when travelling in an allowed class.
 */
export function travelSubsidy(input: TravelSubsidyInput, readings: ReadingValues = DEFAULT_READINGS): Determination {
  const b = new DeterminationBuilder(6, 'TRAVEL_SUBSIDY', readings);
  const minMonths = measureParameter('travel.min_contract_months');
  const inclusive = readings.travelMinContractInclusive;
  b.reading('travel_min_contract_inclusive', 'contract_months_rule');
  b.require(
    text(`劳动合同${inclusive ? '不少于' : '多于'} ${minMonths.value} 个月`, `contract of ${inclusive ? 'at least' : 'more than'} ${minMonths.value} months`),
    inclusive ? input.contractMonths >= numberValue(minMonths) : input.contractMonths > numberValue(minMonths),
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
  const cap = measureParameter('travel.fare_cap');
  const amount = Math.min(input.fareFen, numberValue(cap));
  b.reading('travel_one_per_person', 'period_start');
  b.step(
    text('按实际票价，不超过上限', 'actual fare, at most the cap'),
    { fare: formatYuan(input.fareFen), amount: formatYuan(amount) },
    [cap],
    amount < input.fareFen ? { code: 'CAPPED', message: text(`票价超过 ${formatYuan(numberValue(cap))} 元，按上限补助`, `the fare is above ${formatYuan(numberValue(cap))}: the cap is paid`) } : undefined,
  );
  return b.finish(amount, { code: 'NOTHING_CLAIMED', message: text('票价为0', 'the fare is 0') });
}
