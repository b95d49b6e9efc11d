import ExcelJS from 'exceljs';
import type { Lang } from '../policy';
import { pick } from '../policy';
import type { Finding, ReportTable, ReportTableRow, SheetGrid, Severity } from '../roster';
import { FINDING_CODES, rosterKey } from '../roster';
import { columnLetter, columnNumber } from './a1';
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

/** The cell a finding is pinned to: its own cell, or the row's first cell when it is about the row or the table. */
function findingAddress(f: Finding, grid: SheetGrid): string {
  const column = columnNumber(f.column) || (grid.columnOffset ?? 0) + 1;
  return `${columnLetter(column)}${Math.max(1, f.row)}`;
}

function noteLine(f: Finding, lang: Lang): string {
  const title = FINDING_CODES[f.code] ? pick(FINDING_CODES[f.code].title, lang) : f.code;
  return `[${SEVERITY_WORD[lang][f.severity]}] ${f.code} ${title}${lang === 'zh' ? '：' : ': '}${pick(f.message, lang)}`;
}

function cellValueOf(grid: SheetGrid, r: number, c: number): ExcelJS.CellValue {
  const v = grid.values[r][c];
  if (v === null || v === '') return null;
  if (grid.kinds?.[r]?.[c] === 'Error' && typeof v === 'string') return { error: v as ExcelJS.CellErrorValue['error'] };
  return v;
}

/** The sheet as read: values and number formats at their own addresses, flagged cells filled with a note each. */
function copySheet(sheet: ExcelJS.Worksheet, grid: SheetGrid, findings: ReadonlyArray<Finding>, lang: Lang): void {
  const top = grid.rowOffset ?? 0;
  const left = grid.columnOffset ?? 0;
  const widths: number[] = [];
  grid.values.forEach((row, r) => {
    row.forEach((_, c) => {
      const value = cellValueOf(grid, r, c);
      if (value === null) return;
      const cell = sheet.getCell(top + r + 1, left + c + 1);
      cell.value = value;
      const format = grid.numberFormats?.[r]?.[c];
      if (format && format !== 'General') cell.numFmt = format;
      const shown = String(grid.values[r][c]).length;
      widths[left + c] = Math.max(widths[left + c] ?? 0, Math.min(40, shown + 2));
    });
  });
  widths.forEach((w, i) => {
    if (w) sheet.getColumn(i + 1).width = Math.max(8, w * 1.2);
  });

  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const address = findingAddress(f, grid);
    const list = byCell.get(address) ?? [];
    list.push(f);
    byCell.set(address, list);
  }
  for (const [address, list] of byCell) {
    const cell = sheet.getCell(address);
    const worst: Severity = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    cell.fill = solid(FILLS[worst]);
    cell.note = list.map((f) => noteLine(f, lang)).join('\n');
  }
}

function writeRow(sheet: ExcelJS.Worksheet, cells: ReadonlyArray<string | number>, bold = false): ExcelJS.Row {
  const row = sheet.addRow([...cells]);
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
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  for (const [label, value] of table.facts) writeRow(sheet, [label, value]);
  sheet.addRow([]);
  writeRow(sheet, table.summaryHeader, true);
  for (const row of table.summaryRows) {
    const added = writeRow(sheet, row.cells);
    if (row.severity) added.getCell(1).fill = solid(FILLS[row.severity]);
  }
  sheet.addRow([]);
  writeRow(sheet, table.findingsHeader, true);
  table.findingRows.forEach((row, i) => {
    const added = writeRow(sheet, row.cells);
    if (row.severity) added.getCell(1).fill = solid(FILLS[row.severity]);
    const target = linkSheetOf(row, i);
    if (row.link && target !== undefined) {
      const cell = added.getCell(table.linkColumn + 1);
      cell.value = linkFormula(`${quotedSheetName(target)}!${row.link.address}`, String(row.cells[table.linkColumn] ?? row.link.address));
      cell.font = LINK_FONT;
    }
  });
  const columns = Math.max(table.summaryHeader.length, table.findingsHeader.length, 2);
  for (let c = 1; c <= columns; c++) sheet.getColumn(c).width = c === columns ? 60 : 18;
  sheet.getColumn(table.findingsHeader.length || 1).width = 70;
}

export interface ReportWorkbookInput {
  /** The checked sheets, as read. */
  readonly rosters: ReadonlyArray<SheetGrid>;
  /** Every finding (messages in both languages; values already masked). */
  readonly findings: ReadonlyArray<Finding>;
  /** The 校验报告 sheet's content, its rows in the order of `findings`. */
  readonly table: ReportTable;
  readonly lang: Lang;
}

/** A new workbook: the 校验报告 sheet first, then a copy of every checked sheet with its flagged cells marked. */
export function buildReportWorkbook(input: ReportWorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jl-roster';
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

  input.rosters.forEach((grid, i) => {
    copySheet(workbook.addWorksheet(names[i]), grid, findingsBySheet.get(rosterKey(grid.file, grid.sheet)) ?? [], input.lang);
  });
  return workbook;
}

export async function writeReportWorkbook(path: string, input: ReportWorkbookInput): Promise<void> {
  await buildReportWorkbook(input).xlsx.writeFile(path);
}
