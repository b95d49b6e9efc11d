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

describe('the 16th birthday inside a month given without its day (Labour Law art. 15: no hiring under 16)', () => {
  // Worked by hand: 2022.03 is 2022-03-01 to 2022-03-31. Born 2006-03-01: 16 on the 1st, so every day of March is
  // old enough. Born 2006-03-15: 15 on the 1st to the 14th, 16 from the 15th, so the month cannot decide it. Born
  // 2006-03-31: 16 only on the 31st. Born 2006-04-01: 15 on every day of March, under age whatever the day. Born
  // 2006-02-28: 16 before March began.
  const born = (birth: string, n: number) => makeId('222424', birth, String(2 * n + 1).padStart(3, '0'));
  const hiredIn = (month: string, births: string[]) =>
    check(employRoster(births.map((b, k) => employPerson(k + 1, { 身份证号码: born(b, k + 1), 入职日期: month }))));

  test('decided when the whole month is on one side of the birthday, else DATE_MONTH_AMBIGUOUS', () => {
    const r = hiredIn('2022.03', ['20060301', '20060315', '20060331', '20060401', '20060228']);
    expect(codesAt(r, ROW(1))).toEqual(['DATE_MONTH_ONLY']);
    expect(codesAt(r, ROW(2))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']);
    expect(codesAt(r, ROW(3))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']);
    expect(codesAt(r, ROW(4))).toEqual(['DATE_MONTH_ONLY', 'UNDER_WORKING_AGE']);
    expect(codesAt(r, ROW(5))).toEqual(['DATE_MONTH_ONLY']);
    const under = findingsOf(r, 'UNDER_WORKING_AGE')[0];
    expect(under).toMatchObject({ column: 'H', row: ROW(4) });
    expect(under.message.zh).toContain('2022-03-31 时未满16周岁（按身份证出生日期为15周岁）');
  });

  test('the error names the month the birthday falls in and the age, never the birth date that masking hides', () => {
    const r = hiredIn('2022年3月', ['20060315']);
    const [ambiguous] = findingsOf(r, 'DATE_MONTH_AMBIGUOUS');
    expect(ambiguous).toMatchObject({ severity: 'error', column: 'H', field: 'hireDate', value: '2022年3月' });
    expect(ambiguous.message.zh).toContain('此人在 2022-03 内年满16周岁');
    expect(ambiguous.message.en).toContain('turns 16 within 2022-03');
    const said = JSON.stringify(r.findings);
    expect(said).not.toContain('2006');
    expect(said).not.toContain('03-15');
    expect(said).not.toContain('0315');
  });

  test('a 29 February birthday: born 2004-02-29 turns 16 on 2020-02-29, the last day of 2020.02', () => {
    const r = hiredIn('2020.02', ['20040229', '20040228']);
    expect(codesAt(r, ROW(1))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']);
    // Born the 28th: 16 on 2020-02-28, so 15 on the 1st to the 27th: ambiguous too.
    expect(codesAt(r, ROW(2))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']);
    const r2 = hiredIn('2020.03', ['20040229']);
    expect(codesAt(r2, ROW(1))).toEqual(['DATE_MONTH_ONLY']);
  });

  test('a full hire date is still decided on its day', () => {
    const r = check(employRoster([employPerson(1, { 身份证号码: born('20060315', 1), 入职日期: '2022-03-14' }), employPerson(2, { 身份证号码: born('20060315', 2), 入职日期: '2022-03-15' })]));
    expect(codesAt(r, ROW(1))).toEqual(['UNDER_WORKING_AGE']);
    expect(codesAt(r, ROW(2))).toEqual([]);
  });

  test('a welfare post hired in a month (measure 9) and a contract starting in a month (measure 6) alike', () => {
    const welfareHeader = ['姓名', '身份证号码', '岗位', '入职日期', '月数', '补贴金额'];
    const welfare = check(
      grid([
        ['汪清县临时公益岗位补贴花名册'],
        welfareHeader,
        ...rowsOf(welfareHeader, [
          { 姓名: '赵1', 身份证号码: born('20060315', 1), 岗位: '防疫消杀', 入职日期: '2022.03', 月数: 2, 补贴金额: 2000 },
          { 姓名: '赵2', 身份证号码: born('20060401', 2), 岗位: '防疫消杀', 入职日期: '2022.03', 月数: 2, 补贴金额: 2000 },
        ] as never),
      ]),
    );
    expect(codesAt(welfare, ROW(1))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']);
    expect(findingsOf(welfare, 'DATE_MONTH_AMBIGUOUS')[0]).toMatchObject({ column: 'D', field: 'hireDate' });
    expect(codesAt(welfare, ROW(2))).toEqual(['DATE_MONTH_ONLY', 'UNDER_WORKING_AGE']);

    const travelHeader = ['姓名', '身份证号码', '合同期限', '务工地点', '交通方式', '票价', '补贴金额'];
    const traveller = (n: number, birth: string, contract: string) => ({
      姓名: `李${n}`, 身份证号码: born(birth, n), 合同期限: contract, 务工地点: '浙江省宁波市', 交通方式: '硬座', 票价: 420.5, 补贴金额: 420.5,
    });
    // 2022.03至2022.12: 9 to 10 whole months, at least 6 whatever the days; only the age is in question.
    const travel = check(
      grid([['和龙市跨省务工人员一次性交通补助花名册'], travelHeader, ...rowsOf(travelHeader, [traveller(1, '20060315', '2022.03至2022.12'), traveller(2, '20060301', '2022.03至2022.12')] as never)]),
    );
    expect(codesAt(travel, ROW(1))).toEqual(['DATE_MONTH_AMBIGUOUS', 'DATE_MONTH_ONLY']);
    expect(findingsOf(travel, 'DATE_MONTH_AMBIGUOUS')[0]).toMatchObject({ column: 'C', field: 'contract' });
    expect(codesAt(travel, ROW(2))).toEqual(['DATE_MONTH_ONLY']);
  });
});
