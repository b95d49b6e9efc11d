import type { Lang } from '../policy';
import { maskPersonal, pick, readingsSummary } from '../policy';
import { ALL_FINDING_CODES, FINDING_CODES } from './findingCodes';
import { FIELD_NAMES } from './headers';
import type { FieldId, Finding, ReportTable, ReportTableRow, ValidationReport } from './types';

export const REPORT_SHEET_NAME = '校验报告';

const WORDS = {
  zh: {
    title: '花名册校验报告',
    files: '文件数',
    sheets: '工作表数',
    rows: '核对行数',
    errors: '错误',
    warnings: '警告',
    note: '说明',
    readings: '解读',
    summary: ['代码', '说明', '严重程度', '措施', '数量'],
    findings: ['序号', '严重程度', '代码', '说明', '文件', '工作表', '位置', '姓名', '字段', '值', '信息', '措施', '相关行'],
    error: '错误',
    warning: '警告',
    row: (n: number) => `第${n}行`,
  },
  en: {
    title: 'Roster check report',
    files: 'Files',
    sheets: 'Sheets',
    rows: 'Rows checked',
    errors: 'Errors',
    warnings: 'Warnings',
    note: 'Note',
    readings: 'Readings',
    summary: ['Code', 'Meaning', 'Severity', 'Measure', 'Count'],
    findings: ['No.', 'Severity', 'Code', 'Meaning', 'File', 'Sheet', 'Cell', 'Name', 'Field', 'Value', 'Message', 'Measure', 'Related rows'],
    error: 'error',
    warning: 'warning',
    row: (n: number) => `row ${n}`,
  },
} as const;

const LINK_COLUMN = 6;

/** The cell a finding points at: its own cell, or column A of its row when it is about the row or the table. */
export function findingAddress(f: Finding): string {
  return `${f.column || 'A'}${Math.max(1, f.row)}`;
}

/**
 * The 校验报告 sheet as plain rows: run facts, a summary by code, and one row per finding with the cell to link to.
 * The CLI (ExcelJS) and the task pane (Office.js) both render this, so their reports say the same.
 */
export function reportTable(report: ValidationReport, lang: Lang): ReportTable {
  const w = WORDS[lang];
  const s = report.summary;
  const summaryRows: ReportTableRow[] = ALL_FINDING_CODES.filter((code) => (s.byCode[code] ?? 0) > 0).map((code) => {
    const info = FINDING_CODES[code];
    return { cells: [code, pick(info.title, lang), w[info.severity], info.measure ?? '', s.byCode[code]], severity: info.severity };
  });
  // The name on the finding's row, so that a reader of the report knows whom a finding is about.
  const nameAt = new Map(report.persons.map((p) => [`${p.file}\u0000${p.sheet}\u0000${p.row}`, p.name]));
  const findingRows: ReportTableRow[] = report.findings.map((f, k) => {
    const address = findingAddress(f);
    const related = f.related.map((r) => (r.file === f.file && r.sheet === f.sheet ? w.row(r.row) : `${maskPersonal(r.file)} / ${maskPersonal(r.sheet)} ${w.row(r.row)}`)).join('; ');
    return {
      cells: [
        k + 1,
        w[f.severity],
        f.code,
        pick(FINDING_CODES[f.code].title, lang),
        maskPersonal(f.file),
        maskPersonal(f.sheet),
        address,
        nameAt.get(`${f.file}\u0000${f.sheet}\u0000${f.row}`) ?? '',
        f.field === '' ? '' : pick(FIELD_NAMES[f.field as FieldId], lang),
        f.value,
        pick(f.message, lang),
        f.measure ?? '',
        related,
      ],
      link: { sheet: f.sheet, address },
      severity: f.severity,
    };
  });
  return {
    sheetName: REPORT_SHEET_NAME,
    title: w.title,
    facts: [
      [w.files, s.files],
      [w.sheets, s.sheets],
      [w.rows, s.rows],
      [w.errors, s.errors],
      [w.warnings, s.warnings],
      [w.readings, pick(readingsSummary(report.readings), lang)],
      ...report.notes.map((n): readonly [string, string] => [w.note, pick(n, lang)]),
    ],
    summaryHeader: w.summary,
    summaryRows,
    findingsHeader: w.findings,
    linkColumn: LINK_COLUMN,
    findingRows,
  };
}
