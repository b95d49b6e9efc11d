// Issue 9: no person's number leaves jl-roster unmasked, however it was typed and wherever it stands. A roster is
// built with every disguise (spaces, dashes, dots, full-width, a number cell, an ID in the credit-code column, in 备注,
// in the file name and a sheet name, in hidden sheets) plus a seeded random fuzz of them; the real command runs with
// --json and --out (and once for the terminal); every byte it printed and every part of the report's zip is scanned
// for the raw numbers, with any separators between their digits.
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { builtCli, jlRoster } from './builtCli';
import { EMPLOY_HEADER, creditCodeWithCheck, employRow, idWithCheck, setRow } from './fixtures';
import { STACK_LINE, tempFolder } from './files';
import { seededRandom } from '../support/seededRandom';

jest.setTimeout(120_000);

const folder = tempFolder('leaks');
afterAll(folder.remove);

const next = seededRandom(9_2022);
const pick = <T>(list: ReadonlyArray<T>): T => list[Math.floor(next() * list.length)];
const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join('');

/** A valid resident ID of a Jilin county, born 1950–1999. */
function newId(): string {
  const born = `19${50 + Math.floor(next() * 50)}${String(1 + Math.floor(next() * 12)).padStart(2, '0')}${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  return idWithCheck(`${pick(['222424', '222426', '220104', '222403'])}${born}${digits(3)}`);
}
const newAccount = () => `6${pick(['214', '228', '217'])}${digits(pick([12, 15]))}`;

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** The ways a clerk (or a copy from another system) writes a long number. */
const DISGUISES: ReadonlyArray<(s: string) => string> = [
  (s) => s,
  (s) => `${s.slice(0, 6)} ${s.slice(6, 14)} ${s.slice(14)}`,
  (s) => s.replace(/(\d{4})(?=\d)/g, '$1-'),
  (s) => s.replace(/(\d{4})(?=\d)/g, '$1.'),
  (s) => s.replace(/(\d{6})(?=\d)/g, '$1 - '),
  (s) => FULL(s),
  (s) => FULL(s).replace(/(.{4})(?=.)/g, '$1　'),
  (s) => s.replace(/(\d{3})(?=\d)/g, '$1－'),
  (s) => s.split('').join(' '),
];

/** Every number the roster holds in full; none may appear in any output. */
const secrets: string[] = [];
function secret(s: string): string {
  secrets.push(s);
  return s;
}

const ID_IN_FILE_NAME = secret(newId());
const ID_IN_SHEET_NAME = secret(newId());
const ROSTER = path.join(folder.dir, `名单${ID_IN_FILE_NAME}.xlsx`);
const REPORT = path.join(folder.dir, 'report.xlsx');
const HEADER = [...EMPLOY_HEADER, '银行账号', '备注'];

type Row = ReturnType<typeof employRow>;
function withExtras(row: Row, bank: string, remark: string): Row {
  return [...row, { value: bank, numFmt: '@' }, remark];
}

/** The planted cases, one row each: every disguise in every column that can hold a number. */
function plantedRows(): Row[] {
  const rows: Row[] = [];
  for (const disguise of DISGUISES) {
    const id = secret(newId());
    const account = secret(newAccount());
    rows.push(withExtras(employRow(rows.length + 1, { id: { value: disguise(id), numFmt: '@' } }), disguise(account), ''));
  }
  // An ID in the credit-code column (a valid resident ID, and not a valid credit code either).
  rows.push(withExtras(employRow(rows.length + 1, { code: { value: secret(newId()), numFmt: '@' } }), secret(newAccount()), ''));
  // A disguised ID in the credit-code column, and a mistyped credit code made of digits.
  rows.push(withExtras(employRow(rows.length + 1, { code: { value: DISGUISES[1](secret(newId())), numFmt: '@' } }), secret(newAccount()), ''));
  // An ID stored as a number (Excel keeps 15 significant digits), an old 15-digit ID, a 20-digit 残疾人证号 in 备注.
  const numeric = secret(newId());
  rows.push(withExtras(employRow(rows.length + 1, { id: Number(numeric) }), secret(newAccount()), `残疾人证号 ${secret(`${newId()}${digits(2)}`)}`));
  rows.push(withExtras(employRow(rows.length + 1, { id: { value: secret(`222424${digits(9)}`), numFmt: '@' } }), '', `配偶 ${DISGUISES[2](secret(newId()))}，卡号 ${DISGUISES[3](secret(newAccount()))}`));
  // IDs typed under other headings: the employer's name and the county.
  rows.push(withExtras(employRow(rows.length + 1, { employer: `个体户${secret(newId())}`, county: FULL(secret(newId())) }), '', ''));
  return rows;
}

/** The fuzz: random people with random numbers in random disguises in random text columns. */
function fuzzRows(from: number, count: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const id = secret(newId());
    const account = secret(newAccount());
    const other = secret(next() < 0.5 ? newId() : newAccount());
    const remark = `${pick(['', '核实：', '原号码', '备注 '])}${pick(DISGUISES)(other)}${pick(['', '。', '（已改）'])}`;
    const overrides: Parameters<typeof employRow>[1] = { id: { value: pick(DISGUISES)(id), numFmt: '@' } };
    if (next() < 0.2) overrides.code = { value: pick(DISGUISES)(secret(newId())), numFmt: '@' };
    rows.push(withExtras(employRow(from + i, overrides), pick(DISGUISES)(account), remark));
  }
  return rows;
}

async function buildRoster(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const fill = (ws: ExcelJS.Worksheet, rows: ReadonlyArray<Row>) => {
    ws.getCell('A1').value = '汪清县2022年一次性吸纳就业补贴花名册';
    ws.getRow(2).values = HEADER;
    rows.forEach((row, i) => setRow(ws, 3 + i, row));
  };
  const planted = plantedRows();
  fill(wb.addWorksheet('花名册'), [...planted, ...fuzzRows(planted.length + 1, 80)]);
  fill(wb.addWorksheet(ID_IN_SHEET_NAME), fuzzRows(200, 5));
  fill(wb.addWorksheet('隐藏', { state: 'hidden' }), fuzzRows(300, 5));
  fill(wb.addWorksheet('深度隐藏', { state: 'veryHidden' }), fuzzRows(400, 5));
  await wb.xlsx.writeFile(ROSTER);
}

const SEPARATORS = '[^0-9A-Za-z\\u4e00-\\u9fff*]{0,3}';
/** The part of a number that masking hides must never be seen next to the part it shows, in any spelling. */
function leakPatterns(s: string): RegExp[] {
  const spelled = (part: string) => new RegExp(part.split('').join(SEPARATORS));
  // Whole; the shown first 6 with what follows; what precedes the shown last 4 with them.
  return [spelled(s), spelled(s.slice(0, s.length - 4)), spelled(s.slice(6))];
}

/** Text as a reader sees it: full-width digits as digits, XML character references resolved. */
function normalised(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function leaksIn(where: string, text: string): string[] {
  const plain = normalised(text);
  return secrets.filter((s) => leakPatterns(s).some((p) => p.test(plain))).map((s) => `${where}: ${s}`);
}

let outputs: Array<[string, string]>;
let zip: JSZip;

beforeAll(async () => {
  builtCli();
  await buildRoster();
  const json = jlRoster(['validate', ROSTER, '--json', '--out', REPORT, '--as-of', '2022-12-31']);
  const terminal = jlRoster(['validate', ROSTER, '--as-of', '2022-12-31']);
  const english = jlRoster(['validate', ROSTER, '--lang', 'en', '--as-of', '2022-12-31']);
  outputs = [
    ['--json stdout', json.stdout],
    ['--json stderr', json.stderr],
    ['terminal stdout', terminal.stdout],
    ['terminal stderr', terminal.stderr],
    ['English stdout', english.stdout],
  ];
  zip = await JSZip.loadAsync(fs.readFileSync(REPORT));
});

describe('a roster of disguised numbers through jl-roster --json --out', () => {
  it('ran and found the rows (so there was something to leak)', () => {
    const report = JSON.parse(outputs[0][1]) as { summary: { rows: number }; findings: Array<{ value: string }> };
    expect(report.summary.rows).toBeGreaterThanOrEqual(100);
    expect(outputs.map(([, text]) => text).join('\n')).not.toMatch(STACK_LINE);
    expect(secrets.length).toBeGreaterThan(300);
  });

  it('prints no number unmasked on stdout or stderr, in JSON, Chinese or English', () => {
    expect(outputs.flatMap(([where, text]) => leaksIn(where, text))).toEqual([]);
  });

  it('writes no number unmasked into any part of the report workbook (sheets, shared strings, notes, names)', async () => {
    const parts = Object.values(zip.files).filter((f) => !f.dir);
    expect(parts.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const part of parts) found.push(...leaksIn(part.name, await part.async('string')));
    expect(found).toEqual([]);
  });

  it('still shows the numbers masked, their last 4 kept (and the first 6 of an ID) so the clerk can find the row', async () => {
    const strings = normalised(await zip.file('xl/sharedStrings.xml')!.async('string'));
    const maskedTail = (s: string) => new RegExp(`(\\*${SEPARATORS}){5,}${s.slice(-4).split('').join(SEPARATORS)}`);
    expect(secrets.filter((s) => maskedTail(s).test(strings)).length).toBeGreaterThan(secrets.length * 0.9);
    const id = secrets[2];
    expect(strings).toMatch(new RegExp(`${id.slice(0, 6)}${SEPARATORS}(\\*${SEPARATORS}){8}${id.slice(-4).split('').join(SEPARATORS)}`));
  });

  it('keeps the hidden and very hidden sheets hidden in the copies', async () => {
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const states = [...workbook.matchAll(/<sheet ([^>]*)\/>/g)].map((m) => [/name="([^"]*)"/.exec(m[1])?.[1], /state="(\w+)"/.exec(m[1])?.[1] ?? 'visible']);
    expect(states).toEqual(expect.arrayContaining([['隐藏', 'hidden'], ['深度隐藏', 'veryHidden'], ['花名册', 'visible']]));
    expect(states.find(([name]) => name === '校验报告')?.[1]).toBe('visible');
  });

  it('keeps a valid credit code in the credit-code column readable', async () => {
    // The employer's own code is an entity's number, not a person's.
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain(creditCodeWithCheck('91222424MA0C8K3L9'));
  });
});
