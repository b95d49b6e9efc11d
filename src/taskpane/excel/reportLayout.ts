import type { ReportCell, ReportTable, Severity } from '../../roster/types';
import { factsHeadline } from '../../roster/factsHeadline';
import { reportText } from '../../xlsx/cellText';
import { sheetAddress } from './a1';

export interface ReportLink {
  readonly row: number;
  readonly col: number;
  /** The sheet linked to, as named in the finding. */
  readonly sheet: string;
  /** In-workbook target: "'花名册'!B5". */
  readonly target: string;
  readonly text: string;
}

/** Where everything of the 校验报告 sheet goes: one rectangle of values, and what to format in it. */
export interface ReportLayout {
  /** Row-major, every row as wide as `columns`. */
  readonly rows: ReportCell[][];
  readonly columns: number;
  readonly titleRow: number;
  /** The run's facts in one line under the title, so that they stay in view above the frozen findings header. */
  readonly headlineRow: number;
  /** Rows kept in view while the clerk scrolls the findings: title, headline and the findings' header. */
  readonly frozenRows: number;
  readonly headerRows: ReadonlyArray<number>;
  readonly findings: { readonly headerRow: number; readonly firstRow: number; readonly count: number };
  readonly summary: { readonly headerRow: number; readonly firstRow: number; readonly count: number; readonly labelColumn: number; readonly valueColumn: number };
  /** Each fact as label and value (numbers stay numbers), below the summary. */
  readonly facts: { readonly firstRow: number; readonly count: number };
  readonly links: ReadonlyArray<ReportLink>;
  readonly severityRows: Readonly<Record<Severity, ReadonlyArray<number>>>;
}

/** Every text of the report sheet masked and within Excel's 32,767 characters, as the command line writes it. */
function padded(cells: ReadonlyArray<ReportCell>, width: number): ReportCell[] {
  const row = cells.slice(0, width).map((c) => (typeof c === 'string' ? reportText(c) : c));
  while (row.length < width) row.push('');
  return row;
}

/** The summary's count: its last column holding numbers (the engine's table puts the count last). */
function countColumn(table: ReportTable): number {
  for (let c = table.summaryHeader.length - 1; c >= 0; c--) {
    if (table.summaryRows.length > 0 && table.summaryRows.every((r) => typeof r.cells[c] === 'number')) return c;
  }
  return Math.max(0, table.summaryHeader.length - 1);
}

/**
 * Lays the report out so that the findings' header can be frozen near the top: the title, the facts in one line,
 * then the findings; below them the summary by code (the chart beside it) and each fact with its value. Each finding
 * row with a link gets one, on its link column, to the cell it is about.
 */
export function reportLayout(table: ReportTable): ReportLayout {
  const columns = Math.max(2, table.summaryHeader.length, table.findingsHeader.length);
  const rows: ReportCell[][] = [];
  const severityRows: Record<Severity, number[]> = { error: [], warning: [] };
  const links: ReportLink[] = [];
  rows.push(padded([table.title], columns));
  const headlineRow = rows.length;
  rows.push(padded([factsHeadline(table)], columns));
  const findingsHeaderRow = rows.length;
  rows.push(padded(table.findingsHeader, columns));
  for (const row of table.findingRows) {
    const at = rows.length;
    if (row.severity) severityRows[row.severity].push(at);
    if (row.link) {
      const shown = row.cells[table.linkColumn];
      links.push({
        row: at,
        col: table.linkColumn,
        sheet: row.link.sheet,
        target: sheetAddress(row.link.sheet, row.link.address),
        text: reportText(shown === undefined || shown === '' ? `${row.link.sheet}!${row.link.address}` : String(shown)),
      });
    }
    rows.push(padded(row.cells, columns));
  }
  rows.push(padded([], columns));
  const summaryHeaderRow = rows.length;
  rows.push(padded(table.summaryHeader, columns));
  for (const row of table.summaryRows) {
    if (row.severity) severityRows[row.severity].push(rows.length);
    rows.push(padded(row.cells, columns));
  }
  rows.push(padded([], columns));
  const factsRow = rows.length;
  for (const [label, value] of table.facts) rows.push(padded([label, value], columns));
  return {
    rows,
    columns,
    titleRow: 0,
    headlineRow,
    frozenRows: findingsHeaderRow + 1,
    headerRows: [findingsHeaderRow, summaryHeaderRow],
    findings: { headerRow: findingsHeaderRow, firstRow: findingsHeaderRow + 1, count: table.findingRows.length },
    summary: { headerRow: summaryHeaderRow, firstRow: summaryHeaderRow + 1, count: table.summaryRows.length, labelColumn: 0, valueColumn: countColumn(table) },
    facts: { firstRow: factsRow, count: table.facts.length },
    links,
    severityRows,
  };
}

/** Number formats for a block: text ('@') where the cell is text, so "2022-13-01" or "0012" stay as written. */
export function textFormats(rows: ReadonlyArray<ReadonlyArray<ReportCell>>): string[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? '@' : 'General')));
}
