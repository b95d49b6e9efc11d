import type { ReportCell, ReportTable } from '../../roster/types';
import { areaAddress, cellAddress } from './a1';
import type { ProgressOptions } from './adapter';
import { jsonBytes } from './jsonBytes';
import { BLOCK_BYTES_BUDGET } from './limits';
import { MARK_FILL, addressLists } from './markPlan';
import type { ReportLayout, ReportLink } from './reportLayout';
import { reportLayout, textFormats } from './reportLayout';
import type { ExcelRun } from './run';
import { throwIfAborted } from './run';

const HEADER_FILL = '#D9E1F2';
const LINK_COLOR = '#0563C1';
/** Bytes one hyperlink statement adds to a request besides its text (object path, property name). */
const LINK_OVERHEAD_BYTES = 200;

interface Block {
  readonly start: number;
  readonly rows: ReportCell[][];
  readonly links: ReportLink[];
}

/** Cuts the layout into blocks whose values, formats and links stay under the request budget. */
export function reportBlocks(layout: ReportLayout, budget: number = BLOCK_BYTES_BUDGET): Block[] {
  const linksByRow = new Map<number, ReportLink[]>();
  for (const link of layout.links) linksByRow.set(link.row, [...(linksByRow.get(link.row) ?? []), link]);
  const blocks: Block[] = [];
  let current: { start: number; rows: ReportCell[][]; links: ReportLink[]; bytes: number } | undefined;
  layout.rows.forEach((row, r) => {
    const links = linksByRow.get(r) ?? [];
    // The row travels twice (values and number formats), its links once each.
    const bytes = 2 * jsonBytes(row) + links.reduce((sum, l) => sum + jsonBytes(l) + LINK_OVERHEAD_BYTES, 0);
    if (current && current.bytes + bytes > budget) {
      blocks.push(current);
      current = undefined;
    }
    if (!current) current = { start: r, rows: [], links: [], bytes: 0 };
    current.rows.push(row);
    current.links.push(...links);
    current.bytes += bytes;
  });
  if (current) blocks.push(current);
  return blocks;
}

function rowAddresses(rows: ReadonlyArray<number>, col: number): string[] {
  return rows.map((r) => cellAddress(r, col));
}

/** Formats, chart and page setup: a handful of statements, whatever the number of findings. */
function formatReport(sheet: Excel.Worksheet, layout: ReportLayout, title: string): void {
  const title1 = sheet.getRange(cellAddress(layout.titleRow, 0));
  title1.format.font.bold = true;
  title1.format.font.size = 14;
  for (const r of layout.headerRows) {
    const header = sheet.getRange(areaAddress(r, 0, 1, layout.columns));
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
  }
  for (const severity of ['error', 'warning'] as const) {
    for (const list of addressLists(rowAddresses(layout.severityRows[severity], 0))) sheet.getRanges(list).format.fill.color = MARK_FILL[severity];
  }
  if (layout.links.length > 0) {
    for (const list of addressLists(layout.links.map((l) => cellAddress(l.row, l.col)))) {
      const font = sheet.getRanges(list).format.font;
      font.color = LINK_COLOR;
      font.underline = 'Single';
    }
  }
  // Widths from the findings and the summary: the title and the facts' line spill over the empty cells beside them,
  // and a fact's long value (the registers used, the readings) would otherwise widen a narrow findings column.
  const { findings } = layout;
  sheet.getRange(areaAddress(findings.headerRow, 0, layout.summary.firstRow + layout.summary.count - findings.headerRow, layout.columns)).format.autofitColumns();

  const { summary } = layout;
  if (summary.count > 0) {
    // The chart's own two columns (code and count) beside the tables: the summary also holds the measure, a number
    // Excel would draw as a second series.
    const dataCol = layout.columns + 1;
    const data = sheet.getRange(areaAddress(summary.headerRow, dataCol, summary.count + 1, 2));
    const rows = layout.rows.slice(summary.headerRow, summary.headerRow + summary.count + 1);
    data.values = rows.map((r) => [r[summary.labelColumn], r[summary.valueColumn]]);
    data.format.autofitColumns();
    // The helper columns are the chart's, not the clerk's: hidden, and the chart told to draw hidden data.
    data.columnHidden = true;
    const chart = sheet.charts.add('ColumnClustered', data, 'Columns');
    chart.plotVisibleOnly = false;
    chart.title.text = title;
    chart.legend.visible = false;
    chart.setPosition(cellAddress(summary.headerRow, dataCol + 3), cellAddress(summary.headerRow + 15, dataCol + 10));
  }

  // A filter on the findings' header: the clerk narrows them by 代码, 姓名 or 工作表 as in any Excel table.
  if (findings.count > 0) sheet.autoFilter.apply(sheet.getRange(areaAddress(findings.headerRow, 0, findings.count + 1, layout.columns)));
  // Title, facts' line and the findings' header stay in view while the clerk scrolls through the findings.
  sheet.freezePanes.freezeRows(layout.frozenRows);

  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  // The findings table is wide (code, sheet, row, cell, value, message): landscape unless it is narrow.
  page.orientation = layout.columns > 5 ? 'Landscape' : 'Portrait';
  page.zoom = { horizontalFitToPages: 1 };
  page.setPrintTitleRows(`$${findings.headerRow + 1}:$${findings.headerRow + 1}`);
  sheet.activate();
}

/**
 * Keeps only the links whose sheet is in this workbook (not the report itself): a finding from a history file picked
 * from disk names a sheet of that file, and a link to it would open nothing, or another sheet of the same name.
 */
function linksInto(layout: ReportLayout, sheetNames: ReadonlySet<string>, reportSheet: string): ReportLayout {
  const report = reportSheet.toLocaleUpperCase();
  const links = layout.links.filter((l) => {
    const name = l.sheet.toLocaleUpperCase();
    return name !== report && sheetNames.has(name);
  });
  return links.length === layout.links.length ? layout : { ...layout, links };
}

/**
 * Writes (or replaces) the report sheet: values in row blocks, one 2-D write per block with the number formats that
 * keep text as text and the hyperlinks of its findings, then the formats, the chart and the page setup.
 */
export async function writeReport(run: ExcelRun, table: ReportTable, chartTitle: string, options: ProgressOptions = {}): Promise<void> {
  const full = reportLayout(table);
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const old = sheets.getItemOrNullObject(table.sheetName);
    sheets.load('items/name');
    await context.sync();
    const layout = linksInto(full, new Set(sheets.items.map((s) => s.name.toLocaleUpperCase())), table.sheetName);
    if (!old.isNullObject) old.delete();
    const sheet = sheets.add(table.sheetName);
    let done = 0;
    options.onProgress?.(0, layout.rows.length);
    for (const block of reportBlocks(layout)) {
      throwIfAborted(options.signal);
      const range = sheet.getRange(areaAddress(block.start, 0, block.rows.length, layout.columns));
      range.numberFormat = textFormats(block.rows);
      range.values = block.rows;
      for (const link of block.links) {
        sheet.getRange(cellAddress(link.row, link.col)).hyperlink = { documentReference: link.target, textToDisplay: link.text };
      }
      await context.sync();
      done += block.rows.length;
      options.onProgress?.(done, layout.rows.length);
    }
    formatReport(sheet, layout, chartTitle);
    await context.sync();
  });
}
