import type { Lang } from '../policy';
import { reportTable } from '../roster/reportTable';
import { reportWorkbookBytes } from '../xlsx/reportWorkbook';
import type { CheckedInputs } from './checkInputs';

/**
 * The workbook `jl-roster --out` writes and the web page offers for download: the report sheet, then a copy of each
 * roster checked with the flagged cells filled and noted, everything masked.
 */
export function annotatedWorkbookBytes(checked: CheckedInputs, lang: Lang): Promise<Uint8Array> {
  const { report, rosters } = checked;
  return reportWorkbookBytes({ rosters, findings: report.findings, table: reportTable(report, lang), sheets: report.sheets, lang });
}
