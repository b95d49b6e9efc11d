import type { Determination } from '../determination';
import { DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import { measureParameter, numberValue } from '../parameters';
import { text } from '../text';
import { payUnderCap } from './capped';

/** Measure 3: a business entity is paid at most 800 yuan per person it drives, at most 100,000 yuan in all. */
export function productionSubsidy(input: { readonly personsDriven: number; readonly alreadyPaidFen: Fen }): Determination {
  const b = new DeterminationBuilder(3, 'PRODUCTION_SUBSIDY');
  const perPerson = measureParameter('production.subsidy_per_person');
  b.step(text('带动人数 × 每人标准', 'persons driven × amount per person'), { persons_driven: input.personsDriven }, [perPerson]);
  b.reading('period_start');
  return payUnderCap(b, input.personsDriven * numberValue(perPerson), measureParameter('production.entity_cap'), input.alreadyPaidFen, {
    persons_driven: input.personsDriven,
  });
}
