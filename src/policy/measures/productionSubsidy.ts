import type { DaySerial } from '../dates';
import type { Determination } from '../determination';
import { CLAIM_DATE, DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import { numberOn, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { text } from '../text';
import { payUnderCap, underCapFen } from './capped';

export interface ProductionSubsidyInput {
  readonly personsDriven: number;
  readonly alreadyPaidFen: Fen;
  readonly claimDate: DaySerial;
}

/** Measure 3, the value path: the amount per person driven × persons, at most the cap per entity less what was paid. */
export function productionSubsidyFen(input: ProductionSubsidyInput): Fen {
  const perPerson = numberOn('production.subsidy_per_person', input.claimDate);
  const cap = numberOn('production.entity_cap', input.claimDate);
  if (Number.isNaN(perPerson) || Number.isNaN(cap)) return 0;
  return underCapFen(input.personsDriven * perPerson, cap, input.alreadyPaidFen);
}

/** Measure 3, explained. */
export function productionSubsidy(input: ProductionSubsidyInput, readings: ReadingValues): Determination {
  const b = new DeterminationBuilder(3, 'PRODUCTION_SUBSIDY', readings, input.claimDate);
  const perPerson = b.parameter('production.subsidy_per_person', input.claimDate, CLAIM_DATE);
  const cap = b.parameter('production.entity_cap', input.claimDate, CLAIM_DATE);
  b.reading('period_start');
  if (!perPerson || !cap) return b.finish(0);
  b.step(text('带动人数 × 每人标准', 'persons driven × amount per person'), { persons_driven: input.personsDriven }, [perPerson]);
  return payUnderCap(b, input.personsDriven * numberValue(perPerson), cap, input.alreadyPaidFen, { persons_driven: input.personsDriven });
}
