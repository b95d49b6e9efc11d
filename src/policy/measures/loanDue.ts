import type { DaySerial } from '../dates';
import { addMonths, formatDate } from '../dates';
import type { Determination } from '../determination';
import { DeterminationBuilder } from '../determination';
import { measureParameter, numberValue } from '../parameters';
import { text } from '../text';

export type LoanDueDetermination = Determination & { readonly newDueDate?: DaySerial };

/**
 * Measure 4: repayment of a micro-credit loan may be extended by at most 6 months. The new due date is the due
 * date moved by whole months, month-end clamped as Excel's EDATE. An extension past the limit is not allowed.
 */
export function loanDue(input: { readonly dueDate: DaySerial; readonly extensionMonths: number }): LoanDueDetermination {
  const b = new DeterminationBuilder(4, 'LOAN_DUE');
  const max = measureParameter('loan.max_extension_months');
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
  b.reading('period_start');
  if (!b.eligibleSoFar) return b.finish(0);
  const newDueDate = addMonths(input.dueDate, input.extensionMonths);
  b.step(text('原到期日顺延整月（月末对齐）', 'due date moved by whole months (month-end clamped)'), {
    due_date: formatDate(input.dueDate),
    new_due_date: formatDate(newDueDate),
  }, []);
  return { ...b.finish(0), eligible: true, newDueDate };
}
