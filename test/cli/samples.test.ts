// The committed samples (assets/samples, made by `npm run samples`) through the real command, as `npm run demo` runs
// them: every planted error listed in their README is found where it was planted, and the --out report workbook
// marks each finding's cell, links to it, and never shows an ID number or bank account in full.
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/roster';
import { parseCreditCode } from '../../src/policy/creditCode';
import { FINDING_CODES } from '../../src/roster';
import { readXlsxFile } from '../../src/xlsx';
import { builtCli, jlRoster, ROOT } from './builtCli';
import { sha256, STACK_LINE, tempFolder } from './files';

interface Planted {
  file: string;
  sheet: string;
  row: number;
  column: string;
  code: string;
  what: string;
  mustNotFire?: string[];
}

// Each test runs the command as a child process; a busy machine may take seconds per run.
jest.setTimeout(60_000);

const SAMPLES = 'assets/samples';
const README = fs.readFileSync(path.join(ROOT, SAMPLES, 'README.md'), 'utf8');
const PLANTED = JSON.parse(/<!-- planted-errors:json (.*) -->/.exec(README)?.[1] ?? '[]') as Planted[];
const ROSTERS = ['employ-wangqing-2022.xlsx', 'employ-antu-2022.xlsx', 'travel-helong-2022.xlsx', 'welfare-tumen-2022.xlsx', 'production-2022.xlsx', 'unsalable-2022.xlsx'].map((f) => `${SAMPLES}/${f}`);
const REGISTER = `${SAMPLES}/paid-register.xlsx`;
const REGISTRY = ['wangqing', 'antu', 'helong', 'tumen'].map((county) => `${SAMPLES}/registry-${county}-2022.xlsx`);
const DECEASED = `${SAMPLES}/deceased-2022.xlsx`;
const ARGS = ['validate', ...ROSTERS, '--history', REGISTER, ...REGISTRY.flatMap((f) => ['--registry', f]), '--deceased', DECEASED, '--as-of', '2022-12-31'];

const folder = tempFolder('samples');
const REPORT = path.join(folder.dir, 'report.xlsx');
let before: Map<string, string>;
let json: { code: number | null; stdout: string; stderr: string };
let report: JsonReport;
let text: { code: number | null; stdout: string; stderr: string };
/** Every ID number and bank account in the samples, unmasked. */
let secrets: string[];

beforeAll(async () => {
  builtCli();
  before = new Map([...ROSTERS, REGISTER, ...REGISTRY, DECEASED].map((f) => [f, sha256(path.join(ROOT, f))]));
  json = jlRoster([...ARGS, '--json', '--out', REPORT]);
  report = JSON.parse(json.stdout) as JsonReport;
  text = jlRoster(ARGS);
  secrets = [];
  for (const f of [...ROSTERS, REGISTER, ...REGISTRY, DECEASED]) {
    for (const grid of await readXlsxFile(path.join(ROOT, f))) {
      const header = grid.values.findIndex((r) => r.includes('身份证号码') || r.includes('证件号码'));
      if (header < 0) continue;
      for (const column of ['身份证号码', '证件号码', '银行账号'].map((h) => grid.values[header].indexOf(h)).filter((c) => c >= 0)) {
        for (const row of grid.values.slice(header + 1)) {
          const v = String(row[column]).replace(/\s/g, '');
          if (/^[\dXx]{15,20}$/.test(v)) secrets.push(v.toUpperCase(), v);
        }
      }
    }
  }
}, 180_000);

afterAll(() => folder.remove());

describe('the samples README', () => {
  it('lists the planted errors of every kind the issue names', () => {
    const codes = new Set(PLANTED.map((p) => p.code));
    const registryCodes = ['NOT_IN_REGISTRY', 'REGISTRY_NAME_MISMATCH', 'REGISTRY_NOT_ELIGIBLE', 'REGISTRY_CATEGORY_MISMATCH', 'REGISTRY_NO_LABOUR', 'REGISTRY_WORK_MISMATCH', 'DECEASED', 'HOUSEHOLD_MANY_CLAIMS', 'REGISTRY_ROW_PROBLEM'];
    for (const code of ['DUPLICATE_IN_ROSTER', 'DUPLICATE_PAID', 'ID_NUMERIC', 'ID_CHECKSUM', 'ID_OLD_15', 'HIRE_BEFORE_CUTOFF', 'MONTHS_BELOW_MIN', 'WAGE_BELOW_MIN', 'AMOUNT_MISMATCH', 'TOTAL_MISMATCH', 'EMPLOYER_CODE_INVALID', 'EMPLOYER_CAP_EXCEEDED', 'CONTRACT_TOO_SHORT', 'WELFARE_MONTHS_OVER_LIMIT', 'DATE_INVALID', ...registryCodes]) {
      expect([code, codes.has(code)]).toEqual([code, true]);
    }
    const crossFile = PLANTED.filter((p) => p.code === 'DUPLICATE_IN_ROSTER').map((p) => (p as Planted & { related?: Array<{ file: string }> }).related?.[0]?.file !== p.file);
    expect(crossFile).toContain(true);
  });
});

describe('jl-roster on the samples', () => {
  it('exits 1 (errors found) with nothing on stderr', () => {
    expect(json.code).toBe(1);
    expect(text.code).toBe(1);
    expect(json.stderr).toContain('report.xlsx');
    expect(json.stderr).not.toMatch(STACK_LINE);
    expect(text.stderr).toBe('');
  });

  it.each(PLANTED.map((p) => [`${p.file} ${p.sheet}!${p.column}${p.row} ${p.code || `(no ${p.mustNotFire?.join('/')})`}`, p] as const))('%s', (_label, p) => {
    const here = report.findings.filter((f) => f.file === `${SAMPLES}/${p.file}` && f.sheet === p.sheet && f.row === p.row);
    if (p.code) expect(here.map((f) => f.code)).toContain(p.code);
    for (const code of p.mustNotFire ?? []) expect(here.map((f) => f.code)).not.toContain(code);
  });

  it('prints the findings of the readable report with the code titles and counts', () => {
    for (const [code, count] of Object.entries(report.summary.byCode)) {
      const info = FINDING_CODES[code as keyof typeof FINDING_CODES];
      const line = text.stdout.split('\n').find((l) => l.trim().startsWith(`${code} `));
      expect([code, line?.includes(info.title.zh), line?.includes(` ${count} `)]).toEqual([code, true, true]);
    }
    for (const f of report.findings) expect(text.stdout).toContain(`${f.file} / ${f.sheet} / 第${f.row}行`);
  });

  it('never prints an ID number or bank account unmasked', () => {
    expect(secrets.length).toBeGreaterThan(300);
    for (const s of secrets) {
      expect(json.stdout).not.toContain(s);
      expect(text.stdout).not.toContain(s);
    }
  });

  it('leaves the sample files byte-for-byte unchanged', () => {
    for (const [f, hash] of before) expect([f, sha256(path.join(ROOT, f))]).toEqual([f, hash]);
  });
});

describe('the --out report workbook', () => {
  let wb: ExcelJS.Workbook;
  let reportSheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REPORT);
    reportSheet = wb.worksheets[0];
  });

  /** Every HYPERLINK(“#'Sheet'!B12”, …) in the 校验报告 sheet, in order. */
  function links(): Array<{ sheet: string; address: string }> {
    const found: Array<{ sheet: string; address: string }> = [];
    reportSheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const formula = v && typeof v === 'object' && 'formula' in v ? v.formula : '';
        const m = /^HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+\d+)"/.exec(formula ?? '');
        if (m) found.push({ sheet: m[1].replace(/''/g, "'"), address: m[2] });
      }),
    );
    return found;
  }

  /** The findings on the rosters: a registry export's own problems are listed but not copied or linked. */
  const onRosters = () => report.findings.filter((f) => ROSTERS.includes(f.file));

  it('opens on the 校验报告 sheet, with one link per finding on a roster, in the order of the findings', () => {
    expect(reportSheet.name).toBe('校验报告');
    const all = links();
    expect(onRosters().length).toBeLessThan(report.findings.length);
    expect(all).toHaveLength(onRosters().length);
    all.forEach((link, i) => expect(link.address).toBe(`${onRosters()[i].column || 'A'}${onRosters()[i].row}`));
  });

  it('links each finding to its own cell in a copy of its sheet, filled and with a note naming the code', () => {
    links().forEach((link, i) => {
      const f = onRosters()[i];
      const sheet = wb.getWorksheet(link.sheet);
      expect(sheet).toBeDefined();
      const cell = sheet!.getCell(link.address);
      expect([f.code, typeof cell.note === 'string' && cell.note.includes(f.code)]).toEqual([f.code, true]);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    });
  });

  it('copies every checked sheet with its values and number formats, ID numbers and accounts masked', async () => {
    const copies = new Map(links().map((l, i) => [`${onRosters()[i].file}\u0000${onRosters()[i].sheet}`, l.sheet]));
    const outGrids = await readXlsxFile(REPORT);
    const secret = new Set(secrets);
    let masked = 0;
    for (const f of ROSTERS) {
      for (const input of await readXlsxFile(path.join(ROOT, f), f)) {
        const copyName = copies.get(`${f}\u0000${input.sheet}`);
        if (!copyName) continue;
        const copy = outGrids.find((g) => g.sheet === copyName)!;
        expect(copy.values.length).toBe(input.values.length);
        // Issue 9: a credit-code cell that is no valid credit code may be a person's ID, and is masked as one.
        const header = input.values.findIndex((row) => row.some((v) => String(v).includes('信用代码')));
        const creditColumn = header < 0 ? -1 : input.values[header].findIndex((v) => String(v).includes('信用代码'));
        input.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const out = copy.values[r][c];
            const badCreditCode = r > header && c === creditColumn && /\d{15}/.test(String(v)) && !parseCreditCode(v).ok;
            const personal = secret.has(String(v).replace(/\s/g, '')) || (typeof v === 'number' && v >= 1e14) || badCreditCode;
            if (!personal) {
              expect([copyName, r, c, out]).toEqual([copyName, r, c, v]);
              return;
            }
            // Masked: the digits in the middle hidden, the last four kept so the clerk can still find the row.
            masked++;
            expect(String(out)).toMatch(/\*{5,}/);
            expect(String(out).slice(-4).toUpperCase()).toBe(String(v).replace(/\s/g, '').slice(-4).toUpperCase());
          }),
        );
        expect(copy.numberFormats).toEqual(input.numberFormats);
      }
    }
    expect(copies.size).toBeGreaterThanOrEqual(5);
    expect(masked).toBeGreaterThan(200);
  });

  it('shows no ID number or bank account unmasked anywhere: the 校验报告 sheet, the copies, the notes', () => {
    const shown: string[] = [];
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          shown.push(String(cell.text));
          if (typeof cell.note === 'string') shown.push(cell.note);
        }),
      );
    }
    const all = shown.join('\n');
    for (const s of secrets) expect(all).not.toContain(s);
  });

  it('sums up by code in the 校验报告 sheet', () => {
    for (const [code, count] of Object.entries(report.summary.byCode)) {
      let found = false;
      reportSheet.eachRow((row) => {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        if (values[0] === code && values.includes(count)) found = true;
      });
      expect([code, found]).toEqual([code, true]);
    }
  });
});
