import { ALL_FINDING_CODES, FINDING_CODES, PAID_REGISTER, detectTable, isTableProblem, reportTable, rosterKey, toJsonReport, validateRosters, validateRostersAsync } from '../../src/roster';
import type { ValidateProgress } from '../../src/roster';
import { AS_OF, check, deepFreeze, employPerson, employRoster, grid, makeId } from './grid';

const messy = () =>
  employRoster([
    employPerson(1),
    employPerson(2, { 身份证号码: 222424198001010000, 月工资: '#N/A' }),
    employPerson(3, { 入职日期: '2022-02-30', 工作月数: 2 }),
    employPerson(1),
  ]);

describe('the engine as a whole', () => {
  test('never changes its input (deep-frozen grids, history and options)', () => {
    const roster = deepFreeze(messy());
    const history = deepFreeze(grid([[...PAID_REGISTER.headers], [makeId('222424', '19800101', '005'), '张2', null, null, 1600, '一次性吸纳就业补贴', 7, null, null, null]]));
    const options = deepFreeze({ asOf: AS_OF, history: [history], kinds: { [rosterKey('roster.xlsx', 'Sheet1')]: 'employ' as const } });
    const before = JSON.stringify([roster, history]);
    const r = validateRosters([roster], options);
    expect(r.findings.length).toBeGreaterThan(3);
    expect(JSON.stringify([roster, history])).toBe(before);
  });

  test('the async run gives the same report, reports progress, and yields to the event loop', async () => {
    const many = employRoster(Array.from({ length: 120 }, (_, k) => employPerson(k + 1, k % 7 === 0 ? { 工作月数: 1 } : {})));
    const sync = validateRosters([many], { asOf: AS_OF });
    const progress: ValidateProgress[] = [];
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const r = await validateRostersAsync([many], { asOf: AS_OF, chunkRows: 10, onProgress: (p) => progress.push(p) });
    clearInterval(timer);
    expect(r).toEqual(sync);
    expect(progress.filter((p) => p.phase === 'read').length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]).toMatchObject({ phase: 'check' });
    expect(progress.every((p) => p.done <= p.total)).toBe(true);
    expect(turns).toBeGreaterThan(0);
  });

  test('the async run rejects with an AbortError when cancelled', async () => {
    const many = employRoster(Array.from({ length: 200 }, (_, k) => employPerson(k + 1)));
    const controller = new AbortController();
    const run = validateRostersAsync([many], {
      asOf: AS_OF,
      chunkRows: 10,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done > 50) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('the sync run reports progress too', () => {
    const progress: ValidateProgress[] = [];
    validateRosters([messy()], { asOf: AS_OF, onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['read', 'check']));
  });

  test('HEADER_NOT_FOUND for a sheet that is not a roster, and for an empty sheet; other sheets are still checked', () => {
    const r = check([grid([['说明'], ['本表为汇总说明']], { sheet: '说明' }), grid([], { sheet: '空表' }), messy()]);
    expect(r.findings.filter((f) => f.code === 'HEADER_NOT_FOUND').map((f) => f.sheet)).toEqual(['说明', '空表']);
    expect(r.sheets.map((s) => s.rows)).toEqual([0, 0, 4]);
    expect(r.summary.sheets).toBe(3);
  });

  test('KIND_UNKNOWN when nothing tells the kind; identities are still checked; a given kind is used', () => {
    const plain = grid([['姓名', '身份证号码'], ['张三', '222424198001010011']]);
    const unknown = check(plain);
    expect(unknown.findings.map((f) => f.code).sort()).toEqual(['ID_CHECKSUM', 'KIND_UNKNOWN'].sort());
    expect(unknown.sheets[0]).toMatchObject({ kind: null, kindDetected: true });
    expect(unknown.persons).toEqual([]);
    const forced = check(plain, { kind: 'welfare' });
    expect(forced.sheets[0]).toMatchObject({ kind: 'welfare', kindDetected: false });
    expect(forced.findings.map((f) => f.code).sort()).toEqual(['COLUMN_MISSING', 'ID_CHECKSUM']);
    const perSheet = check(plain, { kinds: { [rosterKey('roster.xlsx', 'Sheet1')]: 'welfare' } });
    expect(perSheet.sheets[0].kind).toBe('welfare');
  });

  test('the persons are what the register needs', () => {
    const r = check(messy());
    expect(r.persons).toHaveLength(4);
    expect(r.persons[0]).toEqual({
      file: 'roster.xlsx',
      sheet: 'Sheet1',
      row: 3,
      kind: 'employ',
      measure: 7,
      id: employPerson(1).身份证号码,
      name: '张1',
      employer: '汪清县某食品有限公司',
      employerCode: employPerson(1).统一社会信用代码,
      months: 4,
      amountFen: 160000,
      computedFen: 160000,
      hasErrors: true, // it is the first of a duplicate pair
    });
    expect(r.persons[1]).toMatchObject({ id: undefined, computedFen: null, hasErrors: true });
  });

  test('toJsonReport: exactly the --json object', () => {
    const r = check(messy());
    const json = toJsonReport(r, 'en');
    expect(Object.keys(json)).toEqual(['readings', 'summary', 'findings']);
    expect(json.readings.once_scope).toBe('ever');
    expect(Object.keys(json.summary)).toEqual(['files', 'sheets', 'rows', 'errors', 'warnings', 'byCode']);
    expect(json.summary).toMatchObject({ files: 1, sheets: 1, rows: 4 });
    expect(json.summary.errors).toBe(r.findings.filter((f) => f.severity === 'error').length);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(['code', 'severity', 'file', 'sheet', 'row', 'column', 'field', 'value', 'message', 'measure', 'related']);
      expect(typeof f.message).toBe('string');
    }
    const counted: Record<string, number> = {};
    for (const f of json.findings) counted[f.code] = (counted[f.code] ?? 0) + 1;
    expect(json.summary.byCode).toEqual(counted);
    expect(toJsonReport(r, 'zh').findings[0].message).toBe(r.findings[0].message.zh);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('reportTable: a summary row per code found and a linked row per finding', () => {
    const r = check(messy());
    const t = reportTable(r, 'zh');
    expect(t.sheetName).toBe('校验报告');
    expect(t.summaryRows.map((row) => row.cells[0])).toEqual(ALL_FINDING_CODES.filter((c) => r.summary.byCode[c]));
    expect(t.summaryRows.reduce((n, row) => n + Number(row.cells[4]), 0)).toBe(r.findings.length);
    expect(t.findingRows).toHaveLength(r.findings.length);
    const first = r.findings[0];
    expect(t.findingRows[0].link).toEqual({ sheet: first.sheet, address: `${first.column}${first.row}` });
    expect(t.findingRows[0].cells[t.linkColumn]).toBe(`${first.column}${first.row}`);
    expect(t.findingsHeader[t.linkColumn]).toBe('位置');
    expect(reportTable(r, 'en').findingsHeader[t.linkColumn]).toBe('Cell');
  });

  test('findings are listed sheet by sheet, row by row, column by column', () => {
    const r = check(messy());
    const keys = r.findings.map((f) => [f.row, f.column.length, f.column] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(keys).toEqual(sorted);
  });

  test('every finding code has a severity, a measure or null, and titles in both languages', () => {
    for (const code of ALL_FINDING_CODES) {
      const info = FINDING_CODES[code];
      expect(['error', 'warning']).toContain(info.severity);
      expect(info.title.zh).not.toBe('');
      expect(info.title.en).not.toBe('');
    }
    expect(ALL_FINDING_CODES).toEqual(
      expect.arrayContaining([
        'HEADER_NOT_FOUND', 'COLUMN_MISSING', 'ID_MISSING', 'ID_FORMAT', 'ID_CHECKSUM', 'ID_BIRTHDATE', 'ID_NUMERIC', 'ID_OLD_15',
        'SEX_MISMATCH', 'NAME_MISSING', 'NAME_ID_CONFLICT', 'UNDER_WORKING_AGE', 'DUPLICATE_IN_ROSTER', 'DUPLICATE_PAID',
        'SHARED_BANK_ACCOUNT', 'CELL_ERROR', 'NUMBER_INVALID', 'DATE_INVALID', 'DATE_FUTURE', 'CATEGORY_INVALID',
        'BANK_ACCOUNT_SUSPECT', 'HIRE_BEFORE_CUTOFF', 'MONTHS_BELOW_MIN', 'WAGE_BELOW_MIN', 'EMPLOYER_CODE_INVALID',
        'EMPLOYER_NOT_JILIN', 'EMPLOYER_CAP_EXCEEDED', 'CONTRACT_TOO_SHORT', 'NOT_CROSS_PROVINCE',
        'TRANSPORT_CLASS_NOT_ALLOWED', 'WELFARE_MONTHS_OVER_LIMIT', 'AMOUNT_MISMATCH', 'TOTAL_MISMATCH',
      ]),
    );
    expect(FINDING_CODES.ID_OLD_15.severity).toBe('warning');
    expect(FINDING_CODES.DUPLICATE_IN_ROSTER.severity).toBe('error');
  });

  test('the paid register the pane writes is read back as history', () => {
    const found = detectTable(grid([[...PAID_REGISTER.headers]]));
    expect(isTableProblem(found)).toBe(false);
    if (!isTableProblem(found)) {
      expect(Object.keys(found.columns).sort()).toEqual(
        ['id', 'name', 'employer', 'employerCode', 'amount', 'subsidyKind', 'measure', 'months', 'payDate', 'source'].sort(),
      );
    }
  });
});
