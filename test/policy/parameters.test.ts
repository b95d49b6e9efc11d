import fs from 'fs';
import os from 'os';
import path from 'path';
import type { CountyRecord, PolicyData } from '../../src/policy';
import { findCounty, isoToSerial, POLICY, PolicyTables } from '../../src/policy';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readPolicyData } = require('../../scripts/policy-data.js') as { readPolicyData: (dir: string) => PolicyData & { counties: CountyRecord[] } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderPolicy, staleFiles } = require('../../scripts/import-policy.js') as { renderPolicy: (data: unknown) => string; staleFiles: () => string[] };

const DATA = path.join(__dirname, '../../src/policy/data');

/** A copy of the shipped data directory with `edit` applied to some of its files: a fixture a policy officer could make. */
function editedData(edits: Readonly<Record<string, (csv: string) => string>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-policy-'));
  for (const f of fs.readdirSync(DATA)) {
    const content = fs.readFileSync(path.join(DATA, f), 'utf8');
    fs.writeFileSync(path.join(dir, f), edits[f] ? edits[f](content) : content);
  }
  return dir;
}

const HYPOTHETICAL_DOCUMENT = 'hypothetical_2023,吉林省（假设）,Jilin (hypothetical),假设的修订文件,A hypothetical amending document,,2023-06-01,,2026-12-01,test fixture only\n';

describe('the parameters as data', () => {
  it('every dated value cites a document with a title and issuer, a clause, the date its lookup takes and when it was verified', () => {
    for (const id of POLICY.parameterIds()) {
      for (const v of POLICY.valuesOf(id)) {
        expect(v.citation.document.title.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(v.citation.document.issuer.en).not.toBe('');
        expect(v.citation.clause.zh).not.toBe('');
        expect(['hire_date', 'claim_date']).toContain(v.citation.dateUsed);
        expect(['quoted', 'paraphrased']).toContain(v.citation.clauseForm);
        expect(v.citation.document.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('the generated TypeScript is up to date with the CSV files', () => {
    expect(staleFiles()).toEqual([]);
  });

  it('the staleness check sees a changed value', () => {
    const dir = editedData({ 'parameters.csv': (csv) => csv.replace('welfare.monthly_subsidy,2022-04-01,,1000,', 'welfare.monthly_subsidy,2022-04-01,,1200,') });
    const current = fs.readFileSync(path.join(__dirname, '../../src/policy/policy.data.ts'), 'utf8');
    expect(renderPolicy(readPolicyData(dir))).not.toBe(current);
    expect(renderPolicy(readPolicyData(DATA))).toBe(current);
  });

  it('two values of one parameter in force on one day are an error at load, naming both', () => {
    const dir = editedData({
      'parameters.csv': (csv) => `${csv}employ.employer_cap,2023-07-01,,60000,yuan,hire_date,每家用工单位补贴上限,cap per employer,eleven_measures,7,x,x,paraphrased,,2026-12-01\n`,
    });
    expect(() => new PolicyTables(readPolicyData(dir))).toThrow(/2020-01-01.*2023-07-01.*both in force on 2023-07-01/);
  });

  it('a bad row is reported with its file, line and column', () => {
    const dir = editedData({ 'parameters.csv': (csv) => csv.replace('travel.fare_cap,2022-04-01,,1600,', 'travel.fare_cap,2022-4-1,,1600,') });
    expect(() => readPolicyData(dir)).toThrow(/parameters\.csv 第6行 “from” 列/);
  });

  it('a later employer cap: a hire before its first day keeps the old cap, a hire on or after it gets the new one', () => {
    const dir = editedData({
      'documents.csv': (csv) => csv + HYPOTHETICAL_DOCUMENT,
      'parameters.csv': (csv) =>
        csv.replace('employ.employer_cap,2020-01-01,,50000,', 'employ.employer_cap,2020-01-01,2023-06-30,50000,') +
        'employ.employer_cap,2023-07-01,,60000,yuan,hire_date,每家用工单位补贴上限,cap per employer,hypothetical_2023,7,每家企业最高不超过6万元,at most 60000 yuan per enterprise,paraphrased,employ_employer_cap,2026-12-01\n',
    });
    const tables = new PolicyTables(readPolicyData(dir));
    expect(tables.parameterOn('employ.employer_cap', isoToSerial('2023-06-30'))?.value).toBe(50_000_00);
    const later = tables.parameterOn('employ.employer_cap', isoToSerial('2023-07-01'));
    expect(later?.value).toBe(60_000_00);
    expect(later?.citation.document.id).toBe('hypothetical_2023');
    // The shipped data has one cap with no end.
    expect(POLICY.parameterOn('employ.employer_cap', isoToSerial('2023-07-01'))?.value).toBe(50_000_00);
  });

  it('every hire-date parameter covers hires from the cut-off, and nothing is in force before it', () => {
    expect(POLICY.parameterOn('employ.subsidy_per_person', isoToSerial('2020-01-01'))?.citation.dateUsed).toBe('hire_date');
    expect(POLICY.parameterOn('employ.subsidy_per_person', isoToSerial('2019-12-31'))).toBeUndefined();
    expect(POLICY.parameterOn('travel.fare_cap', isoToSerial('2022-03-31'))).toBeUndefined();
  });
});

describe('minimum-wage standards as rows', () => {
  it('tier 4 was abolished by the 2025 standard', () => {
    const county: CountyRecord = { code: '', name: 'x', prefecture: 'x', tiers: { '2025': 4 }, note: '' };
    expect(POLICY.minimumWageOn(county, isoToSerial('2025-12-09'))).toBeUndefined();
  });

  it('a fourth standard is a data change only: its rows, and each county\'s tier under it', () => {
    const dir = editedData({
      'documents.csv': (csv) => csv + 'minimum_wage_2029,吉林省人民政府（假设）,Jilin (hypothetical),假设的2029年最低工资通知,A hypothetical 2029 notice,,2028-11-01,,2026-12-01,test fixture only\n',
      'minimum-wage.csv': (csv) =>
        csv.replace(/^(2025,2025-12-01),,/gm, '$1,2028-12-31,') + '2029,2029-01-01,,1,2500,25,minimum_wage_2029\n2029,2029-01-01,,2,2300,23,minimum_wage_2029\n',
      'jilin-counties.csv': (csv) =>
        csv
          .split('\n')
          .map((line, i) => (line === '' ? line : i === 0 ? `${line},tier_2029` : `${line},${line.includes('长春市') ? 1 : 2}`))
          .join('\n'),
    });
    const data = readPolicyData(dir);
    const tables = new PolicyTables(data);
    const wangqing = data.counties.find((c) => c.name === '汪清县')!;
    const nanguan = data.counties.find((c) => c.name === '南关区')!;
    expect(tables.minimumWageOn(wangqing, isoToSerial('2028-12-31'))?.fen).toBe(1870_00);
    expect(tables.minimumWageOn(wangqing, isoToSerial('2029-01-01'))).toMatchObject({ fen: 2300_00, tier: 2 });
    expect(tables.minimumWageOn(nanguan, isoToSerial('2029-06-01'))?.standard.citation.document.id).toBe('minimum_wage_2029');
    // The shipped county table is unchanged by the fixture.
    expect(findCounty('汪清县')?.tiers).toEqual({ 2017: 4, 2021: 4, 2025: 3 });
  });

  it('two standards in force on one day are an error at load', () => {
    const dir = editedData({
      'documents.csv': (csv) => csv + 'minimum_wage_2029,x,x,x,x,,2028-11-01,,2026-12-01,\n',
      'minimum-wage.csv': (csv) => `${csv}2029,2029-01-01,,1,2500,25,minimum_wage_2029\n`,
      'jilin-counties.csv': (csv) => csv.split('\n').map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'tier_2029' : 1}`)).join('\n'),
    });
    expect(() => new PolicyTables(readPolicyData(dir))).toThrow(/minimum-wage standards.*both in force on 2029-01-01/);
  });
});
