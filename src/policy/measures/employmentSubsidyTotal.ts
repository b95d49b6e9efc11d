import type { DaySerial } from '../dates';
import type { Determination } from '../determination';
import { DeterminationBuilder, HIRE_DATE } from '../determination';
import type { Fen } from '../money';
import type { ReadingValues } from '../readings';
import { text } from '../text';
import type { PerUnitRule } from './capped';
import { perUnitUnderCap, perUnitUnderCapFen } from './capped';

export interface EmploymentSubsidyTotalInput {
  readonly eligibleHires: number;
  readonly alreadyPaidFen: Fen;
  /**
   * The day the amount and the cap are looked up on. Both are hire-date parameters: the roster asks with each
   * hire's date; the cell function, which has no hire date, with the claim date.
   */
  readonly hireDate: DaySerial;
}

function rule(input: EmploymentSubsidyTotalInput): PerUnitRule {
  return {
    perUnit: 'employ.subsidy_per_person',
    cap: 'employ.employer_cap',
    day: input.hireDate,
    dayName: HIRE_DATE,
    units: input.eligibleHires,
    unitsName: 'eligible_hires',
    step: text('符合条件人数 × 每人标准', 'eligible hires × amount per person'),
    alreadyPaidFen: input.alreadyPaidFen,
  };
}

/** Measure 7, one employer, the value path: min(amount per person × hires, cap − already paid), never below 0. */
export function employmentSubsidyTotalFen(input: EmploymentSubsidyTotalInput): Fen {
  return perUnitUnderCapFen(rule(input));
}

/** Measure 7, one employer, explained. */
export function employmentSubsidyTotal(input: EmploymentSubsidyTotalInput, readings: ReadingValues): Determination {
  const b = new DeterminationBuilder(7, 'EMPLOY_SUBSIDY_TOTAL', readings, input.hireDate);
  b.reading('employ_employer_cap', 'once_scope', 'period_start');
  return perUnitUnderCap(b, rule(input));
}
