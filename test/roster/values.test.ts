import { AS_OF, check, codesAt, employPerson, employRoster, findingsOf, grid } from './grid';

const ROW = (n: number) => n + 2;

describe('cell values', () => {
  test('CELL_ERROR: one finding for an error cell, and nothing else about that cell', () => {
    const r = check(employRoster([employPerson(1, { 月工资: '#VALUE!' }), employPerson(2, { 入职日期: '#REF!' })]));
    expect(codesAt(r, ROW(1))).toEqual(['CELL_ERROR']);
    expect(findingsOf(r, 'CELL_ERROR')[0]).toMatchObject({ column: 'J', field: 'wage', value: '#VALUE!' });
    expect(codesAt(r, ROW(2))).toEqual(['CELL_ERROR']);
  });

  test('CELL_ERROR when the reader marks the cell as an error even though its text is unusual', () => {
    const g = employRoster([employPerson(1, { 工作月数: '#GETTING_DATA' })]);
    const kinds = g.kinds!.map((row) => [...row]);
    kinds[2][8] = 'Error';
    expect(codesAt(check({ ...g, kinds }), ROW(1))).toEqual(['CELL_ERROR']);
  });

  test('NUMBER_INVALID: text that is not a number, and a negative amount', () => {
    const r = check(employRoster([employPerson(1, { 月工资: '两千' }), employPerson(2, { 补贴金额: -1600 }), employPerson(3, { 月工资: '2,000.00' })]));
    expect(codesAt(r, ROW(1))).toEqual(['NUMBER_INVALID']);
    expect(codesAt(r, ROW(2))).toEqual(['NUMBER_INVALID']);
    expect(codesAt(r, ROW(3))).toEqual([]); // thousands separators are fine
  });

  test('DATE_INVALID for an impossible date and an unreadable one; every text form of MEASURES.md is read', () => {
    const r = check(
      employRoster([
        employPerson(1, { 入职日期: '2022-02-30' }),
        employPerson(2, { 入职日期: '三月一日' }),
        employPerson(3, { 入职日期: '2022-03-01' }),
        employPerson(4, { 入职日期: '2022/3/1' }),
        employPerson(5, { 入职日期: '2022.3.1' }),
        employPerson(6, { 入职日期: '2022年3月1日' }),
        employPerson(7, { 入职日期: '20220301' }),
        employPerson(8, { 入职日期: 44621 }), // the serial of 2022-03-01
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['DATE_INVALID']);
    expect(findingsOf(r, 'DATE_INVALID')[0]).toMatchObject({ value: '2022-02-30', column: 'H', field: 'hireDate' });
    expect(codesAt(r, ROW(2))).toEqual(['DATE_INVALID']);
    for (const n of [3, 4, 5, 6, 7, 8]) expect(codesAt(r, ROW(n))).toEqual([]);
  });

  test('DATE_FUTURE: a hire date after the check date; the check date itself is fine', () => {
    const r = check(employRoster([employPerson(1, { 入职日期: AS_OF + 1 }), employPerson(2, { 入职日期: AS_OF })]));
    expect(codesAt(r, ROW(1))).toEqual(['DATE_FUTURE']);
    expect(codesAt(r, ROW(2))).toEqual([]);
  });

  test('CATEGORY_INVALID: a household category outside measure 1; the four kinds of 监测对象 pass', () => {
    const r = check(
      employRoster([
        employPerson(1, { 人员类别: '低保户' }),
        employPerson(2, { 人员类别: '脱贫不稳定户' }),
        employPerson(3, { 人员类别: '边缘易致贫户' }),
        employPerson(4, { 人员类别: '突发严重困难户' }),
        employPerson(5, { 人员类别: '监测对象' }),
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['CATEGORY_INVALID']);
    expect(findingsOf(r, 'CATEGORY_INVALID')[0].measure).toBe(1);
    for (const n of [2, 3, 4, 5]) expect(codesAt(r, ROW(n))).toEqual([]);
  });

  test('VALUE_MISSING for an empty required cell', () => {
    const r = check(employRoster([employPerson(1, { 月工资: null, 人员类别: '' })]));
    expect(codesAt(r, ROW(1))).toEqual(['VALUE_MISSING', 'VALUE_MISSING']);
  });

  test('BANK_ACCOUNT_SUSPECT: too short, stored as a number, all one digit; 10 to 25 digits with spaces is fine', () => {
    const r = check(
      employRoster([
        employPerson(1, { 银行账号: '6217001' }),
        employPerson(2, { 银行账号: 6217001234567890 }),
        employPerson(3, { 银行账号: '0000000000000000' }),
        employPerson(4, { 银行账号: '6217 0012 3456 7890 123' }),
        employPerson(5, { 银行账号: '62170012345678901234567890' }), // 26 digits
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['BANK_ACCOUNT_SUSPECT']);
    expect(codesAt(r, ROW(2))).toEqual(['BANK_ACCOUNT_SUSPECT']);
    expect(codesAt(r, ROW(3))).toEqual(['BANK_ACCOUNT_SUSPECT']);
    expect(codesAt(r, ROW(4))).toEqual([]);
    expect(codesAt(r, ROW(5))).toEqual(['BANK_ACCOUNT_SUSPECT']);
    expect(findingsOf(r, 'BANK_ACCOUNT_SUSPECT').every((f) => f.severity === 'warning' && /^\*+\d{4}$/.test(f.value))).toBe(true);
  });

  test('a row with five problems has five findings', () => {
    const r = check(
      employRoster([employPerson(1, { 姓名: null, 性别: '女', 人员类别: '五保户', 入职日期: '2022-02-30', 银行账号: '123' })]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['BANK_ACCOUNT_SUSPECT', 'CATEGORY_INVALID', 'DATE_INVALID', 'NAME_MISSING', 'SEX_MISMATCH']);
  });

  test('rows in several sheets are told apart by sheet', () => {
    const a = employRoster([employPerson(1, { 月工资: 'x' })], { sheet: 'A' });
    const b = grid(a.values as never, { sheet: 'B', file: 'other.xlsx' });
    const r = check([a, b]);
    expect(r.findings.map((f) => `${f.file}/${f.sheet}`)).toEqual(expect.arrayContaining(['roster.xlsx/A', 'other.xlsx/B']));
    expect(r.summary.files).toBe(2);
  });
});
