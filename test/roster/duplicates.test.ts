import { PAID_REGISTER } from '../../src/roster';
import { check, codesAt, employPerson, employRoster, findingsOf, grid, makeId } from './grid';

const ROW = (n: number) => n + 2;

const register = (rows: unknown[][], file = 'paid.xlsx') => grid([[...PAID_REGISTER.headers], ...(rows as never[][])], { file, sheet: PAID_REGISTER.sheetName });
const paidRow = (id: string, name: string, kind: string | null, measure: number | null = null) => [id, name, '某公司', null, 1600, kind, measure, null, '2021-12-31', '2021年花名册'];

describe('DUPLICATE_IN_ROSTER', () => {
  test('the same person in two counties’ rosters: both rows flagged, each pointing at the other', () => {
    const person = employPerson(1);
    const a = employRoster([person, employPerson(2)], { file: '汪清县.xlsx' });
    const b = employRoster([employPerson(3), { ...person, 序号: 2 }], { file: '和龙市.xlsx' });
    const r = check([a, b]);
    const dups = findingsOf(r, 'DUPLICATE_IN_ROSTER');
    expect(dups.map((f) => `${f.file}@${f.row}`)).toEqual([`汪清县.xlsx@${ROW(1)}`, `和龙市.xlsx@${ROW(2)}`]);
    expect(dups[0].related).toEqual([{ file: '和龙市.xlsx', sheet: 'Sheet1', row: ROW(2) }]);
    expect(dups[1].related).toEqual([{ file: '汪清县.xlsx', sheet: 'Sheet1', row: ROW(1) }]);
    expect(dups[0]).toMatchObject({ column: 'C', field: 'id', measure: 7 });
    // Only the first is counted for payment while the clerk decides.
    expect(r.persons.filter((p) => p.name === person.姓名).map((p) => p.computedFen)).toEqual([160000, 0]);
  });

  test('three rows of one person: every row lists the two others', () => {
    const p = employPerson(1);
    const r = check(employRoster([p, p, p]));
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER').map((f) => f.related.map((x) => x.row))).toEqual([
      [ROW(2), ROW(3)],
      [ROW(1), ROW(3)],
      [ROW(1), ROW(2)],
    ]);
  });

  test('different people are not duplicates, even when Excel’s 15-digit comparison would call them equal', () => {
    // These two differ only in the 16th-18th characters, which COUNTIF cannot see.
    const r = check(employRoster([employPerson(1, { 身份证号码: makeId('222424', '19800101', '001') }), employPerson(2, { 身份证号码: makeId('222424', '19800101', '003') })]));
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER')).toEqual([]);
  });

  test('welfare rows of one person are not duplicates (months add up instead)', () => {
    const id = makeId('222424', '19800101', '001');
    const r = check(grid([['临时公益岗位花名册'], ['姓名', '身份证号码', '月数'], ['张三', id, 1], ['张三', id, 1]]));
    expect(r.findings).toEqual([]);
  });

  test('travel rosters are one per person too', () => {
    const id = makeId('222424', '19800101', '001');
    const travel = grid([
      ['跨省务工交通补助花名册'],
      ['姓名', '身份证号码', '合同期限', '务工地点', '交通方式', '票价'],
      ['张三', id, 12, '浙江省', '硬座', 300],
      ['张三', id, 12, '浙江省', '硬座', 300],
    ]);
    expect(findingsOf(check(travel), 'DUPLICATE_IN_ROSTER').map((f) => f.measure)).toEqual([6, 6]);
  });
});

describe('DUPLICATE_PAID', () => {
  test('a person already in the paid register for the same subsidy', () => {
    const person = employPerson(1);
    const r = check(employRoster([person, employPerson(2)]), { history: [register([paidRow(String(person.身份证号码), String(person.姓名), '一次性吸纳就业补贴', 7)])] });
    expect(codesAt(r, ROW(1))).toEqual(['DUPLICATE_PAID']);
    expect(findingsOf(r, 'DUPLICATE_PAID')[0].related).toEqual([{ file: 'paid.xlsx', sheet: '已发放登记', row: 2 }]);
    expect(codesAt(r, ROW(2))).toEqual([]);
    expect(r.persons[0].computedFen).toBe(0);
  });

  test('the register names the subsidy by measure number or by the English kind as well', () => {
    const person = employPerson(1);
    for (const [kind, measure] of [[null, 7], ['employ', null]] as const) {
      const r = check(employRoster([person]), { history: [register([paidRow(String(person.身份证号码), String(person.姓名), kind, measure)])] });
      expect(codesAt(r, ROW(1))).toEqual(['DUPLICATE_PAID']);
    }
  });

  test('paid another subsidy (travel) is not a duplicate of the employment subsidy', () => {
    const person = employPerson(1);
    const r = check(employRoster([person]), { history: [register([paidRow(String(person.身份证号码), String(person.姓名), '跨省务工交通补助', 6)])] });
    expect(r.findings).toEqual([]);
  });

  test('a list without a subsidy column counts for every one-time subsidy, and says so', () => {
    const person = employPerson(1);
    const plain = grid([['序号', '姓名', '身份证号码'], [1, person.姓名, person.身份证号码]], { file: '2021年已发放.xlsx' });
    const r = check(employRoster([person]), { history: [plain] });
    const [f] = findingsOf(r, 'DUPLICATE_PAID');
    expect(f.message.zh).toContain('未注明补贴类型');
    expect(f.message.en).toContain('every one-time subsidy');
  });

  test('a 15-digit number in the register matches the 18-digit roster row', () => {
    const person = employPerson(1, { 身份证号码: makeId('222424', '19800101', '003') });
    const r = check(employRoster([person]), { history: [register([paidRow('222424800101003', String(person.姓名), '一次性吸纳就业补贴')])] });
    expect(codesAt(r, ROW(1))).toEqual(['DUPLICATE_PAID']);
  });

  test('a paid list without an ID column is HEADER_NOT_FOUND for that list', () => {
    const r = check(employRoster([employPerson(1)]), { history: [grid([['姓名', '补贴金额'], ['张三', 1600]], { file: 'bad.xlsx' })] });
    expect(r.findings.map((f) => `${f.code}:${f.file}`)).toEqual(['HEADER_NOT_FOUND:bad.xlsx']);
  });
});

describe('SHARED_BANK_ACCOUNT', () => {
  test('one account for two ID numbers is a warning on both rows', () => {
    const r = check(employRoster([employPerson(1, { 银行账号: '6217001234567890123' }), employPerson(2, { 银行账号: '6217 0012 3456 7890 123' }), employPerson(3)]));
    const shared = findingsOf(r, 'SHARED_BANK_ACCOUNT');
    expect(shared.map((f) => f.row)).toEqual([ROW(1), ROW(2)]);
    expect(shared.every((f) => f.severity === 'warning' && f.value === '***************0123')).toBe(true);
    expect(shared[0].related).toEqual([{ file: 'roster.xlsx', sheet: 'Sheet1', row: ROW(2) }]);
    expect(codesAt(r, ROW(3))).toEqual([]);
  });

  test('one person on two welfare rows with the same account is fine', () => {
    const id = makeId('222424', '19800101', '001');
    const r = check(grid([['临时公益岗位花名册'], ['姓名', '身份证号码', '月数', '银行账号'], ['张三', id, 1, '6217001234567890123'], ['张三', id, 1, '6217001234567890123']]));
    expect(r.findings).toEqual([]);
  });
});
