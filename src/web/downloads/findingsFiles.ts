// The findings list as files of their own, for the web page's downloads: a CSV and a one-sheet workbook with the
// columns of the 校验报告 sheet. Built in the browser from the report in memory; nothing leaves the machine.
import type { Lang } from '../../policy';
import type { ValidationReport } from '../../roster/types';
import { csvText, utf8WithBom } from './csvText';
import { findingsTable } from './findingsTable';

/** The findings as CSV: UTF-8 with BOM, CRLF, RFC 4180, formulas neutralised, every ID and account masked. */
export function findingsCsvBytes(report: ValidationReport, lang: Lang): Uint8Array {
  const table = findingsTable(report, lang);
  return utf8WithBom(csvText([table.header, ...table.rows]));
}

/** The findings as an .xlsx of one sheet (named as the report sheet), the header frozen and filtered. */
export async function findingsXlsxBytes(report: ValidationReport, lang: Lang): Promise<Uint8Array> {
  // ExcelJS is large and most visits download nothing: loaded on first use, as the pane does.
  const { tableWorkbookBytes } = await import('./tableWorkbook');
  return tableWorkbookBytes(lang === 'zh' ? '发现的问题' : 'Findings', findingsTable(report, lang));
}
