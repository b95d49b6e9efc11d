import type { Lang } from '../../policy';
import { reportTable } from '../../roster';
import type { ValidationReport } from '../../roster/types';
import { reportText } from '../../xlsx/cellText';

/** One cell of the findings download: text (already masked and fitted to Excel's cell) or a number. */
export type FindingsCell = string | number;

export interface FindingsTable {
  readonly header: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<FindingsCell>>;
}

/**
 * The findings part of the 校验报告 sheet (same columns, same order, same words), every text through reportText:
 * an ID or account anywhere in a cell is masked as in every report the checker writes, and no cell is longer than
 * Excel takes.
 */
export function findingsTable(report: ValidationReport, lang: Lang): FindingsTable {
  const table = reportTable(report, lang);
  const cell = (v: FindingsCell): FindingsCell => (typeof v === 'number' ? v : reportText(v));
  return {
    header: table.findingsHeader.map((h) => reportText(h)),
    rows: table.findingRows.map((row) => row.cells.map(cell)),
  };
}
