import type { SheetGrid } from './sheetGrid';
import type { ValidateAsyncOptions, ValidateOptions, ValidationReport } from './types';

const EMPTY: ValidationReport = { findings: [], sheets: [], summary: { files: 0, sheets: 0, rows: 0, errors: 0, warnings: 0, byCode: {} }, persons: [] };

export function validateRosters(rosters: ReadonlyArray<SheetGrid>, options: ValidateOptions): ValidationReport {
  void rosters;
  void options;
  return EMPTY;
}

export async function validateRostersAsync(rosters: ReadonlyArray<SheetGrid>, options: ValidateAsyncOptions): Promise<ValidationReport> {
  return validateRosters(rosters, options);
}
