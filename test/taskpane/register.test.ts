import { fromArrays, snapshotCells, snapshotFormats } from '../../tools/excel-host';
import { PAID_REGISTER } from '../../src/roster';
import type { RosterPerson } from '../../src/roster/types';
import type { RegisterSheet } from '../../src/taskpane/excel/adapter';
import { REGISTER_CODE_COLUMN, REGISTER_DATE_COLUMN, REGISTER_HEADERS, REGISTER_ID_COLUMN, planRegistration } from '../../src/taskpane/register/registerPlan';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

// Valid resident IDs (check characters worked by hand with the GB 11643 weights; MEASURES.md's example included).
const ID_A = '11010519491231002X';
const ID_B = '222424199001011235';
const ID_C = '222401198507150014';

const REGISTER: RegisterSheet = {
  sheetName: PAID_REGISTER.sheetName,
  header: REGISTER_HEADERS,
  textColumns: [REGISTER_ID_COLUMN, REGISTER_CODE_COLUMN],
  dateColumns: [REGISTER_DATE_COLUMN],
  dateFormat: 'yyyy-mm-dd',
};

function person(id: string | undefined, over: Partial<RosterPerson> = {}): RosterPerson {
  return {
    file: '花名册.xlsx',
    sheet: '花名册',
    row: 4,
    kind: 'employ',
    measure: 7,
    id,
    name: '张三',
    employer: '汪清县某农业公司',
    employerCode: '91222424MA0Y3XXXXX',
    months: 3,
    amountFen: 160_000,
    computedFen: 160_000,
    hasErrors: false,
    ...over,
  };
}

const PAY_DAY = 44742; // 2022-06-30

describe('appending to the paid register', () => {
  it('creates the register with its header, keeps all 18 characters of each ID as text, and appends below', async () => {
    fixture = withHost(fromArrays([{ name: '花名册', cells: [['x']] }]));
    const rowsA = planRegistration([person(ID_B), person(ID_A, { row: 5, name: '李四' })], null, PAY_DAY).rows;
    expect(await fixture.adapter.appendRegister(REGISTER, rowsA)).toBe(2);
    const rowsB = planRegistration([person(ID_C, { row: 6, name: '王五' })], null, PAY_DAY).rows;
    await fixture.adapter.appendRegister(REGISTER, rowsB);
    const cells = snapshotCells(fixture.host.workbook, PAID_REGISTER.sheetName);
    expect(cells.A1.value).toBe('身份证号码');
    expect(cells.A2.value).toBe(ID_B);
    expect(cells.A3.value).toBe(ID_A);
    expect(cells.A4.value).toBe(ID_C);
    expect(cells.B4.value).toBe('王五');
    // 1,600 yuan, measure 7, the pay day as a date serial, and where the row came from.
    expect(cells.E2.value).toBe(1600);
    expect(cells.G2.value).toBe(7);
    expect(cells.I2.value).toBe(PAY_DAY);
    expect(String(cells.J2.value)).toContain('花名册');
    const formats = snapshotFormats(fixture.host.workbook, PAID_REGISTER.sheetName);
    expect(formats.A2.numberFormat).toBe('@');
    expect(formats.A4.numberFormat).toBe('@');
    expect(formats.I2.numberFormat).toBe('yyyy-mm-dd');
  });
});

describe('planning a registration', () => {
  const register = () =>
    ({
      file: 'book.xlsx',
      sheet: PAID_REGISTER.sheetName,
      values: [[...PAID_REGISTER.headers], [ID_B, '张三', '某公司', '', 1600, '一次性吸纳就业补贴', 7, 3, 44700, '']],
    }) as const;

  it('refuses a person already registered for the one-time employment subsidy', () => {
    const plan = planRegistration([person(ID_B), person(ID_A, { row: 5 })], register(), PAY_DAY);
    expect(plan.rows.map((r) => r[0])).toEqual([ID_A]);
    expect(plan.alreadyRegistered.map((p) => p.id)).toEqual([ID_B]);
  });

  it('refuses by ID whatever case or width the register wrote it in', () => {
    const lower = { ...register(), values: [register().values[0], ['１１０１０５１９４９１２３１００２x', '张三', '', '', 1600, '', 7, '', '', '']] };
    const plan = planRegistration([person(ID_A)], lower, PAY_DAY);
    expect(plan.rows).toHaveLength(0);
    expect(plan.alreadyRegistered).toHaveLength(1);
  });

  it('lets the same person be registered for another subsidy', () => {
    const plan = planRegistration([person(ID_B, { kind: 'travel', measure: 6 })], register(), PAY_DAY);
    expect(plan.rows).toHaveLength(1);
    expect(plan.alreadyRegistered).toHaveLength(0);
  });

  it('adds welfare-post months again: they are not a one-time subsidy', () => {
    const welfare = { ...register(), values: [register().values[0], [ID_B, '张三', '', '', 1000, '临时公益岗位补贴', 9, 1, 44700, '']] };
    const plan = planRegistration([person(ID_B, { kind: 'welfare', measure: 9, months: 1, amountFen: 100_000, computedFen: 100_000 })], welfare, PAY_DAY);
    expect(plan.rows).toHaveLength(1);
  });

  it('leaves out rows with errors and counts them', () => {
    const plan = planRegistration([person(ID_A, { hasErrors: true }), person(ID_C)], null, PAY_DAY);
    expect(plan.rows.map((r) => r[0])).toEqual([ID_C]);
    expect(plan.withErrors).toBe(1);
  });

  it('never registers the same one-time subsidy twice in one go', () => {
    const plan = planRegistration([person(ID_C), person(ID_C, { row: 9 })], null, PAY_DAY);
    expect(plan.rows).toHaveLength(1);
    expect(plan.alreadyRegistered).toHaveLength(1);
  });
});
