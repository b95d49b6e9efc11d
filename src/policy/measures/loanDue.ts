import type { DaySerial } from '../dates';
import { addMonths, formatDate } from '../dates';
import type { Determination } from '../determination';
import { CLAIM_DATE, DeterminationBuilder } from '../determination';
import { numberOn, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { text } from '../text';

export type LoanDueDetermination = Determination & { readonly newDueDate?: DaySerial };

export interface LoanDueInput {
  readonly dueDate: DaySerial;
  readonly extensionMonths: number;
  readonly claimDate: DaySerial;
}

/** Measure 4, the value path: the new due date, or undefined when the extension is longer than allowed. */
export function loanDueDate(input: LoanDueInput): DaySerial | undefined {
  const max = numberOn('loan.max_extension_months', input.claimDate);
  return input.extensionMonths <= max ? addMonths(input.dueDate, input.extensionMonths) : undefined;
}

/**
 * Measure 4, explained: repayment of a micro-credit loan may be extended by at most the limit. The new due date is
 * the due date moved by whole months, month-end clamped as Excel's EDATE.
 */
export function loanDue(input: LoanDueInput, readings: ReadingValues): LoanDueDetermination {
  const b = new DeterminationBuilder(4, 'LOAN_DUE', readings, input.claimDate);
  const max = b.parameter('loan.max_extension_months', input.claimDate, CLAIM_DATE);
  b.reading('period_start');
  if (!max) return b.finish(0);
  b.require(
    text(`延期不超过 ${max.value} 个月`, `extension of at most ${max.value} months`),
    input.extensionMonths <= numberValue(max),
    { extension_months: input.extensionMonths },
    [max],
    {
      code: 'EXTENSION_TOO_LONG',
      message: text(`延期 ${input.extensionMonths} 个月，超过 ${max.value} 个月`, `an extension of ${input.extensionMonths} months is more than ${max.value}`),
    },
  );
  const newDueDate = loanDueDate(input);
  if (!b.eligibleSoFar || newDueDate === undefined) return b.finish(0);
  b.step(text('原到期日顺延整月（月末对齐）', 'due date moved by whole months (month-end clamped)'), {
    due_date: formatDate(input.dueDate),
    new_due_date: formatDate(newDueDate),
  }, []);
  return { ...b.finish(0), eligible: true, newDueDate };
}
