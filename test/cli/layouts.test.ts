// The layouts clerks make (test/fixtures/world/README.md says how each file was made and what is planted where),
// checked end to end through the real command: every planted finding at its row and column, nothing on a clean row.
import * as fs from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/roster';
import { builtCli, jlRoster } from './builtCli';
import { sha256, STACK_LINE, tempFolder } from './files';

jest.setTimeout(60_000);

const WORLD = path.join(__dirname, '..', 'fixtures', 'world');

interface LayoutCases {
  readonly sheet: string;
  readonly persons: number;
  /** The exit code when it is not 1 (errors found). */
  readonly exit?: number;
  readonly rows: ReadonlyArray<{ readonly row: number; readonly expect: { readonly code: string; readonly column: string } | null }>;
}
const LAYOUTS = JSON.parse(fs.readFileSync(path.join(WORLD, 'layout-cases.json'), 'utf8')) as Record<string, LayoutCases>;

const LABELS: Readonly<Record<string, string>> = {
  'layout-system-export.xls': 'a system export (HTML named .xls): every cell text, dates with a time, 3,000.00, 1700元, 12个月',
  'layout-places.csv': 'places finer and coarser than a county, autonomous counties’ short names, free-text categories',
  'layout-merged.xlsx': 'employer, credit code and county merged down over each employer’s rows (openpyxl)',
  'layout-merged-libreoffice.xls': 'the same merged roster as BIFF8 by LibreOffice',
  'layout-formulas-uncalculated.xlsx': 'amounts as formulas saved without results (openpyxl)',
  'layout-formulas-libreoffice.xlsx': 'the same formulas with LibreOffice’s stored results, a stored 0 among them',
  'layout-not-rosters.xlsx': 'a clean roster beside empty Sheet2/Sheet3, a 填表说明 and a 汇总 sheet',
  'layout-two-row-header.xlsx': 'a two-row header: 用工单位 merged over 单位名称 | 统一社会信用代码',
  'layout-household-head.xlsx': '户主姓名, 户主身份证号码 before the person’s own columns (poverty-monitoring export)',
  'layout-stacked.xlsx': 'two rosters stacked on one sheet, each with its 合计 (the second 100 short)',
  'layout-table-libreoffice.xlsx': 'an Excel Table with its 汇总 total row (=SUBTOTAL), results stored by LibreOffice',
  'layout-withdrawn-rows.xlsx': 'rows marked 已作废 / 放弃 in 备注 and a struck-through row',
  'layout-withdrawn-rows-libreoffice.xls': 'the same withdrawn rows as BIFF8 by LibreOffice: the strike is in its FONT records',
  'layout-month-only.xlsx': 'hire dates given only to the month: 2022.03, 2022年3月, 2022-03 as text, 202203 as a number (openpyxl)',
};

let hashes: Map<string, string>;
beforeAll(() => {
  builtCli();
  hashes = new Map(Object.keys(LAYOUTS).map((f) => [f, sha256(path.join(WORLD, f))]));
}, 180_000);

describe.each(Object.keys(LAYOUTS).map((f) => [f, LABELS[f] ?? f] as const))('%s: %s', (name) => {
  const cases = LAYOUTS[name];
  let run: ReturnType<typeof jlRoster>;
  let report: JsonReport;
  beforeAll(() => {
    run = jlRoster(['validate', path.join(WORLD, name), '--json', '--as-of', '2022-12-31']);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  it('reads every person, without a stack trace, with the exit code the findings call for', () => {
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(report.summary.rows).toBe(cases.persons);
    expect(run.code).toBe(cases.exit ?? 1);
  });

  it.each(cases.rows.map((c) => [c.row, c.expect] as const))('row %i: the planted finding, or nothing', (row, expected) => {
    const found = report.findings.filter((f) => f.sheet === cases.sheet && f.row === row);
    if (expected) expect(found.map((f) => [f.code, f.column])).toContainEqual([expected.code, expected.column]);
    else expect(found.map((f) => `${f.code} ${f.column} ${f.message}`)).toEqual([]);
  });
});

describe('a struck-through row of a BIFF8 workbook (.xls by LibreOffice, the same bytes named .et as WPS saves them)', () => {
  const findingsOf = (file: string): string[] =>
    (JSON.parse(jlRoster(['validate', file, '--json', '--as-of', '2022-12-31']).stdout) as JsonReport).findings
      .map((f) => `${f.row} ${f.code} ${f.column}`)
      .sort();
  let folder: ReturnType<typeof tempFolder>;
  let original: string[];
  beforeAll(() => {
    folder = tempFolder('struck-biff');
    original = findingsOf(path.join(WORLD, 'layout-withdrawn-rows.xlsx'));
  });
  afterAll(() => folder.remove());

  it.each(['xls', 'et'])('as .%s: row 7 is withdrawn, its wrong ID not reported, and the findings are the .xlsx original’s', (ext) => {
    const file = path.join(folder.dir, `划去的行.${ext}`);
    fs.copyFileSync(path.join(WORLD, 'layout-withdrawn-rows-libreoffice.xls'), file);
    const found = findingsOf(file);
    expect(found).toContain('7 ROW_WITHDRAWN ');
    expect(found.filter((f) => f.startsWith('7 '))).toEqual(['7 ROW_WITHDRAWN ']);
    expect(found).toEqual(original);
  });
});

describe('details of the layouts', () => {
  it('decides a month-only date over the whole month, and names the day when the month straddles the cut-off', () => {
    const file = path.join(WORLD, 'layout-month-only.xlsx');
    const plain = JSON.parse(jlRoster(['validate', file, '--json', '--as-of', '2022-12-31']).stdout) as JsonReport;
    const warning = plain.findings.find((f) => f.code === 'DATE_MONTH_ONLY' && f.row === 4);
    expect(warning).toMatchObject({ severity: 'warning', column: 'I', value: '2022年3月' });
    expect(warning?.message).toContain('2022-03-01 至 2022-03-31');
    // The month 2022-03 is wholly after the cut-off and under one minimum wage: paid, nothing else on the row.
    expect(plain.findings.filter((f) => f.row === 3).map((f) => f.code)).toEqual(['DATE_MONTH_ONLY']);
    // "After 2020-01-01" read as excluding that day: 2020.01 (row 9) holds days on both sides.
    const run = jlRoster(['validate', file, '--json', '--as-of', '2022-12-31', '--reading', 'employ_hire_cutoff_inclusive=exclusive']);
    const ambiguous = (JSON.parse(run.stdout) as JsonReport).findings.filter((f) => f.code === 'DATE_MONTH_AMBIGUOUS');
    expect(ambiguous.map((f) => [f.row, f.column, f.severity])).toEqual([[9, 'I', 'error']]);
    expect(ambiguous[0].message).toContain('以 2020-01-02 为界前后结论不同');
    expect(run.code).toBe(1);
  });

  it('says the sheets that are not rosters once each, as information', () => {
    const run = jlRoster(['validate', path.join(WORLD, 'layout-not-rosters.xlsx'), '--as-of', '2022-12-31']);
    expect(run.code).toBe(0);
    for (const sheet of ['填表说明', '汇总']) expect(run.stderr).toContain(`「${sheet}」不是花名册（没有表头），未校验`);
    for (const sheet of ['Sheet2', 'Sheet3']) expect(run.stderr).toContain(`「${sheet}」是空的工作表，未校验`);
  });

  it('says a formula without its result is not calculated, at its cell, and what to do', () => {
    const run = jlRoster(['validate', path.join(WORLD, 'layout-formulas-uncalculated.xlsx'), '--json', '--as-of', '2022-12-31']);
    const f = (JSON.parse(run.stdout) as JsonReport).findings.find((x) => x.code === 'FORMULA_NOT_CALCULATED' && x.row === 3);
    expect(f).toMatchObject({ severity: 'warning', column: 'L', value: '=IF(J3>=3,1600,0)' });
    expect(f?.message).toContain('公式未计算，请在 Excel 中打开并保存后重试');
  });

  it('takes a stored 0 for the value it is (LibreOffice calculated the formulas)', () => {
    const run = jlRoster(['validate', path.join(WORLD, 'layout-formulas-libreoffice.xlsx'), '--json', '--as-of', '2022-12-31']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.code === 'FORMULA_NOT_CALCULATED')).toEqual([]);
    expect(report.findings.filter((f) => f.column === 'L' && f.code === 'VALUE_MISSING')).toEqual([]);
  });
});

it('leaves every layout fixture unchanged', () => {
  for (const [f, hash] of hashes) expect([f, sha256(path.join(WORLD, f))]).toEqual([f, hash]);
});
