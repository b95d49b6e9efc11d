import type { Determination } from '../determination';
import { DeterminationBuilder } from '../determination';
import type { Fen } from '../money';
import { measureParameter, numberValue } from '../parameters';
import { text } from '../text';
import { payUnderCap } from './capped';

/** Measure 7, one employer: min(1,600 × eligible hires, 50,000 − already paid), never below 0. */
export function employmentSubsidyTotal(input: { readonly eligibleHires: number; readonly alreadyPaidFen: Fen }): Determination {
  const b = new DeterminationBuilder(7, 'EMPLOY_SUBSIDY_TOTAL');
  const perPerson = measureParameter('employ.subsidy_per_person');
  b.step(text('符合条件人数 × 每人标准', 'eligible hires × amount per person'), { eligible_hires: input.eligibleHires }, [perPerson]);
  b.reading('employ_employer_cap', 'employ_once_per_person', 'period_start');
  return payUnderCap(b, input.eligibleHires * numberValue(perPerson), measureParameter('employ.employer_cap'), input.alreadyPaidFen, {
    eligible_hires: input.eligibleHires,
  });
}
