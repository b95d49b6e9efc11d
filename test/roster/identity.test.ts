import { toJsonReport } from '../../src/roster';
import { AS_OF, check, codesAt, employPerson, employRoster, findingsOf, grid, makeId } from './grid';

// Rows of employRoster: title on row 1, header on row 2, persons from row 3.
const ROW = (n: number) => n + 2;

describe('resident ID numbers', () => {
  test('a clean roster has no finding at all', () => {
    const r = check(employRoster([employPerson(1), employPerson(2), employPerson(3)]));
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ files: 1, sheets: 1, rows: 3, errors: 0, warnings: 0 });
  });

  test('ID_MISSING, ID_FORMAT, ID_CHECKSUM, ID_BIRTHDATE each on their own row', () => {
    const good = makeId('222424', '19800101', '005');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const r = check(
      employRoster([
        employPerson(1, { 身份证号码: null }),
        employPerson(2, { 身份证号码: '22242419800101001' }), // 17 digits
        employPerson(3, { 身份证号码: 'A22424198001010010' }),
        employPerson(4, { 身份证号码: wrongCheck }),
        employPerson(5, { 身份证号码: '222424198002300012' }), // 1980-02-30
        employPerson(6, { 身份证号码: makeId('222424', '20230101', '001') }), // born after the check date
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['ID_MISSING']);
    expect(codesAt(r, ROW(2))).toEqual(['ID_FORMAT']);
    expect(codesAt(r, ROW(3))).toEqual(['ID_FORMAT']);
    expect(codesAt(r, ROW(4))).toEqual(['ID_CHECKSUM']);
    expect(codesAt(r, ROW(5))).toEqual(['ID_BIRTHDATE']);
    expect(codesAt(r, ROW(6))).toEqual(['ID_BIRTHDATE']);
    for (const f of r.findings) expect(f).toMatchObject({ column: 'C', field: 'id', severity: 'error' });
  });

  test('an ID stored as a number, or in scientific notation, is ID_NUMERIC and its digits are not guessed', () => {
    const r = check(
      employRoster([
        employPerson(1, { 身份证号码: 222424198001010000 }),
        employPerson(2, { 身份证号码: '2.22424E+17' }),
        employPerson(3, { 身份证号码: 222424198001010000 }),
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['ID_NUMERIC']);
    expect(codesAt(r, ROW(2))).toEqual(['ID_NUMERIC']);
    // Two numbers that look alike are not called duplicates: their last digits are gone.
    expect(codesAt(r, ROW(3))).toEqual(['ID_NUMERIC']);
    expect(r.persons.every((p) => p.id === undefined && p.hasErrors)).toBe(true);
  });

  test('a cell whose type is a number is ID_NUMERIC even when the reader hands over text', () => {
    const g = employRoster([employPerson(1)]);
    const kinds = g.kinds!.map((row) => [...row]);
    kinds[2][2] = 'Double';
    const r = check({ ...g, kinds });
    expect(codesAt(r, ROW(1))).toEqual(['ID_NUMERIC']);
  });

  test('an error cell in the ID column is one CELL_ERROR, not also a format problem', () => {
    const r = check(employRoster([employPerson(1, { 身份证号码: '#N/A' })]));
    expect(codesAt(r, ROW(1))).toEqual(['CELL_ERROR']);
  });

  test('lower-case x, spaces and full-width digits are the same valid ID', () => {
    const r = check(
      employRoster([
        employPerson(1, { 身份证号码: '11010519491231002x', 性别: '女' }),
        employPerson(2, { 身份证号码: ' 110105 19491231 002X ', 性别: '女' }),
        employPerson(3, { 身份证号码: '１１０１０５１９４９１２３１００２Ｘ', 性别: '女' }),
      ]),
    );
    // Valid IDs (MEASURES.md's example, 11010519491231002X, sequence 002: female); the same person three times.
    for (const n of [1, 2, 3]) expect(codesAt(r, ROW(n)).filter((c) => c.startsWith('ID_'))).toEqual([]);
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER').map((f) => f.row)).toEqual([ROW(1), ROW(2), ROW(3)]);
    expect(r.persons.map((p) => p.id)).toEqual(['11010519491231002X', '11010519491231002X', '11010519491231002X']);
  });

  test('a 15-digit ID is ID_OLD_15 (a warning) and the same person as its 18-digit upgrade', () => {
    const eighteen = makeId('222424', '19800101', '003');
    const fifteen = '222424800101003';
    const r = check(employRoster([employPerson(1, { 身份证号码: eighteen, 姓名: '张三' }), employPerson(2, { 身份证号码: fifteen, 姓名: '张三' })]));
    expect(codesAt(r, ROW(1))).toEqual(['DUPLICATE_IN_ROSTER']);
    expect(codesAt(r, ROW(2))).toEqual(['DUPLICATE_IN_ROSTER', 'ID_OLD_15']);
    expect(findingsOf(r, 'ID_OLD_15')[0].severity).toBe('warning');
    expect(findingsOf(r, 'DUPLICATE_IN_ROSTER')[1].related).toEqual([{ file: 'roster.xlsx', sheet: 'Sheet1', row: ROW(1) }]);
  });

  test('SEX_MISMATCH: the 17th digit is odd for men, even for women', () => {
    const r = check(
      employRoster([
        employPerson(1, { 身份证号码: makeId('222424', '19800101', '004'), 性别: '男' }),
        employPerson(2, { 身份证号码: makeId('222424', '19800101', '006'), 性别: '女' }),
        employPerson(3, { 身份证号码: makeId('222424', '19800101', '007'), 性别: '女' }),
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual(['SEX_MISMATCH']);
    expect(codesAt(r, ROW(2))).toEqual([]);
    expect(codesAt(r, ROW(3))).toEqual(['SEX_MISMATCH']);
  });

  test('NAME_MISSING', () => {
    const r = check(employRoster([employPerson(1, { 姓名: '  ' }), employPerson(2)]));
    expect(codesAt(r, ROW(1))).toEqual(['NAME_MISSING']);
    expect(codesAt(r, ROW(2))).toEqual([]);
  });

  test('UNDER_WORKING_AGE: under 16 on the hire date (Labour Law art. 15)', () => {
    const hire = '2022-03-01';
    const r = check(
      employRoster([
        employPerson(1, { 身份证号码: makeId('222424', '20060301', '001'), 入职日期: hire }), // 16 that very day
        employPerson(2, { 身份证号码: makeId('222424', '20060302', '003'), 入职日期: hire }), // 16 the next day
        employPerson(3, { 身份证号码: makeId('222424', '19800101', '005'), 入职日期: hire }),
      ]),
    );
    expect(codesAt(r, ROW(1))).toEqual([]);
    expect(codesAt(r, ROW(2))).toEqual(['UNDER_WORKING_AGE']);
    expect(findingsOf(r, 'UNDER_WORKING_AGE')[0]).toMatchObject({ field: 'hireDate', column: 'H' });
    expect(codesAt(r, ROW(3))).toEqual([]);
  });

  test('no finding, JSON report or message carries an unmasked ID number or bank account', () => {
    const ids = [makeId('222424', '19800101', '011'), makeId('222424', '19800101', '013')];
    const account = '6217001234567890123';
    const r = check(
      employRoster([
        employPerson(1, { 身份证号码: ids[0], 银行账号: account, 性别: '女' }),
        employPerson(2, { 身份证号码: ids[0], 银行账号: account }),
        employPerson(3, { 身份证号码: ids[1], 银行账号: account, 姓名: '李四' }),
        employPerson(4, { 身份证号码: 222424198001010000 }),
        employPerson(5, { 身份证号码: ids[1].slice(0, 17) + 'Y' }),
      ]),
    );
    expect(r.findings.length).toBeGreaterThan(5);
    const json = JSON.stringify([toJsonReport(r, 'zh'), toJsonReport(r, 'en'), r.findings]);
    for (const secret of [...ids, account, '222424198001010000', ids[1].slice(0, 17), '19800101']) expect(json).not.toContain(secret);
    expect(json).toContain('222424********');
    // The register still gets the real number, in memory.
    expect(r.persons[0].id).toBe(ids[0]);
  });
});

describe('NAME_ID_CONFLICT', () => {
  const welfare = (rows: Array<[string, string]>) =>
    grid([['临时公益岗位补贴花名册'], ['姓名', '身份证号码', '月数'], ...rows.map(([name, id]) => [name, id, 1])]);
  const id = makeId('222424', '19800101', '001');

  test('one ID under two names, in one roster and against the paid list', () => {
    const r = check(welfare([['张三', id], ['张 三', id], ['李四', id]]));
    expect(codesAt(r, 3)).toEqual(['NAME_ID_CONFLICT']);
    expect(codesAt(r, 4)).toEqual(['NAME_ID_CONFLICT']); // 张 三 is 张三: conflicts only with 李四
    expect(findingsOf(r, 'NAME_ID_CONFLICT')[2].related.map((x) => x.row)).toEqual([3, 4]);
  });

  test('the same name on several welfare rows is no conflict', () => {
    const r = check(welfare([['张三', id], ['张三', id]]));
    expect(r.findings).toEqual([]);
  });

  test('against the history', () => {
    const history = grid([['姓名', '身份证号码'], ['王五', id]], { file: 'paid.xlsx', sheet: '已发放登记' });
    const r = check(welfare([['张三', id]]), { history: [history] });
    expect(codesAt(r, 3)).toEqual(['NAME_ID_CONFLICT']);
    expect(findingsOf(r, 'NAME_ID_CONFLICT')[0].related).toEqual([{ file: 'paid.xlsx', sheet: '已发放登记', row: 2 }]);
  });

  test('the check date is the option given', () => {
    const r = check(employRoster([employPerson(1, { 入职日期: '2022-07-01' })]), { asOf: AS_OF });
    expect(codesAt(r, ROW(1))).toEqual(['DATE_FUTURE']);
  });
});
