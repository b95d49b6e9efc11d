import type { DaySerial } from '../dates';
import type { Determination } from '../determination';
import { CLAIM_DATE, DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import type { ReadingValues } from '../readings';
import { text } from '../text';
import type { PerUnitRule } from './capped';
import { perUnitUnderCap, perUnitUnderCapFen } from './capped';

export interface ProductionSubsidyInput {
  readonly personsDriven: number;
  readonly alreadyPaidFen: Fen;
  readonly claimDate: DaySerial;
}

function rule(input: ProductionSubsidyInput): PerUnitRule {
  return {
    perUnit: 'production.subsidy_per_person',
    cap: 'production.entity_cap',
    day: input.claimDate,
    dayName: CLAIM_DATE,
    units: input.personsDriven,
    unitsName: 'persons_driven',
    step: text('带动人数 × 每人标准', 'persons driven × amount per person'),
    alreadyPaidFen: input.alreadyPaidFen,
  };
}

/** Measure 3, the value path: the amount per person driven × persons, at most the cap per entity less what was paid. */
export function productionSubsidyFen(input: ProductionSubsidyInput): Fen {
  return perUnitUnderCapFen(rule(input));
}

/** Measure 3, explained. */
export function productionSubsidy(input: ProductionSubsidyInput, readings: ReadingValues): Determination {
  const b = new DeterminationBuilder(3, 'PRODUCTION_SUBSIDY', readings, input.claimDate);
  b.reading('period_start');
  return perUnitUnderCap(b, rule(input));
}
