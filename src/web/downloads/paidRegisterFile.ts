// The paid register (已发放名册) as a file to download, with a settled roster's persons appended: the web page's
// 登记为已发放. Which persons go in, and each row's cells, are the pane's decision (planRegistration); this file only
// lays them into the register the clerk gave, or into a new one.
//
// The register keeps the full ID numbers, unmasked, unlike every report: it is the clerk's own record of who was
// paid, which the next check reads as history to find a second payment, exactly as the pane writes full IDs into the
// workbook's 已发放登记 sheet. It is built in the browser and saved by the clerk; nothing is uploaded.
import type { DaySerial, Lang } from '../../policy';
import type { RosterPerson, SheetGrid } from '../../roster';
import type { RegisterPlan } from '../../taskpane/register/registerPlan';
import { planRegistration } from '../../taskpane/register/registerPlan';

export interface PaidRegisterInput {
  /** The register as read (one sheet), or null for a new register. */
  readonly register: SheetGrid | null;
  /** The settled roster's persons (ValidationReport.persons). */
  readonly persons: ReadonlyArray<RosterPerson>;
  readonly payDate: DaySerial;
  readonly batch: string;
  readonly lang: Lang;
}

/** The register's bytes (.xlsx) with the planned rows appended, and the plan (who was appended, who was left out). */
export async function updatedPaidRegisterBytes(input: PaidRegisterInput): Promise<{ bytes: Uint8Array; plan: RegisterPlan }> {
  const plan = planRegistration(input.persons, input.register, input.payDate, input.batch);
  // ExcelJS is large: loaded when a register is first written.
  const { registerWorkbookBytes } = await import('./registerWorkbook');
  const bytes = await registerWorkbookBytes(input.register, plan.rows, input.lang);
  return { bytes, plan };
}
