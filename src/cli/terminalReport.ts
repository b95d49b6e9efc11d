import type { Lang } from '../policy';
import { formatDate, pick, readingsSummary } from '../policy';
import type { Finding, FindingCode, RowRef, SheetReport, ValidationReport } from '../roster';
import { FINDING_CODES, KIND_MEASURE, KIND_NAMES } from '../roster';
import { displayWidth, padEnd, padStart } from '../xlsx/displayWidth';

const WORDS = {
  zh: {
    headline: (s: ValidationReport['summary'], asOf: string) =>
      `校验结果：${s.files} 个文件，${s.sheets} 张工作表，${s.rows} 行；错误 ${s.errors} 个，警告 ${s.warnings} 个（校验日期 ${asOf}）`,
    sheets: '工作表：',
    notRoster: '未找到表头，未作为花名册校验',
    kindUnknown: '类型未识别',
    header: (row: number) => `表头第${row}行`,
    measure: (m: number) => `（措施${m}）`,
    rows: (n: number, hidden: number) => (hidden ? `${n} 行（其中隐藏 ${hidden} 行）` : `${n} 行`),
    byCode: '按问题代码统计：',
    codeHead: ['代码', '级别', '数量', '说明'],
    findings: '问题明细：',
    none: '没有发现问题。',
    severity: { error: '错误', warning: '警告' },
    at: (f: Finding) => `第${f.row}行${f.column ? ` ${f.column}列` : ''}`,
    related: (refs: string) => `另见：${refs}`,
    ref: (r: RowRef) => `${r.file} / ${r.sheet} 第${r.row}行`,
    rowWord: (row: number) => `第${row}行`,
    sep: '；',
  },
  en: {
    headline: (s: ValidationReport['summary'], asOf: string) =>
      `Result: ${s.files} file(s), ${s.sheets} sheet(s), ${s.rows} row(s); ${s.errors} error(s), ${s.warnings} warning(s) (checked as of ${asOf})`,
    sheets: 'Sheets:',
    notRoster: 'no header row found: not checked as a roster',
    kindUnknown: 'kind not recognised',
    header: (row: number) => `header in row ${row}`,
    measure: (m: number) => ` (measure ${m})`,
    rows: (n: number, hidden: number) => (hidden ? `${n} rows (${hidden} hidden)` : `${n} rows`),
    byCode: 'Counts by code:',
    codeHead: ['code', 'level', 'count', 'meaning'],
    findings: 'Findings:',
    none: 'No problems found.',
    severity: { error: 'error', warning: 'warning' },
    at: (f: Finding) => `row ${f.row}${f.column ? ` col ${f.column}` : ''}`,
    related: (refs: string) => `see also: ${refs}`,
    ref: (r: RowRef) => `${r.file} / ${r.sheet} row ${r.row}`,
    rowWord: (row: number) => `row ${row}`,
    sep: '; ',
  },
} as const;

function sheetLine(sheet: SheetReport, lang: Lang): string {
  const w = WORDS[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const comma = lang === 'zh' ? '，' : ', ';
  const where = `  ${sheet.file} / ${sheet.sheet}${colon}`;
  if (sheet.headerRow === null) return where + w.notRoster;
  const kind = sheet.kind ? `${pick(KIND_NAMES[sheet.kind], lang)}${w.measure(KIND_MEASURE[sheet.kind])}` : w.kindUnknown;
  return where + [kind, w.header(sheet.headerRow), w.rows(sheet.rows, sheet.hiddenRows)].join(comma);
}

function codeTable(report: ValidationReport, lang: Lang): string[] {
  const w = WORDS[lang];
  const codes = Object.keys(report.summary.byCode) as FindingCode[];
  // Errors before warnings, the most frequent first, so the worst problems lead.
  codes.sort((a, b) => {
    const sa = FINDING_CODES[a]?.severity === 'error' ? 0 : 1;
    const sb = FINDING_CODES[b]?.severity === 'error' ? 0 : 1;
    return sa - sb || report.summary.byCode[b] - report.summary.byCode[a] || a.localeCompare(b);
  });
  const rows = codes.map((code) => {
    const info = FINDING_CODES[code];
    return [code, info ? w.severity[info.severity] : '', String(report.summary.byCode[code]), info ? pick(info.title, lang) : ''];
  });
  const widths = [0, 1, 2].map((i) => Math.max(displayWidth(w.codeHead[i]), ...rows.map((r) => displayWidth(r[i]))));
  const line = (r: ReadonlyArray<string>) => `  ${padEnd(r[0], widths[0])}  ${padEnd(r[1], widths[1])}  ${padStart(r[2], widths[2])}  ${r[3]}`;
  return [line(w.codeHead), ...rows.map(line)];
}

function findingLines(f: Finding, lang: Lang): string[] {
  const w = WORDS[lang];
  const head = `  ${f.file} / ${f.sheet} / ${w.at(f)}  [${w.severity[f.severity]}] ${f.code}${f.value ? `  ${f.value}` : ''}`;
  const message = pick(f.message, lang);
  const lines = [head, `      ${message}`];
  // The engine's messages about duplicates already name the other rows; the rest get them here.
  const unnamed = f.related.filter((r) => !(message.includes(r.file) && message.includes(w.rowWord(r.row))));
  if (unnamed.length > 0) lines.push(`      ${w.related(unnamed.map(w.ref).join(w.sep))}`);
  return lines;
}

/** The readable report printed without --json: totals, the sheets, counts by code, then every finding. */
export function terminalReport(report: ValidationReport, lang: Lang, asOf: number): string {
  const w = WORDS[lang];
  const lines: string[] = [w.headline(report.summary, formatDate(asOf)), pick(readingsSummary(report.readings), lang), ...report.notes.map((n) => pick(n, lang)), '', w.sheets, ...report.sheets.map((s) => sheetLine(s, lang)), ''];
  if (report.findings.length === 0) {
    lines.push(w.none);
  } else {
    lines.push(w.byCode, ...codeTable(report, lang), '', w.findings);
    for (const f of report.findings) lines.push(...findingLines(f, lang));
  }
  return `${lines.join('\n')}\n`;
}
