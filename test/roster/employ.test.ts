import { PAID_REGISTER } from '../../src/roster';
import { check, codesAt, employPerson, employRoster, EMPLOY_HEADER, findingsOf, grid, makeCreditCode, makeId, rowsOf, serial } from './grid';

const ROW = (n: number) => n + 2;

describe('measure 7 conditions (employmentSubsidy of the policy module)', () => {
  test('HIRE_BEFORE_CUTOFF: hired on 2020-01-01 counts, the day before does not', () => {
    const r = check(employRoster([employPerson(1, { 入职日期: '2019-12-31' }), employPerson(2, { 入职日期: '2020-01-01' })]));
    expect(codesAt(r, ROW(1))).toEqual(['HIRE_BEFORE_CUTOFF']);
    expect(findingsOf(r, 'HIRE_BEFORE_CUTOFF')[0]).toMatchObject({ column: 'H', measure: 7 });
    expect(codesAt(r, ROW(2))).toEqual([]);
    expect(r.persons.map((p) => p.computedFen)).toEqual([0, 160000]);
  });

  test('MONTHS_BELOW_MIN: 3 months is enough, 2 is not', () => {
    const r = check(employRoster([employPerson(1, { 工作月数: 2 }), employPerson(2, { 工作月数: 3 })]));
    expect(codesAt(r, ROW(1))).toEqual(['MONTHS_BELOW_MIN']);
    expect(codesAt(r, ROW(2))).toEqual([]);
  });

  test('WAGE_BELOW_MIN against the county minimum on the hire date (汪清县 1,540 from 2021-12-01; 延吉市 1,760)', () => {
    const r = check(
      employRoster([
        employPerson(1, { 月工资: 1539.99 }),
        employPerson(2, { 月工资: 1540 }),
        employPerson(3, { 月工资: 1700, '县（市、区）': '延吉市' }),
        employPerson(4, { 月工资: 1500, 入职日期: '2021-11-30' }), // 2017 standard: 汪清县 1,480
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['WAGE_BELOW_MIN']);
    expect(findingsOf(r, 'WAGE_BELOW_MIN')[0].message.zh).toContain('1,540.00');
    expect(codesAt(r, ROW(2))).toEqual([]);
    expect(codesAt(r, ROW(3))).toEqual(['WAGE_BELOW_MIN']);
    expect(findingsOf(r, 'WAGE_BELOW_MIN')[1].message.zh).toContain('1,760.00');
    expect(codesAt(r, ROW(4))).toEqual([]);
  });

  test('an unknown county is a finding and the wage cannot be checked', () => {
    const r = check(employRoster([employPerson(1, { '县（市、区）': '北京市朝阳区', 月工资: 1000 })]));
    expect(codesAt(r, ROW(1))).toEqual(['CATEGORY_INVALID']);
    expect(r.persons[0].computedFen).toBeNull();
  });

  test('without a county column: COLUMN_MISSING once per sheet, not per row; a default county fills in', () => {
    const header = EMPLOY_HEADER.filter((h) => h !== '县（市、区）');
    const roster = grid([['一次性吸纳就业补贴花名册'], header, ...rowsOf(header, [employPerson(1, { 月工资: 1500 }), employPerson(2)])]);
    const without = check(roster);
    expect(without.findings.map((f) => f.code)).toEqual(['COLUMN_MISSING']);
    expect(without.findings[0]).toMatchObject({ row: 2, field: 'county', column: '' });
    const withDefault = check(roster, { defaultCounty: '汪清县' });
    expect(withDefault.findings.map((f) => `${f.code}@${f.row}`)).toEqual(['WAGE_BELOW_MIN@3']);
  });

  test('COLUMN_MISSING for each column the kind cannot do without', () => {
    const header = ['姓名', '身份证号码', '入职日期'];
    const r = check(grid([['一次性吸纳就业补贴花名册'], header, ['张三', makeId('222424', '19800101', '001'), '2022-03-01']]));
    expect(findingsOf(r, 'COLUMN_MISSING').map((f) => f.field).sort()).toEqual(['county', 'employer', 'monthsWorked', 'wage']);
  });

  test('EMPLOYER_CODE_INVALID: wrong check character, a letter outside the alphabet, empty', () => {
    const good = makeCreditCode('222424', '000000777');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const r = check(
      employRoster([
        employPerson(1, { 统一社会信用代码: wrong }),
        employPerson(2, { 统一社会信用代码: `I${good.slice(1)}` }),
        employPerson(3, { 统一社会信用代码: null }),
        employPerson(4, { 统一社会信用代码: good.toLowerCase() }),
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['EMPLOYER_CODE_INVALID']);
    expect(codesAt(r, ROW(2))).toEqual(['EMPLOYER_CODE_INVALID']);
    expect(codesAt(r, ROW(3))).toEqual(['EMPLOYER_CODE_INVALID']);
    expect(codesAt(r, ROW(4))).toEqual([]);
  });

  test('EMPLOYER_NOT_JILIN: a warning for a code registered outside 22xxxx', () => {
    const r = check(employRoster([employPerson(1, { 统一社会信用代码: makeCreditCode('110105') })]));
    expect(findingsOf(r, 'EMPLOYER_NOT_JILIN')).toHaveLength(1);
    expect(findingsOf(r, 'EMPLOYER_NOT_JILIN')[0].severity).toBe('warning');
    expect(r.summary.errors).toBe(0);
  });

  test('AMOUNT_MISMATCH states both amounts in yuan', () => {
    const r = check(employRoster([employPerson(1, { 补贴金额: 1500 }), employPerson(2, { 补贴金额: '1,600.00' })]));
    expect(codesAt(r, ROW(1))).toEqual(['AMOUNT_MISMATCH']);
    const f = findingsOf(r, 'AMOUNT_MISMATCH')[0];
    expect(f.message.zh).toContain('1,500.00');
    expect(f.message.zh).toContain('1,600.00');
    expect(f.message.en).toContain('1,600.00');
    expect(codesAt(r, ROW(2))).toEqual([]);
  });

  test('a row not eligible is not also an AMOUNT_MISMATCH', () => {
    const r = check(employRoster([employPerson(1, { 工作月数: 1, 补贴金额: 1600 })]));
    expect(codesAt(r, ROW(1))).toEqual(['MONTHS_BELOW_MIN']);
  });
});

describe('EMPLOYER_CAP_EXCEEDED (50,000 per employer, hire-date order)', () => {
  const hires = (n: number, over: (i: number) => Record<string, unknown> = () => ({})) =>
    Array.from({ length: n }, (_, k) => employPerson(k + 1, { 入职日期: serial('2022-03-01') + k, ...over(k + 1) } as never));

  test('33 hires: the 32nd gets 400 and the 33rd is flagged', () => {
    const r = check(employRoster(hires(33, (i) => ({ 补贴金额: i === 32 ? 400 : 1600 }))));
    expect(r.persons.slice(0, 31).every((p) => p.computedFen === 160000)).toBe(true);
    expect(r.persons[31].computedFen).toBe(40000);
    expect(r.persons[32].computedFen).toBe(0);
    expect(r.findings.map((f) => `${f.code}@${f.row}`)).toEqual([`EMPLOYER_CAP_EXCEEDED@${ROW(33)}`]);
    expect(findingsOf(r, 'EMPLOYER_CAP_EXCEEDED')[0]).toMatchObject({ column: 'G', field: 'employerCode', measure: 7 });
  });

  test('the 32nd claiming the full 1,600 is an AMOUNT_MISMATCH against 400', () => {
    const r = check(employRoster(hires(33)));
    expect(codesAt(r, ROW(32))).toEqual(['AMOUNT_MISMATCH']);
    expect(findingsOf(r, 'AMOUNT_MISMATCH')[0].message.zh).toContain('400.00');
  });

  test('persons are served in hire-date order, not roster order; ties keep roster order', () => {
    const rows = hires(33, (i) => (i === 1 ? { 入职日期: '2022-06-01' } : { 入职日期: '2022-03-01' }));
    const r = check(employRoster(rows));
    expect(findingsOf(r, 'EMPLOYER_CAP_EXCEEDED').map((f) => f.row)).toEqual([ROW(1)]);
    // Among the 32 hired the same day, the last in the roster gets what is left.
    expect(r.persons[32].computedFen).toBe(40000);
  });

  test('hire-date order in a big employer (70 hires): the latest hire, listed first, is served last', () => {
    const rows = hires(70, (i) => (i === 1 ? { 入职日期: '2022-06-30' } : {}));
    const r = check(employRoster(rows));
    // Served: rows 2..70 by date, then row 1. The 32nd served is row 33 (400 left); rows 34..70 and row 1 get nothing.
    expect(r.persons[32].computedFen).toBe(40000);
    const expected = [ROW(1), ...Array.from({ length: 37 }, (_, k) => ROW(34 + k))];
    expect(findingsOf(r, 'EMPLOYER_CAP_EXCEEDED').map((f) => f.row)).toEqual(expected);
  });

  test('the cap is per employer, across rosters of several files', () => {
    const a = employRoster(hires(20), { file: 'a.xlsx' });
    const b = employRoster(
      Array.from({ length: 13 }, (_, k) => employPerson(100 + k, { 入职日期: serial('2022-04-01') + k })),
      { file: 'b.xlsx' },
    );
    const r = check([a, b]);
    expect(findingsOf(r, 'EMPLOYER_CAP_EXCEEDED').map((f) => `${f.file}@${f.row}`)).toEqual([`b.xlsx@${ROW(13)}`]);
    const other = employRoster(Array.from({ length: 13 }, (_, k) => employPerson(100 + k, { 统一社会信用代码: makeCreditCode('222424', '000000999') })), { file: 'b.xlsx' });
    expect(findingsOf(check([a, other]), 'EMPLOYER_CAP_EXCEEDED')).toEqual([]);
  });

  test('counting what the paid register says the employer was already paid', () => {
    // 30 persons already paid 1,600 each = 48,000: 2,000 left, so 1,600, then 400, then nothing.
    const register = grid(
      [
        [...PAID_REGISTER.headers],
        ...Array.from({ length: 30 }, (_, k) => [makeId('222424', '19700101', String(2 * k + 1).padStart(3, '0')), `王${k}`, '汪清县某食品有限公司', employPerson(1).统一社会信用代码, 1600, '一次性吸纳就业补贴', 7, null, '2021-06-30', '2021年花名册']),
      ],
      { file: 'paid.xlsx', sheet: PAID_REGISTER.sheetName },
    );
    const r = check(employRoster(hires(3, (i) => ({ 补贴金额: i === 2 ? 400 : 1600 }))), { history: [register] });
    expect(r.persons.map((p) => p.computedFen)).toEqual([160000, 40000, 0]);
    expect(r.findings.map((f) => `${f.code}@${f.row}`)).toEqual([`EMPLOYER_CAP_EXCEEDED@${ROW(3)}`]);
  });

  test('a register without amounts counts 1,600 per person paid', () => {
    const register = grid(
      [['身份证号码', '姓名', '统一社会信用代码'], ...Array.from({ length: 31 }, (_, k) => [makeId('222424', '19700101', String(2 * k + 1).padStart(3, '0')), `王${k}`, employPerson(1).统一社会信用代码])],
      { file: 'paid.xlsx' },
    );
    // 31 × 1,600 = 49,600: 400 left.
    const r = check(employRoster(hires(2, () => ({ 补贴金额: 400 }))), { history: [register] });
    expect(r.persons.map((p) => p.computedFen)).toEqual([40000, 0]);
    expect(findingsOf(r, 'EMPLOYER_CAP_EXCEEDED').map((f) => f.row)).toEqual([ROW(2)]);
  });
});
