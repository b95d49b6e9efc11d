// Dates given only to the month (2022.03, 2022年3月, 2022-03, 202203): read as every day of that month with a
// DATE_MONTH_ONLY warning; a condition is decided when it comes out the same on every day, else DATE_MONTH_AMBIGUOUS.
import type { ReadingValues } from '../../src/policy';
import { DEFAULT_READINGS, withReading } from '../../src/policy';
import { check, codesAt, employPerson, employRoster, findingsOf, grid, makeId, rowsOf } from './grid';

const ROW = (n: number) => n + 2;

function reading(id: string, option: string): ReadingValues {
  const r = withReading(DEFAULT_READINGS, id, option);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('a hire date given only to the month (measure 7)', () => {
  test('each form clerks write is that month: a warning at the cell, the month wholly after the cut-off pays', () => {
    const forms = ['2022.03', '2022年3月', '2022-03', 202203, '２０２２．０３', '2022/3'];
    const r = check(employRoster(forms.map((f, k) => employPerson(k + 1, { 入职日期: f }))));
    forms.forEach((_, k) => expect(codesAt(r, ROW(k + 1))).toEqual(['DATE_MONTH_ONLY']));
    const warning = findingsOf(r, 'DATE_MONTH_ONLY')[0];
    expect(warning).toMatchObject({ severity: 'warning', column: 'H', field: 'hireDate', value: '2022.03' });
    expect(warning.message.zh).toContain('2022-03-01 至 2022-03-31');
    expect(r.persons.map((p) => p.computedFen)).toEqual(forms.map(() => 160000));
  });

  test('a month wholly before the 2020-01-01 cut-off is hired too early; the month of the cut-off is in time', () => {
    const r = check(employRoster([employPerson(1, { 入职日期: '2019.12' }), employPerson(2, { 入职日期: '2020年1月' })]));
    expect(codesAt(r, ROW(1))).toEqual(['DATE_MONTH_ONLY', 'HIRE_BEFORE_CUTOFF']);
    expect(codesAt(r, ROW(2))).toEqual(['DATE_MONTH_ONLY']);
    expect(r.persons.map((p) => p.computedFen)).toEqual([0, 160000]);
  });

  test('read as "after 2020-01-01, that day excluded", the month 2020-01 is ambiguous and the error names the day', () => {
    const r = check(employRoster([employPerson(1, { 入职日期: '2020.01' }), employPerson(2, { 入职日期: '2020.02' })]), {
      readings: reading('employ_hire_cutoff_inclusive', 'exclusive'),
    });
    expect(codesAt(r, ROW(1))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']);
    const error = findingsOf(r, 'DATE_MONTH_AMBIGUOUS')[0];
    expect(error).toMatchObject({ severity: 'error', column: 'H', row: ROW(1) });
    expect(error.message.zh).toMatch(/^“入职日期”只到月（2020\.01）：吸纳就业起始日期的条件在该月内以 2020-01-02 为界前后结论不同/);
    expect(error.message.zh).toContain('2020-01-01 与 2020-01-02');
    expect(codesAt(r, ROW(2))).toEqual(['DATE_MONTH_ONLY']);
    // Undecided is not paid and not refused: no amount is worked out for it.
    expect(r.persons[0].computedFen).toBeNull();
  });

  test('the minimum wage of the month: 汪清县 1,480 until 2021-11-30, 1,540 from 2021-12-01 (a change on the 1st)', () => {
    const r = check(employRoster([employPerson(1, { 入职日期: '2021.11', 月工资: 1500 }), employPerson(2, { 入职日期: '2021.12', 月工资: 1500 })]));
    expect(codesAt(r, ROW(1))).toEqual(['DATE_MONTH_ONLY']);
    expect(codesAt(r, ROW(2))).toEqual(['DATE_MONTH_ONLY', 'WAGE_BELOW_MIN']);
  });

  test('not a month: 2022.13 and 2022年13月 are invalid dates, not months', () => {
    const r = check(employRoster([employPerson(1, { 入职日期: '2022.13' }), employPerson(2, { 入职日期: '2022年13月' })]));
    expect(codesAt(r, ROW(1))).toEqual(['DATE_INVALID']);
    expect(codesAt(r, ROW(2))).toEqual(['DATE_INVALID']);
  });
});

describe('a contract given only to the month (measure 6, at least 6 whole months)', () => {
  const HEADER = ['姓名', '身份证号码', '合同期限', '务工地点', '交通方式', '票价', '补贴金额'];
  const person = (n: number, contract: string) => ({
    姓名: `李${n}`,
    身份证号码: makeId('222426', '19850505', String(2 * n + 1).padStart(3, '0')),
    合同期限: contract,
    务工地点: '浙江省宁波市',
    交通方式: '硬座',
    票价: 420.5,
    补贴金额: 420.5,
  });
  const roster = (contracts: string[]) => grid([['和龙市跨省务工人员一次性交通补助花名册'], HEADER, ...rowsOf(HEADER, contracts.map((c, k) => person(k + 1, c)) as never)]);

  test('decided when every pair of days gives the same answer, ambiguous (with the span of months) otherwise', () => {
    const r = check(roster(['2022.03至2022.10', '2022.03至2022.06', '2022.03至2022.08', '2022-03-2022-09', '2022-03-01至2022.08']));
    expect(codesAt(r, ROW(1))).toEqual(['DATE_MONTH_ONLY']); // at least 6 months whatever the days
    expect(codesAt(r, ROW(2))).toEqual(['CONTRACT_TOO_SHORT', 'DATE_MONTH_ONLY']); // at most 4
    expect(codesAt(r, ROW(3))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']); // 4 to 6
    expect(codesAt(r, ROW(4))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']); // 5 to 6
    expect(codesAt(r, ROW(5))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']); // 5 to 6
    const ambiguous = findingsOf(r, 'DATE_MONTH_AMBIGUOUS');
    expect(ambiguous[0]).toMatchObject({ column: 'C', measure: 6 });
    expect(ambiguous[0].message.zh).toContain('合同期限在 4 至 6 个月之间');
    expect(ambiguous[0].message.zh).toContain('6 个月的期限要求');
    expect(r.persons[0].computedFen).toBe(42050);
  });
});
