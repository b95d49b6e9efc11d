import type { Lang } from '../../policy';
import { reportTable } from '../../roster';
import type { SheetGrid } from '../../roster/sheetGrid';
import type { ValidationReport } from '../../roster/types';
import type { RunFacts } from './runFacts';
import { withRunFacts } from './runFacts';

/** 校验报告-花名册-20220630-1405.xlsx: what was checked and when, so two exports never share a name. */
export function exportFileName(workbook: string, at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  const base = workbook.replace(/\.[^.]+$/, '') || 'workbook';
  return `校验报告-${base}-${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}.xlsx`;
}

/**
 * The findings as a workbook of their own, the one `jl-roster --out` writes: the 校验报告 sheet, then a copy of each
 * checked sheet with its flagged cells marked and every ID number and account masked. ExcelJS is loaded on first
 * use: it is large, and most runs export nothing.
 */
export async function findingsWorkbook(report: ValidationReport, rosters: ReadonlyArray<SheetGrid>, facts: RunFacts, lang: Lang): Promise<Uint8Array> {
  const { buildReportWorkbook } = await import('../../xlsx/reportWorkbook');
  const table = withRunFacts(reportTable(report, lang), facts, lang);
  const buffer = await buildReportWorkbook({ rosters, findings: report.findings, table, sheets: report.sheets, lang }).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
