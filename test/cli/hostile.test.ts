// Hostile and broken inputs through the real command: each ends in exit 2 (or a finding) with a clear message naming
// the file, never an out-of-memory crash, a hang or a stack trace; no input changes.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { JsonReport } from '../../src/roster';
import { builtCli, jlRoster } from './builtCli';
import { sha256, STACK_LINE, tempFolder } from './files';

jest.setTimeout(120_000);

const WORLD = path.join(__dirname, '..', 'fixtures', 'world');
const folder = tempFolder('hostile');
const file = (name: string) => path.join(folder.dir, name);

const CENTRAL = 0x02014b50;

/** Sets the inflated size the zip's central directory declares for `part` (what a lying or a zip64 bomb says). */
function declareSize(zip: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p - 1)) {
    if (out.readUInt32LE(p) !== CENTRAL) continue;
    const name = out.subarray(p + 46, p + 46 + out.readUInt16LE(p + 28)).toString('utf8');
    if (name === part) {
      out.writeUInt32LE(size, p + 24);
      return out;
    }
  }
  throw new Error(`no ${part} in the directory`);
}

/** The committed openpyxl roster with its first sheet's XML replaced. */
async function withSheetXml(xml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(WORLD, 'roster-openpyxl.xlsx')));
  zip.file('xl/worksheets/sheet1.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const SHEET_HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

const STRAY = path.join(WORLD, 'hostile-stray-cell.xlsx');
// Saved by LibreOffice with an open password (BIFF8, RC4 CryptoAPI); the same bytes under the names clerks give files.
const ENCRYPTED_XLS = path.join(WORLD, 'hostile-encrypted-libreoffice.xls');
const ENCRYPTED_AS_XLSX = file('加密花名册.xlsx');
const ENCRYPTED_AS_ET = file('加密花名册.et');
const DECLARED_HUGE = file('declares-4GB.xlsx');
const LYING = file('inflates-past-its-size.xlsx');
const RATIO = file('ratio-bomb.xlsx');
const FIFO = file('roster-fifo.xlsx');
const LONG_CELL = file('ten-megabyte-cell.csv');
let hashes: Map<string, string>;

beforeAll(async () => {
  builtCli();
  const small = await withSheetXml(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>${SHEET_TAIL}`);
  fs.writeFileSync(DECLARED_HUGE, declareSize(small, 'xl/worksheets/sheet1.xml', 0xf0000000));
  // 20 MB of XML whitespace between the rows, declared as 100 bytes.
  const padded = await withSheetXml(`${SHEET_HEAD}${' '.repeat(20 * 1024 * 1024)}<row r="1"/>${SHEET_TAIL}`);
  fs.writeFileSync(LYING, declareSize(padded, 'xl/worksheets/sheet1.xml', 100));
  // 64 MB of one character: over a thousand to one, as no sheet XML ever is, and honestly declared.
  fs.writeFileSync(RATIO, await withSheetXml(`${SHEET_HEAD}${' '.repeat(64 * 1024 * 1024)}${SHEET_TAIL}`));
  fs.copyFileSync(ENCRYPTED_XLS, ENCRYPTED_AS_XLSX);
  fs.copyFileSync(ENCRYPTED_XLS, ENCRYPTED_AS_ET);
  execFileSync('mkfifo', [FIFO]);
  const header = '序号,姓名,性别,身份证号码,人员类别,用工单位,统一社会信用代码,县（市、区）,入职日期,工作月数,月工资,补贴金额\n';
  fs.writeFileSync(LONG_CELL, `${header}1,张伟,男,${'1'.repeat(10 * 1024 * 1024)},脱贫人口,汪清县长白山黑木耳有限公司,,汪清县,2022-03-01,6,3000,1600\n`);
  hashes = new Map([STRAY, ENCRYPTED_XLS, ENCRYPTED_AS_XLSX, DECLARED_HUGE, LYING, RATIO, LONG_CELL].map((f) => [f, sha256(f)]));
}, 180_000);

afterAll(() => folder.remove());

describe('refused with exit 2 and a message naming the file', () => {
  it.each([
    ['a part declaring 4 GB', DECLARED_HUGE, '解压后过大'],
    ['a part inflating past the size its directory declares', LYING, '解压后过大'],
    ['a part compressed over a thousand to one', RATIO, '解压后过大'],
    ['a FIFO given as a file (it would block)', FIFO, '不是普通文件'],
    ['/dev/zero (it never ends)', '/dev/zero', '不是普通文件'],
    ['a .xls LibreOffice saved with an open password', ENCRYPTED_XLS, '请在 Excel/WPS 中取消密码，另存为 .xlsx 后重试'],
    ['the same encrypted file named .xlsx', ENCRYPTED_AS_XLSX, '文件已加密'],
    ['the same encrypted file named .et', ENCRYPTED_AS_ET, '文件已加密'],
  ])('%s', (_label, f, why) => {
    const run = jlRoster(['validate', f]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(f);
    expect(run.stderr).toContain(why);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
  });

  it('still checks a good roster given beside a zip bomb', () => {
    const run = jlRoster(['validate', path.join(WORLD, 'roster-openpyxl.xlsx'), RATIO, '--json', '--as-of', '2022-12-31']);
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as JsonReport).findings.map((f) => f.code)).toContain('ID_CHECKSUM');
    expect(run.stderr).toContain(RATIO);
  });
});

describe('a stray value in XFD1048576 (openpyxl)', () => {
  let report: JsonReport;
  beforeAll(() => {
    const run = jlRoster(['validate', STRAY, '--json', '--as-of', '2022-12-31']);
    expect(run.stderr).not.toMatch(STACK_LINE);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  it('is a finding at its own cell, and the table is read as it is', () => {
    const stray = report.findings.filter((f) => f.code === 'CELL_STRAY');
    expect(stray.map((f) => [f.row, f.column, f.value])).toEqual([[1048576, 'XFD', '误录']]);
    expect(report.summary.rows).toBe(8);
    expect(report.findings.filter((f) => f.row === 4).map((f) => f.code)).toEqual(['ID_CHECKSUM']);
  });
});

describe('a 10 MB ID cell', () => {
  it('is reported with its value cut to a readable length', () => {
    const run = jlRoster(['validate', LONG_CELL, '--json', '--as-of', '2022-12-31']);
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBeLessThan(20_000);
    const report = JSON.parse(run.stdout) as JsonReport;
    const id = report.findings.filter((f) => f.row === 2 && f.column === 'D');
    expect(id.length).toBeGreaterThan(0);
    for (const f of id) expect(f.value.length).toBeLessThan(300);
    const text = jlRoster(['validate', LONG_CELL, '--as-of', '2022-12-31']);
    expect(text.stdout.length).toBeLessThan(20_000);
  });
});

it('leaves every input unchanged', () => {
  for (const [f, hash] of hashes) expect([path.basename(f), sha256(f)]).toEqual([path.basename(f), hash]);
});
