// Every branch of the readings the roster checks follow (data/readings.csv): the shipped option and each other one.
import type { ReadingValues } from '../../src/policy';
import { DEFAULT_READINGS, withReading } from '../../src/policy';
import { PAID_REGISTER } from '../../src/roster';
import { WANGQING_EMPLOYER, check, codesAt, employPerson, employRoster, findingsOf, grid, makeId, serial } from './grid';

const ROW = (n: number) => n + 2;

function readings(...pairs: Array<[string, string]>): ReadingValues {
  let values = DEFAULT_READINGS;
  for (const [id, option] of pairs) {
    const r = withReading(values, id, option);
    if (!r.ok) throw new Error(r.error.message.en);
    values = r.value;
  }
  return values;
}

const register = (rows: unknown[][]) => grid([[...PAID_REGISTER.headers], ...(rows as never[][])], { file: 'paid.xlsx', sheet: PAID_REGISTER.sheetName });
const paidRow = (id: string, name: string, kind: string | null, amount: number | null = 1600, payDate = '2021-12-31') => [id, name, '汪清县某食品有限公司', WANGQING_EMPLOYER, amount, kind, null, null, payDate, '2021年花名册'];

function travelRoster(id: string, name: string) {
  return grid([['跨省务工交通补助花名册'], ['姓名', '身份证号码', '合同期限', '务工地点', '交通方式', '票价', '补贴金额'], [name, id, 12, '浙江省', '硬座', 300, 300]], { file: 'travel.xlsx' });
}

describe('once_scope: what 「不得重复享受」 counts as the same support twice', () => {
  const hired2021 = employPerson(1, { 入职日期: serial('2021-05-10') });
  const hired2022 = { ...hired2021, 序号: 2, 入职日期: serial('2022-03-01') };

  test('ever (shipped): claims in two years are duplicates, and the finding quotes the reading', () => {
    const r = check(employRoster([hired2021, hired2022]));
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER').map((f) => f.row)).toEqual([ROW(1), ROW(2)]);
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER')[0].message.zh).toContain('跨单位、跨花名册、跨年度');
  });

  test('calendar-year: claims in two years are not duplicates; two in one year still are', () => {
    const options = { readings: readings(['once_scope', 'calendar-year']) };
    expect(findingsOf(check(employRoster([hired2021, hired2022]), options), 'DUPLICATE_IN_ROSTER')).toEqual([]);
    const sameYear = { ...hired2022, 序号: 3, 入职日期: serial('2022-05-01') };
    const r = check(employRoster([hired2021, hired2022, sameYear]), options);
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER').map((f) => f.row)).toEqual([ROW(2), ROW(3)]);
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER')[0].message.zh).toContain('每个自然年');
  });

  test('calendar-year against the paid register: paid in an earlier year is no repeat, paid in the same year is', () => {
    const options = { readings: readings(['once_scope', 'calendar-year']) };
    const person = employPerson(1);
    const paid2021 = register([paidRow(String(person.身份证号码), String(person.姓名), '一次性吸纳就业补贴', 1600, '2021-12-31')]);
    expect(check(employRoster([person]), { ...options, history: [paid2021] }).findings).toEqual([]);
    const paid2022 = register([paidRow(String(person.身份证号码), String(person.姓名), '一次性吸纳就业补贴', 1600, '2022-01-15')]);
    expect(codesAt(check(employRoster([person]), { ...options, history: [paid2022] }), ROW(1))).toEqual(['DUPLICATE_PAID']);
  });

  test('any-one-time: the employment subsidy and the travel subsidy exclude each other; ever does not', () => {
    const person = employPerson(1);
    const travel = travelRoster(String(person.身份证号码), String(person.姓名));
    expect(findingsOf(check([employRoster([person]), travel]), 'DUPLICATE_IN_ROSTER')).toEqual([]);
    const r = check([employRoster([person]), travel], { readings: readings(['once_scope', 'any-one-time']) });
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER').map((f) => `${f.file}:${f.measure}`)).toEqual(['roster.xlsx:7', 'travel.xlsx:6']);
    const paidTravel = register([paidRow(String(person.身份证号码), String(person.姓名), '跨省务工交通补助', 300)]);
    expect(codesAt(check(employRoster([person]), { history: [paidTravel], readings: readings(['once_scope', 'any-one-time']) }), ROW(1))).toEqual(['DUPLICATE_PAID']);
  });
});

describe('duplicate_keeper: which of two rows claiming twice keeps its amount', () => {
  const p = employPerson(1);
  test('first-eligible (shipped): the first row keeps 1,600, the second 0', () => {
    expect(check(employRoster([p, p])).persons.map((x) => x.computedFen)).toEqual([160000, 0]);
  });
  test('first-eligible skips an ineligible first row', () => {
    const low = { ...p, 月工资: 1000 };
    expect(check(employRoster([low, p])).persons.map((x) => x.computedFen)).toEqual([0, 160000]);
  });
  test('the duplicate finding names the reading taken', () => {
    expect(findingsOf(check(employRoster([p, p])), 'DUPLICATE_IN_ROSTER')[0].message.en).toContain('the first eligible row keeps its amount');
  });
  test('none: every row counts 0 until the clerk has checked', () => {
    const r = check(employRoster([p, p]), { readings: readings(['duplicate_keeper', 'none']) });
    expect(r.persons.map((x) => x.computedFen)).toEqual([0, 0]);
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER')[0].message.en).toContain('every row that claims twice counts 0');
  });
});

describe('paid_list_without_kind: a paid list that does not say which subsidy', () => {
  const person = employPerson(1);
  const kindless = register([paidRow(String(person.身份证号码), String(person.姓名), null)]);
  test('every-one-time (shipped): counts as paid, and the finding says why', () => {
    const r = check(employRoster([person]), { history: [kindless] });
    expect(codesAt(r, ROW(1))).toEqual(['DUPLICATE_PAID']);
    expect(findingsOf(r, 'DUPLICATE_PAID')[0].message.en).toContain('counts as paid for every one-time subsidy');
  });
  test('none: not used for the duplicate check', () => {
    expect(check(employRoster([person]), { history: [kindless], readings: readings(['paid_list_without_kind', 'none']) }).findings).toEqual([]);
  });
});

describe('paid_line_without_amount: what a paid line without an amount counts against the employer cap', () => {
  // 31 persons already paid by the employer without amounts: at the standard amount that is 49,600 of the 50,000.
  const paid = register(Array.from({ length: 31 }, (_, n) => paidRow(makeId('222424', '19700101', String(2 * n + 1).padStart(3, '0')), `李${n}`, '一次性吸纳就业补贴', null)));
  const roster = employRoster([employPerson(1), employPerson(2, { 入职日期: serial('2022-03-02') })]);
  test('standard-amount (shipped): 400 is left for the first hire, none for the second', () => {
    const r = check(roster, { history: [paid] });
    expect(r.persons.map((x) => x.computedFen)).toEqual([40000, 0]);
    expect(codesAt(r, ROW(2))).toEqual(['EMPLOYER_CAP_EXCEEDED']);
    expect(findingsOf(r, 'EMPLOYER_CAP_EXCEEDED')[0].message.en).toContain('a paid line without an amount counts 1,600.00 yuan against the employer cap');
    expect(findingsOf(r, 'AMOUNT_MISMATCH')[0].message.zh).toContain('已达每家 50,000.00 元上限');
  });
  test('zero: the lines count nothing, both hires are paid in full', () => {
    const r = check(roster, { history: [paid], readings: readings(['paid_line_without_amount', 'zero']) });
    expect(r.persons.map((x) => x.computedFen)).toEqual([160000, 160000]);
    expect(r.findings).toEqual([]);
  });
});

describe('employ_employer_cap: the order in which hires are served under the cap', () => {
  // 32 eligible hires (51,200 at the standard amount): the last one served gets 400. The first in the roster was hired last.
  const people = Array.from({ length: 32 }, (_, n) => employPerson(n + 1, { 入职日期: serial(n === 0 ? '2022-04-01' : '2022-03-01') }));
  test('hire-date (shipped): the latest hire is served last', () => {
    const fen = check(employRoster(people)).persons.map((x) => x.computedFen);
    expect(fen[0]).toBe(40000);
    expect(fen[31]).toBe(160000);
  });
  test('roster: the last row is served last', () => {
    const fen = check(employRoster(people), { readings: readings(['employ_employer_cap', 'roster']) }).persons.map((x) => x.computedFen);
    expect(fen[0]).toBe(160000);
    expect(fen[31]).toBe(40000);
  });
});
