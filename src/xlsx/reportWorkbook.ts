import ExcelJS from 'exceljs';
import type { Lang } from '../policy';
import { maskPersonal, parseCreditCode, parseResidentId, pick } from '../policy';
import type { Finding, ReportTable, ReportTableRow, SheetGrid, SheetReport, Severity } from '../roster';
import { columnLetter, factsHeadline, findingAddress, rosterKey } from '../roster';
import { reportText } from './cellText';
import { columnWidthOf } from './columnWidth';
import { REPORT_MARKER } from './reportMarker';
import { quotedSheetName, uniqueSheetNames } from './sheetNames';

const FILLS: Readonly<Record<Severity, string>> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
const SEVERITY_WORD: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  zh: { error: '错误', warning: '警告' },
  en: { error: 'error', warning: 'warning' },
};

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function noteLine(f: Finding, lang: Lang): string {
  return `[${SEVERITY_WORD[lang][f.severity]}] ${f.code}${lang === 'zh' ? '：' : ': '}${pick(f.message, lang)}`;
}

/** Which cells of a copied sheet hold ID numbers or bank accounts: the columns the engine recognised, below the header. */
export interface PersonalColumns {
  /** Excel row numbers of the table's data rows (after the header; the sign-off lines below are not data). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly idColumns: ReadonlySet<string>;
  readonly accountColumns: ReadonlySet<string>;
  /** Employers' credit codes: 18 characters, sometimes all digits, but an entity's, not a person's. */
  readonly creditCodeColumns: ReadonlySet<string>;
}

function personalColumnsOf(sheet: SheetReport | undefined): PersonalColumns | undefined {
  if (!sheet || sheet.firstDataRow === null || sheet.lastDataRow === null) return undefined;
  const only = (letter: string | undefined) => new Set(letter ? [letter] : []);
  return {
    firstRow: sheet.firstDataRow,
    lastRow: sheet.lastDataRow,
    idColumns: only(sheet.columns.id),
    accountColumns: only(sheet.columns.bankAccount),
    creditCodeColumns: only(sheet.columns.employerCode),
  };
}

/** A credit-code cell that may stay as written: a valid credit code that is not also a valid resident ID. */
function isEntityCode(v: string | number | boolean): boolean {
  return typeof v === 'string' && parseCreditCode(v).ok && !parseResidentId(v).ok;
}

/**
 * Nothing the command writes shows an ID number or account in full: cells of the ID and account columns are masked,
 * a credit-code cell unless it is an entity's code, and any long run of digits elsewhere (an ID typed under another
 * heading, in 备注, or stored as a number).
 */
function maskedValue(v: string | number | boolean, excelRow: number, letter: string, personal: PersonalColumns | undefined): string | number | boolean {
  if (typeof v === 'boolean') return v;
  const inTable = personal !== undefined && excelRow >= personal.firstRow && excelRow <= personal.lastRow;
  const shown = String(v);
  if (inTable && personal.idColumns.has(letter)) return reportText(maskPersonal(shown, 'id'));
  if (inTable && personal.accountColumns.has(letter)) return reportText(maskPersonal(shown, 'account'));
  if (inTable && personal.creditCodeColumns.has(letter)) return isEntityCode(v) ? v : reportText(maskPersonal(shown, 'id'));
  if (typeof v === 'number') {
    const masked = maskPersonal(shown);
    return masked === shown ? v : masked;
  }
  return reportText(v);
}

function cellValueOf(grid: SheetGrid, r: number, c: number, personal: PersonalColumns | undefined): ExcelJS.CellValue {
  const v = grid.values[r][c];
  if (v === null || v === '') return null;
  if (grid.kinds?.[r]?.[c] === 'Error' && typeof v === 'string') return { error: v as ExcelJS.CellErrorValue['error'] };
  return maskedValue(v, (grid.rowOffset ?? 0) + r + 1, columnLetter((grid.columnOffset ?? 0) + c), personal);
}

/** The sheet as read: values and number formats at their own addresses, flagged cells filled with a note each. */
function copySheet(sheet: ExcelJS.Worksheet, grid: SheetGrid, findings: ReadonlyArray<Finding>, lang: Lang, personal: PersonalColumns | undefined): void {
  const top = grid.rowOffset ?? 0;
  const left = grid.columnOffset ?? 0;
  const widths: number[] = [];
  grid.values.forEach((row, r) => {
    row.forEach((_, c) => {
      const value = cellValueOf(grid, r, c, personal);
      if (value === null) return;
      const cell = sheet.getCell(top + r + 1, left + c + 1);
      cell.value = value;
      const format = grid.numberFormats?.[r]?.[c];
      if (format && format !== 'General') cell.numFmt = format;
      // A title across the whole table would widen its first column; it spills over the empty cells anyway.
      if (r > 0 || c > 0) widths[left + c] = Math.max(widths[left + c] ?? 0, columnWidthOf(grid.values[r][c]));
    });
  });
  widths.forEach((w, i) => {
    if (w) sheet.getColumn(i + 1).width = w;
  });

  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const address = findingAddress(f);
    const list = byCell.get(address) ?? [];
    list.push(f);
    byCell.set(address, list);
  }
  for (const [address, list] of byCell) {
    const cell = sheet.getCell(address);
    const worst: Severity = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    cell.fill = solid(FILLS[worst]);
    cell.note = reportText(list.map((f) => noteLine(f, lang)).join('\n'));
  }
}

function writeRow(sheet: ExcelJS.Worksheet, cells: ReadonlyArray<string | number>, bold = false): ExcelJS.Row {
  const row = sheet.addRow(cells.map((v) => (typeof v === 'string' ? reportText(v) : v)));
  if (bold) row.font = { bold: true };
  return row;
}

/** A link that works in Excel and WPS alike: the HYPERLINK function with an in-workbook target '#'Sheet'!B12'. */
function linkFormula(target: string, shown: string): ExcelJS.CellFormulaValue {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${quote(`#${target}`)},${quote(shown)})`, result: shown };
}

function writeReportSheet(
  sheet: ExcelJS.Worksheet,
  table: ReportTable,
  linkSheetOf: (row: ReportTableRow, index: number) => string | undefined,
): void {
  // As the pane lays it out: title, the facts in one line, the findings under a frozen header; below them the
  // summary by code and each fact with its value.
  sheet.addRow([reportText(table.title)]).font = { bold: true, size: 14 };
  sheet.addRow([reportText(factsHeadline(table))]);
  const header = writeRow(sheet, table.findingsHeader, true);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];
  table.findingRows.forEach((row, i) => {
    const added = writeRow(sheet, row.cells);
    if (row.severity) added.getCell(1).fill = solid(FILLS[row.severity]);
    const target = linkSheetOf(row, i);
    if (row.link && target !== undefined) {
      const cell = added.getCell(table.linkColumn + 1);
      cell.value = linkFormula(`${quotedSheetName(target)}!${row.link.address}`, reportText(String(row.cells[table.linkColumn] ?? row.link.address)));
      cell.font = LINK_FONT;
    }
  });
  // A filter on the findings only: filtering hides whole rows, and the summary below must stay.
  if (table.findingRows.length > 0) {
    const width = Math.max(table.findingsHeader.length, ...table.findingRows.map((r) => r.cells.length));
    sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number + table.findingRows.length, column: width } };
  }
  sheet.addRow([]);
  writeRow(sheet, table.summaryHeader, true);
  for (const row of table.summaryRows) {
    const added = writeRow(sheet, row.cells);
    if (row.severity) added.getCell(1).fill = solid(FILLS[row.severity]);
  }
  const lastSized = sheet.rowCount;
  sheet.addRow([]);
  for (const [label, value] of table.facts) writeRow(sheet, [label, value]);
  // Widths from the findings and the summary: the title, the facts' line and a fact's long value spill over.
  sheet.eachRow((row, r) => {
    if (r < header.number || r > lastSized) return;
    row.eachCell((cell, c) => {
      const v = cell.value;
      const shown = v && typeof v === 'object' && 'result' in v ? v.result : v;
      const column = sheet.getColumn(c);
      column.width = Math.max(column.width ?? 0, columnWidthOf(shown));
    });
  });
}

export interface ReportWorkbookInput {
  /** The checked sheets, as read. */
  readonly rosters: ReadonlyArray<SheetGrid>;
  /** Every finding (messages in both languages; values already masked). */
  readonly findings: ReadonlyArray<Finding>;
  /** The 校验报告 sheet's content, its rows in the order of `findings`. */
  readonly table: ReportTable;
  /** The engine's view of each checked sheet: where its ID and account columns are, to mask them in the copy. */
  readonly sheets: ReadonlyArray<SheetReport>;
  readonly lang: Lang;
}

/**
 * A new workbook: the 校验报告 sheet first, then a copy of every checked sheet with its flagged cells marked and its
 * ID numbers and accounts masked.
 */
export function buildReportWorkbook(input: ReportWorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jl-roster';
  workbook.keywords = REPORT_MARKER;
  const names = uniqueSheetNames(input.rosters, [input.table.sheetName]);
  const nameOf = new Map<string, string>();
  input.rosters.forEach((g, i) => nameOf.set(rosterKey(g.file, g.sheet), names[i]));

  const findingsBySheet = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const key = rosterKey(f.file, f.sheet);
    const list = findingsBySheet.get(key) ?? [];
    list.push(f);
    findingsBySheet.set(key, list);
  }

  const reportSheet = workbook.addWorksheet(input.table.sheetName);
  const aligned = input.table.findingRows.length === input.findings.length;
  writeReportSheet(reportSheet, input.table, (row, i) => {
    if (aligned) return nameOf.get(rosterKey(input.findings[i].file, input.findings[i].sheet));
    const g = row.link && input.rosters.find((r) => r.sheet === row.link?.sheet);
    return g ? nameOf.get(rosterKey(g.file, g.sheet)) : undefined;
  });

  const sheetReports = new Map(input.sheets.map((s) => [rosterKey(s.file, s.sheet), s]));
  input.rosters.forEach((grid, i) => {
    const key = rosterKey(grid.file, grid.sheet);
    // A sheet the clerk hid stays hidden in the copy: Excel shows it only to whoever unhides it, as in the input.
    copySheet(workbook.addWorksheet(names[i], { state: grid.visibility ?? 'visible' }), grid, findingsBySheet.get(key) ?? [], input.lang, personalColumnsOf(sheetReports.get(key)));
  });
  return workbook;
}

/** The report as the bytes of an .xlsx file, for the caller to write (atomically) where it must go. */
export async function reportWorkbookBytes(input: ReportWorkbookInput): Promise<Uint8Array> {
  const bytes = await buildReportWorkbook(input).xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}
