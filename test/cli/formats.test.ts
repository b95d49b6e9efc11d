// Every format a county office has, made by the programs offices use (test/fixtures/world/README.md says how each
// file was made), checked end to end through the real command: the same planted defects at the same rows, no
// finding on a clean row, the format told by the content whatever the file is named, and the input unchanged.
import * as fs from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/roster';
import { builtCli, jlRoster } from './builtCli';
import { sha256, STACK_LINE, tempFolder } from './files';

jest.setTimeout(60_000);

const WORLD = path.join(__dirname, '..', 'fixtures', 'world');

interface RosterCases {
  readonly sheet: string;
  readonly rows: ReadonlyArray<{ readonly row: number; readonly expect: { readonly code: string; readonly column: string } | null }>;
}
const CASES = JSON.parse(fs.readFileSync(path.join(WORLD, 'roster-cases.json'), 'utf8')) as RosterCases;

/** [fixture, the writer and format, the sheet the roster is on (a CSV's sheet is named after its file)] */
const FORMATS: ReadonlyArray<readonly [string, string]> = [
  ['roster-openpyxl.xlsx', 'xlsx by openpyxl'],
  ['roster-libreoffice.xlsx', 'xlsx by LibreOffice'],
  ['roster-gnumeric.xlsx', 'xlsx by Gnumeric'],
  ['roster-sheetjs.xlsx', 'xlsx by SheetJS'],
  ['roster-macro.xlsm', 'xlsm'],
  ['roster-sheetjs.xlsb', 'xlsb by SheetJS'],
  ['roster-libreoffice-biff8.xls', 'xls (BIFF8) by LibreOffice'],
  ['roster-wps.et', 'WPS .et (a BIFF8 file)'],
  ['roster-libreoffice.ods', 'ods by LibreOffice'],
  ['roster-sheetjs-2003.xml', 'Excel 2003 XML (SpreadsheetML) by SheetJS'],
  ['roster-html.xls', 'an HTML table named .xls (web-system export)'],
  ['roster-utf8.csv', 'CSV in UTF-8'],
  ['roster-utf8-bom.csv', 'CSV in UTF-8 with a BOM'],
  ['roster-gb18030.csv', 'CSV in GB18030 (GBK)'],
  ['roster-utf16.txt', 'tab-separated UTF-16 text (Excel "Unicode text")'],
];

const folder = tempFolder('formats');
let hashes: Map<string, string>;

beforeAll(() => {
  builtCli();
  hashes = new Map(FORMATS.map(([f]) => [f, sha256(path.join(WORLD, f))]));
}, 180_000);
afterAll(() => folder.remove());

function check(file: string): { code: number | null; report: JsonReport; stderr: string } {
  const run = jlRoster(['validate', file, '--json', '--as-of', '2022-12-31']);
  expect(run.stderr).not.toMatch(STACK_LINE);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

function rosterSheetOf(report: JsonReport): string {
  const rows = report.findings.filter((f) => f.code === 'ID_CHECKSUM').map((f) => f.sheet);
  return rows[0] ?? '';
}

describe.each(FORMATS)('%s (%s)', (name) => {
  let result: ReturnType<typeof check>;
  beforeAll(() => {
    result = check(path.join(WORLD, name));
  });

  it('reads every person and nothing else; stderr says at most that the empty Sheet2 is not checked (and that no registry was given)', () => {
    expect(result.report.summary.rows).toBe(CASES.rows.length);
    expect(result.stderr.replace(/^jl-roster：.*「Sheet2」是空的工作表，未校验\n/m, '').replace(/^jl-roster：未使用防返贫监测系统数据：未核对人员身份\n/m, '')).toBe('');
    expect(result.code).toBe(1);
  });

  it.each(CASES.rows.map((c) => [c.row, c.expect] as const))('row %i: the planted defect, or nothing', (row, expected) => {
    const sheet = rosterSheetOf(result.report);
    const found = result.report.findings.filter((f) => f.sheet === sheet && f.row === row);
    if (expected) expect(found.map((f) => [f.code, f.column])).toContainEqual([expected.code, expected.column]);
    else expect(found.map((f) => `${f.code} ${f.message}`)).toEqual([]);
  });

  it('keeps every digit of an ID (no ID_NUMERIC anywhere)', () => {
    expect(result.report.findings.map((f) => f.code)).not.toContain('ID_NUMERIC');
  });

  it('is told by its content, not its name: renamed to .xlsx (and to .csv) it reads the same', () => {
    for (const ext of ['.xlsx', '.csv']) {
      const renamed = path.join(folder.dir, `${path.basename(name, path.extname(name))}-renamed${ext}`);
      fs.copyFileSync(path.join(WORLD, name), renamed);
      const again = check(renamed);
      const shape = (r: JsonReport) => r.findings.filter((f) => f.sheet === rosterSheetOf(r)).map((f) => [f.row, f.column, f.code]);
      expect(shape(again.report)).toEqual(shape(result.report));
    }
  });
});

it('reads a UTF-8 CSV larger than the 64 KB the format is told from (that head may end inside a character)', () => {
  const big = path.join(folder.dir, 'roster-big.csv');
  const note = '说明：本表由汪清县人力资源和社会保障局汇总，数据来源于各乡镇上报的花名册，请核对后盖章报送。\r\n';
  fs.writeFileSync(big, fs.readFileSync(path.join(WORLD, 'roster-utf8.csv'), 'utf8') + note.repeat(2000));
  const { code, report } = check(big);
  expect(code).toBe(1);
  expect(report.summary.rows).toBe(CASES.rows.length);
});

it('leaves every fixture byte-for-byte unchanged', () => {
  for (const [f, hash] of hashes) expect([f, sha256(path.join(WORLD, f))]).toEqual([f, hash]);
});
