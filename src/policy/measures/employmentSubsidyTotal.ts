import type { DaySerial } from '../dates';
import type { Determination } from '../determination';
import { DeterminationBuilder, HIRE_DATE } from '../determination';
import type { Fen } from '../money';
import { numberOn, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { text } from '../text';
import { payUnderCap, underCapFen } from './capped';

export interface EmploymentSubsidyTotalInput {
  readonly eligibleHires: number;
  readonly alreadyPaidFen: Fen;
  /**
   * The day the amount and the cap are looked up on. Both are hire-date parameters: the roster asks with each
   * hire's date; the cell function, which has no hire date, with the claim date.
   */
  readonly hireDate: DaySerial;
}

/** Measure 7, one employer, the value path: min(amount per person × hires, cap − already paid), never below 0. */
export function employmentSubsidyTotalFen(input: EmploymentSubsidyTotalInput): Fen {
  const perPerson = numberOn('employ.subsidy_per_person', input.hireDate);
  const cap = numberOn('employ.employer_cap', input.hireDate);
  if (Number.isNaN(perPerson) || Number.isNaN(cap)) return 0;
  return underCapFen(input.eligibleHires * perPerson, cap, input.alreadyPaidFen);
}

/** Measure 7, one employer, explained. */
export function employmentSubsidyTotal(input: EmploymentSubsidyTotalInput, readings: ReadingValues): Determination {
  const b = new DeterminationBuilder(7, 'EMPLOY_SUBSIDY_TOTAL', readings, input.hireDate);
  const perPerson = b.parameter('employ.subsidy_per_person', input.hireDate, HIRE_DATE);
  const cap = b.parameter('employ.employer_cap', input.hireDate, HIRE_DATE);
  b.reading('employ_employer_cap', 'once_scope', 'period_start');
  if (!perPerson || !cap) return b.finish(0);
  b.step(text('符合条件人数 × 每人标准', 'eligible hires × amount per person'), { eligible_hires: input.eligibleHires }, [perPerson]);
  return payUnderCap(b, input.eligibleHires * numberValue(perPerson), cap, input.alreadyPaidFen, { eligible_hires: input.eligibleHires });
}
