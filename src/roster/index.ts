/** The roster (花名册) validation engine: plain TypeScript over SheetGrid, shared by jl-roster and the task pane. */
export * from './sheetGrid';
export * from './types';
export { FINDING_CODES, ALL_FINDING_CODES } from './findingCodes';
export { PAID_REGISTER } from './paidRegister';
export { rosterKey } from './rosterKey';
export { detectTable } from './detectTable';
export { detectKind } from './detectKind';
export { validateRosters, validateRostersAsync } from './validate';
export { toJsonReport } from './jsonReport';
export { reportTable, REPORT_SHEET_NAME } from './reportTable';
