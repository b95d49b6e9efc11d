/** The roster (花名册) validation engine: plain TypeScript over SheetGrid, shared by jl-roster and the task pane. */
export * from './sheetGrid';
export * from './types';
export { FINDING_CODES, ALL_FINDING_CODES } from './findingCodes';
export { PAID_REGISTER } from './paidRegister';
export { rosterKey } from './rosterKey';
export { detectTable, isTableProblem, HEADER_SEARCH_ROWS } from './detectTable';
export { detectKind } from './detectKind';
export { fieldOfHeader, FIELD_NAMES } from './headers';
export { KIND_NAMES, KIND_MEASURE, SUBSIDY_NAMES, kindOfSubsidyText } from './kinds';
export { validateRosters, validateRostersAsync, DEFAULT_CHUNK_ROWS } from './validate';
export { toJsonReport } from './jsonReport';
export { reportTable, findingAddress, REPORT_SHEET_NAME } from './reportTable';
export { columnLetter } from './cells';
export { listKindOf } from './registry/listKind';
