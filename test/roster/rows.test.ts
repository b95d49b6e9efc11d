import { check, codesAt, employPerson, EMPLOY_HEADER, findingsOf, grid, rowsOf } from './grid';
import type { CellValue } from '../../src/roster';

const blankRow = (): CellValue[] => EMPLOY_HEADER.map(() => null);
const labelled = (label: string, amount: CellValue = null): CellValue[] => {
  const row = blankRow();
  row[0] = label;
  row[EMPLOY_HEADER.indexOf('补贴金额')] = amount;
  return row;
};

function roster(rows: CellValue[][], extra = {}) {
  return grid([['汪清县2022年一次性吸纳就业补贴花名册'], ['填报单位：汪清县人社局'], [null], [null], EMPLOY_HEADER, ...rows], extra);
}

describe('rows under the header that are not people', () => {
  const people = rowsOf(EMPLOY_HEADER, [employPerson(1), employPerson(2), employPerson(3)]);

  test('header at row 5 under a merged title; a correct 合计 row and the sign-off lines are not people', () => {
    const r = check(
      roster([
        ...people,
        labelled('合计', 4800),
        [null],
        ['填表人：王某', null, null, null, '审核人：李某', null, null, null, '日期：2022年6月30日'],
        [null, null, null, null, null, null, null, null, '（单位盖章）'],
      ]),
    );
    expect(r.findings).toEqual([]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 5, firstDataRow: 6, lastDataRow: 8, rows: 3, skipped: { blank: 1, total: 1, signOff: 2, repeatedHeader: 0 } });
  });

  test('TOTAL_MISMATCH: a 合计 row that is not the sum above it', () => {
    const r = check(roster([...people, labelled('合  计', 4600)]));
    expect(r.findings.map((f) => f.code)).toEqual(['TOTAL_MISMATCH']);
    const [f] = r.findings;
    expect(f).toMatchObject({ row: 9, column: 'L', field: 'amount' });
    expect(f.message.zh).toContain('4,600.00');
    expect(f.message.zh).toContain('4,800.00');
  });

  test('小计 rows check the rows since the last 小计; 合计 checks them all', () => {
    const r = check(
      roster([
        ...rowsOf(EMPLOY_HEADER, [employPerson(1), employPerson(2)]),
        labelled('小计', 3200),
        ...rowsOf(EMPLOY_HEADER, [employPerson(3)]),
        labelled('小计', 3200),
        labelled('合计', 4800),
      ]),
    );
    expect(r.findings.map((f) => `${f.code}@${f.row}`)).toEqual(['TOTAL_MISMATCH@10']);
  });

  test('blank rows and template rows holding only a sequence number are skipped', () => {
    const numbered = blankRow();
    numbered[0] = 4;
    const r = check(roster([...people, blankRow(), numbered, ['', '  ', null]]));
    expect(r.findings).toEqual([]);
    expect(r.sheets[0].rows).toBe(3);
    expect(r.sheets[0].skipped.blank).toBe(3);
  });

  test('the row of column numbers some templates put under the header is skipped', () => {
    const numbers = EMPLOY_HEADER.map((_, k) => k + 1);
    const r = check(roster([numbers, ...people]));
    expect(r.findings).toEqual([]);
    expect(r.sheets[0].skipped.repeatedHeader).toBe(1);
  });

  test('a header repeated on a second page is skipped', () => {
    const r = check(roster([...people, [...EMPLOY_HEADER], ...rowsOf(EMPLOY_HEADER, [employPerson(4)])]));
    expect(r.findings).toEqual([]);
    expect(r.sheets[0].rows).toBe(4);
  });

  test('hidden rows are checked, and their findings say the row is hidden', () => {
    // Sheet rows are 0-based in hiddenRows: the second person is Excel row 7, index 6.
    const rows = rowsOf(EMPLOY_HEADER, [employPerson(1), employPerson(2, { 工作月数: 1 }), employPerson(3)]);
    const r = check(roster(rows, { hiddenRows: [6] }));
    expect(codesAt(r, 7)).toEqual(['MONTHS_BELOW_MIN']);
    expect(findingsOf(r, 'MONTHS_BELOW_MIN')[0].message.zh).toContain('隐藏');
    expect(r.sheets[0].hiddenRows).toBe(1);
  });

  test('a person row with an ID but no name is still a person', () => {
    const r = check(roster([...people, ...rowsOf(EMPLOY_HEADER, [employPerson(4, { 姓名: null })]), labelled('合计', 6400)]));
    expect(r.findings.map((f) => `${f.code}@${f.row}`)).toEqual(['NAME_MISSING@9']);
  });

  test('grid offsets: findings carry the sheet row and column letters', () => {
    const r = check(roster(rowsOf(EMPLOY_HEADER, [employPerson(1, { 月工资: 'x' })]), { rowOffset: 10, columnOffset: 2 }));
    expect(r.findings[0]).toMatchObject({ code: 'NUMBER_INVALID', row: 16, column: 'L' });
  });
});
