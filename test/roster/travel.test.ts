import { check, codesAt, findingsOf, grid, makeId, rowsOf } from './grid';

const HEADER = ['姓名', '身份证号码', '合同期限', '务工地点', '交通方式', '票价', '补贴金额'];
const person = (n: number, over: Record<string, unknown> = {}) => ({
  姓名: `李${n}`,
  身份证号码: makeId('222426', '19850505', String(2 * n + 1).padStart(3, '0')),
  合同期限: '2022-03-01至2023-02-28',
  务工地点: '浙江省宁波市',
  交通方式: '硬座',
  票价: 420.5,
  补贴金额: 420.5,
  ...over,
});
const roster = (people: Array<Record<string, unknown>>, header = HEADER) => grid([['和龙市跨省务工人员一次性交通补助花名册'], header, ...rowsOf(header, people as never)]);
const ROW = (n: number) => n + 2;

describe('measure 6 travel roster (travelSubsidy of the policy module)', () => {
  test('a clean roster has no finding; the amount is the actual fare', () => {
    const r = check(roster([person(1), person(2, { 合同期限: 6 }), person(3, { 合同期限: '12个月', 交通方式: '高铁二等座' })]));
    expect(r.findings).toEqual([]);
    expect(r.persons.map((p) => p.computedFen)).toEqual([42050, 42050, 42050]);
    expect(r.sheets[0]).toMatchObject({ kind: 'travel', kindDetected: true });
  });

  test('CONTRACT_TOO_SHORT: 6 whole months counts (2022-03-01 to 2022-08-31), one day less does not', () => {
    const r = check(
      roster([
        person(1, { 合同期限: '2022-03-01至2022-08-30' }),
        person(2, { 合同期限: '2022-03-01至2022-08-31' }),
        person(3, { 合同期限: '2022-01-31至2022-07-30' }), // month-end clamp: 6 months
        person(4, { 合同期限: 5 }),
        person(5, { 合同期限: '2022.3.1-2022.8.31' }),
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['CONTRACT_TOO_SHORT']);
    expect(findingsOf(r, 'CONTRACT_TOO_SHORT')[0]).toMatchObject({ column: 'C', field: 'contract', measure: 6 });
    expect(codesAt(r, ROW(2))).toEqual([]);
    expect(codesAt(r, ROW(3))).toEqual([]);
    expect(codesAt(r, ROW(4))).toEqual(['CONTRACT_TOO_SHORT']);
    expect(codesAt(r, ROW(5))).toEqual([]);
  });

  test('a contract in two date columns', () => {
    const header = ['姓名', '身份证号码', '合同起始日期', '合同终止日期', '务工地点', '票价'];
    const r = check(
      roster([person(1, { 合同起始日期: '2022-03-01', 合同终止日期: '2022-08-30' }), person(2, { 合同起始日期: '2022-03-01', 合同终止日期: '2022-08-31' })], header),
    );
    expect(codesAt(r, ROW(1))).toEqual(['CONTRACT_TOO_SHORT']);
    expect(findingsOf(r, 'CONTRACT_TOO_SHORT')[0].field).toBe('contractEnd');
    expect(codesAt(r, ROW(2))).toEqual([]);
  });

  test('an unreadable or impossible contract period is a date finding, not a guess', () => {
    const r = check(roster([person(1, { 合同期限: '2022-02-30至2022-12-31' }), person(2, { 合同期限: '半年左右' })]));
    expect(codesAt(r, ROW(1))).toEqual(['DATE_INVALID']);
    expect(codesAt(r, ROW(2))).toEqual(['DATE_INVALID']);
  });

  test('NOT_CROSS_PROVINCE: a job in Jilin, by province, prefecture or county', () => {
    const r = check(roster([person(1, { 务工地点: '吉林省长春市' }), person(2, { 务工地点: '汪清县' }), person(3, { 务工地点: '延边州' }), person(4, { 务工地点: '辽宁省沈阳市' })]));
    expect(codesAt(r, ROW(1))).toEqual(['NOT_CROSS_PROVINCE']);
    expect(codesAt(r, ROW(2))).toEqual(['NOT_CROSS_PROVINCE']);
    expect(codesAt(r, ROW(3))).toEqual(['NOT_CROSS_PROVINCE']);
    expect(codesAt(r, ROW(4))).toEqual([]);
    expect(r.persons[0].computedFen).toBe(0);
  });

  test('TRANSPORT_CLASS_NOT_ALLOWED for soft sleeper; an unknown class is CATEGORY_INVALID', () => {
    const r = check(roster([person(1, { 交通方式: '软卧' }), person(2, { 交通方式: '骑马' }), person(3, { 交通方式: '飞机经济舱' })]));
    expect(codesAt(r, ROW(1))).toEqual(['TRANSPORT_CLASS_NOT_ALLOWED']);
    expect(codesAt(r, ROW(2))).toEqual(['CATEGORY_INVALID']);
    expect(findingsOf(r, 'CATEGORY_INVALID')[0].measure).toBe(6);
    expect(codesAt(r, ROW(3))).toEqual([]);
  });

  test('AMOUNT_MISMATCH: a fare above 1,600 is paid 1,600', () => {
    const r = check(roster([person(1, { 票价: 1800, 补贴金额: 1800 }), person(2, { 票价: 1800, 补贴金额: 1600 })]));
    expect(codesAt(r, ROW(1))).toEqual(['AMOUNT_MISMATCH']);
    expect(findingsOf(r, 'AMOUNT_MISMATCH')[0].message.en).toContain('1,600.00');
    expect(codesAt(r, ROW(2))).toEqual([]);
  });

  test('UNDER_WORKING_AGE at the contract start', () => {
    const r = check(roster([person(1, { 身份证号码: makeId('222426', '20060401', '001') })]));
    expect(codesAt(r, ROW(1))).toEqual(['UNDER_WORKING_AGE']);
  });

  test('a place of work under 就业地 serves when there is no 务工地点 column', () => {
    const header = ['姓名', '身份证号码', '合同期限', '就业地', '票价'];
    const r = check(grid([['跨省务工交通补助花名册'], header, ...rowsOf(header, [{ ...person(1), 就业地: '吉林省' }] as never)]));
    expect(codesAt(r, 3)).toEqual(['NOT_CROSS_PROVINCE']);
  });
});
