import { PAID_REGISTER } from '../../src/roster';
import { check, codesAt, findingsOf, grid, makeCreditCode, makeId, rowsOf } from './grid';

const ROW = (n: number) => n + 2;

describe('measure 9 welfare posts (welfarePostSubsidy of the policy module)', () => {
  const HEADER = ['姓名', '身份证号码', '岗位', '月数', '补贴金额'];
  const id = (n: number) => makeId('222424', '19700101', String(2 * n + 1).padStart(3, '0'));
  const row = (n: number, months: unknown, amount: unknown = null, name = `赵${n}`) => ({ 姓名: name, 身份证号码: id(n), 岗位: '防疫消杀', 月数: months, 补贴金额: amount });
  const roster = (rows: Array<Record<string, unknown>>) => grid([['汪清县临时公益岗位补贴花名册'], HEADER, ...rowsOf(HEADER, rows as never)]);

  test('1,000 yuan a month, up to 3 months: a clean roster', () => {
    const r = check(roster([row(1, 3, 3000), row(2, 1, 1000)]));
    expect(r.findings).toEqual([]);
    expect(r.persons.map((p) => [p.months, p.computedFen])).toEqual([
      [3, 300000],
      [1, 100000],
    ]);
  });

  test('WELFARE_MONTHS_OVER_LIMIT: cumulative per person across rows', () => {
    const r = check(roster([row(1, 2, 2000), row(2, 1, 1000), row(1, 2, 2000)]));
    expect(codesAt(r, ROW(1))).toEqual([]);
    expect(codesAt(r, ROW(3))).toEqual(['WELFARE_MONTHS_OVER_LIMIT']);
    const [f] = findingsOf(r, 'WELFARE_MONTHS_OVER_LIMIT');
    expect(f).toMatchObject({ column: 'D', field: 'months', measure: 9 });
    expect(f.related).toEqual([{ file: 'roster.xlsx', sheet: 'Sheet1', row: ROW(1) }]);
    // Only one month is left for the second row.
    expect(r.persons[2].computedFen).toBe(100000);
  });

  test('WELFARE_MONTHS_OVER_LIMIT: one row of 4 months', () => {
    const r = check(roster([row(1, 4, 3000)]));
    expect(codesAt(r, ROW(1))).toEqual(['WELFARE_MONTHS_OVER_LIMIT']);
  });

  test('WELFARE_MONTHS_OVER_LIMIT: counting months in the paid register', () => {
    const register = grid(
      [[...PAID_REGISTER.headers], [id(1), '赵1', null, null, 2000, '临时公益岗位补贴', 9, 2, '2022-05-31', '5月花名册'], [id(2), '赵2', null, null, 2000, '临时公益岗位补贴', 9, 2, '2022-05-31', '5月花名册']],
      { file: 'paid.xlsx', sheet: PAID_REGISTER.sheetName },
    );
    const r = check(roster([row(1, 2, 2000), row(2, 1, 1000)]), { history: [register] });
    expect(codesAt(r, ROW(1))).toEqual(['WELFARE_MONTHS_OVER_LIMIT']);
    expect(findingsOf(r, 'WELFARE_MONTHS_OVER_LIMIT')[0].related).toEqual([{ file: 'paid.xlsx', sheet: '已发放登记', row: 2 }]);
    expect(codesAt(r, ROW(2))).toEqual([]);
  });

  test('months are whole: a fraction is NUMBER_INVALID, not rounded', () => {
    const r = check(roster([row(1, 1.5, 1500)]));
    expect(codesAt(r, ROW(1))).toEqual(['NUMBER_INVALID']);
    expect(r.persons[0].computedFen).toBeNull();
  });

  test('AMOUNT_MISMATCH: 2 months claimed as 2,500', () => {
    const r = check(roster([row(1, 2, 2500)]));
    expect(codesAt(r, ROW(1))).toEqual(['AMOUNT_MISMATCH']);
    expect(findingsOf(r, 'AMOUNT_MISMATCH')[0].message.zh).toContain('2,000.00');
  });
});

describe('measures 3 and 10: entity sheets', () => {
  const codeA = makeCreditCode('222424', '000000101');
  const codeB = makeCreditCode('222424', '000000102');

  describe('production subsidy (800 per person driven, at most 100,000 per entity)', () => {
    const HEADER = ['经营主体名称', '统一社会信用代码', '带动人数', '申请金额'];
    const sheet = (rows: unknown[][]) => grid([['联农带农生产补贴申报表'], HEADER, ...(rows as never[][])]);

    test('clean rows, and a claim below the most allowed is fine ("at most")', () => {
      const r = check(sheet([['合作社甲', codeA, 50, 40000], ['合作社乙', codeB, 50, 30000]]));
      expect(r.findings).toEqual([]);
      expect(r.persons.map((p) => p.computedFen)).toEqual([4000000, 4000000]);
      expect(r.sheets[0].kind).toBe('production');
    });

    test('ENTITY_CAP_EXCEEDED: 130 persons would be 104,000; claiming exactly the cap is fine', () => {
      const r = check(sheet([['合作社甲', codeA, 130, 104000], ['合作社乙', codeB, 130, 100000]]));
      expect(codesAt(r, ROW(1))).toEqual(['ENTITY_CAP_EXCEEDED']);
      expect(findingsOf(r, 'ENTITY_CAP_EXCEEDED')[0].measure).toBe(3);
      expect(codesAt(r, ROW(2))).toEqual([]);
    });

    test('ENTITY_CAP_EXCEEDED across rows of the same entity and the paid register', () => {
      const r = check(sheet([['合作社甲', codeA, 100, 80000], ['合作社甲', codeA, 50, 40000]]));
      expect(codesAt(r, ROW(1))).toEqual([]);
      expect(codesAt(r, ROW(2))).toEqual(['ENTITY_CAP_EXCEEDED']);
      expect(r.persons[1].computedFen).toBe(2000000);
      const register = grid([[...PAID_REGISTER.headers], [null, null, '合作社乙', codeB, 90000, '联农带农生产补贴', 3, null, '2022-05-01', '5月']], { file: 'paid.xlsx' });
      const h = check(sheet([['合作社乙', codeB, 20, 16000]]), { history: [register] });
      expect(h.findings.map((f) => `${f.code}@${f.file}:${f.row}`)).toEqual([`ENTITY_CAP_EXCEEDED@roster.xlsx:${ROW(1)}`]);
      expect(h.persons[0].computedFen).toBe(1000000);
    });

    test('AMOUNT_MISMATCH when the claim is above 800 per person', () => {
      const r = check(sheet([['合作社甲', codeA, 50, 45000]]));
      expect(codesAt(r, ROW(1))).toEqual(['AMOUNT_MISMATCH']);
    });

    test('EMPLOYER_CODE_INVALID rests on the measure of the sheet', () => {
      const r = check(sheet([['合作社甲', codeA.slice(0, 17) + (codeA[17] === '1' ? '2' : '1'), 10, 8000]]));
      expect(findingsOf(r, 'EMPLOYER_CODE_INVALID')[0].measure).toBe(3);
    });
  });

  describe('unsalable-product reward (at most 10% of the purchase, rounded down to the fen, at most 50,000)', () => {
    const HEADER = ['企业名称', '统一社会信用代码', '采购金额', '奖补金额'];
    const sheet = (rows: unknown[][]) => grid([['滞销农产品采购奖补申报表'], HEADER, ...(rows as never[][])]);

    test('10% of 123,456.78 is 12,345.67 (rounded down); one fen more is AMOUNT_MISMATCH', () => {
      const r = check(sheet([['超市甲', codeA, 123456.78, 12345.67], ['超市乙', codeB, 123456.78, 12345.68]]));
      expect(codesAt(r, ROW(1))).toEqual([]);
      expect(r.persons[0].computedFen).toBe(1234567);
      expect(codesAt(r, ROW(2))).toEqual(['AMOUNT_MISMATCH']);
    });

    test('ENTITY_CAP_EXCEEDED above 50,000', () => {
      const r = check(sheet([['超市甲', codeA, 600000, 60000], ['超市乙', codeB, 600000, 50000]]));
      expect(codesAt(r, ROW(1))).toEqual(['ENTITY_CAP_EXCEEDED']);
      expect(findingsOf(r, 'ENTITY_CAP_EXCEEDED')[0].measure).toBe(10);
      expect(codesAt(r, ROW(2))).toEqual([]);
    });
  });
});
