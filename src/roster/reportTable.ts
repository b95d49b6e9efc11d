import type { Lang } from '../policy';
import type { ReportTable, ValidationReport } from './types';

export const REPORT_SHEET_NAME = '校验报告';

export function reportTable(report: ValidationReport, lang: Lang): ReportTable {
  void report;
  void lang;
  return { sheetName: REPORT_SHEET_NAME, title: '', facts: [], summaryHeader: [], summaryRows: [], findingsHeader: [], linkColumn: 0, findingRows: [] };
}
