// The updated paid register the web page offers for download. The key property: the file, read back by the
// project's reader and given to the engine as history, makes the same roster's persons come out as already paid,
// and registering the same roster again appends nobody.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import { isOwnReport } from '../../src/cli/outputGuard';
import { validateRosters } from '../../src/roster';
import type { SheetGrid } from '../../src/roster';
import { updatedPaidRegisterBytes } from '../../src/web/downloads/paidRegisterFile';
import { NODE_LIBRARIES, readSpreadsheetBytes } from '../../src/xlsx';
import { AS_OF, EMPLOYER_CODE, ID_LI, ID_WANG, ID_ZHANG, cleanRoster } from './roster';

/** 2022-07-15: 44742 (2022-06-30) + 15 days. */
const PAY_DATE = 44757;
const BATCH = '2022年第3批';

async function readBack(bytes: Uint8Array): Promise<SheetGrid> {
  const read = await readSpreadsheetBytes(bytes, '已发放名册.xlsx', NODE_LIBRARIES);
  expect(read.grids).toHaveLength(1);
  return read.grids[0];
}

function settled() {
  const report = validateRosters([cleanRoster()], { asOf: AS_OF });
  // The roster is clean: two persons, no errors, so both are registered.
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(report.persons).toHaveLength(2);
  return report;
}

describe('a new paid register', () => {
  it('holds the header and one row per person, full IDs as text, 发放日期 as a date, 批次', async () => {
    const { bytes, plan } = await updatedPaidRegisterBytes({ register: null, persons: settled().persons, payDate: PAY_DATE, batch: BATCH, lang: 'zh' });
    expect(plan.persons.map((p) => p.name)).toEqual(['张三', '王五']);
    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    expect(book.SheetNames).toEqual(['已发放登记']);
    const sheet = book.Sheets['已发放登记'];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    expect(rows[0]).toEqual(['身份证号码', '姓名', '用工单位', '统一社会信用代码', '补贴金额', '补贴类型', '措施', '月数', '发放日期', '来源', '批次']);
    expect(rows).toHaveLength(3);
    // The ID is a text cell holding all 18 characters (a number would keep 15 digits), formatted as text.
    expect(sheet.A2).toMatchObject({ t: 's', v: ID_ZHANG, z: '@' });
    expect(sheet.A3).toMatchObject({ t: 's', v: ID_WANG });
    expect(sheet.B2.v).toBe('张三');
    // 1,600 yuan of measure 7, 4 months worked, paid on 2022-07-15 (a date cell), from row 2 of 花名册.
    expect(sheet.E2.v).toBe(1600);
    expect(sheet.G2.v).toBe(7);
    expect(sheet.H2.v).toBe(4);
    expect(sheet.I2).toMatchObject({ t: 'n', v: PAY_DATE, z: 'yyyy-mm-dd' });
    expect(sheet.J2.v).toBe('花名册!2（汪清县花名册.xlsx）');
    expect(sheet.K2.v).toBe(BATCH);
  });

  it('is not taken for a report of ours, which `jl-roster --out` would replace without asking', async () => {
    const { bytes } = await updatedPaidRegisterBytes({ register: null, persons: settled().persons, payDate: PAY_DATE, batch: BATCH, lang: 'zh' });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jl-register-')), '已发放名册.xlsx');
    fs.writeFileSync(file, bytes);
    expect(isOwnReport(file)).toBe(false);
  });

  it('read back as history, makes the same persons already paid; registering again appends nobody', async () => {
    const first = await updatedPaidRegisterBytes({ register: null, persons: settled().persons, payDate: PAY_DATE, batch: BATCH, lang: 'zh' });
    const register = await readBack(first.bytes);

    const again = validateRosters([cleanRoster()], { asOf: AS_OF, history: [register] });
    const paid = again.findings.filter((f) => f.code === 'DUPLICATE_PAID');
    expect(paid.map((f) => f.row).sort()).toEqual([2, 3]);
    expect(paid.every((f) => f.severity === 'error')).toBe(true);

    // The pane registers the persons of the settled roster; the register already holds both for measure 7.
    const second = await updatedPaidRegisterBytes({ register, persons: settled().persons, payDate: PAY_DATE + 1, batch: '2022年第4批', lang: 'zh' });
    expect(second.plan.rows).toEqual([]);
    expect(second.plan.alreadyRegistered.map((p) => p.name)).toEqual(['张三', '王五']);
    const unchanged = await readBack(second.bytes);
    expect(unchanged.values).toEqual(register.values);
  });
});

// 发放台账 as LibreOffice Calc 7.4.7 wrote it (test/web/fixtures/README.md): a title row, its own columns in its own
// order (公民身份号码, 发放金额, 备注; no 来源, no 批次) and 李四 paid on 2022-05-20.
const LIBREOFFICE_REGISTER = path.join(__dirname, 'fixtures', 'register-libreoffice.xlsx');

describe('a register the office already keeps', () => {
  async function ownRegister(): Promise<SheetGrid> {
    const read = await readSpreadsheetBytes(new Uint8Array(fs.readFileSync(LIBREOFFICE_REGISTER)), '发放台账.xlsx', NODE_LIBRARIES);
    return read.grids[0];
  }

  /** 张三 (new) and 李四 (paid in May, in the register). */
  function persons() {
    const roster = cleanRoster();
    const withLi: SheetGrid = { ...roster, values: [roster.values[0], roster.values[1], roster.values[1].map((v, c) => (c === 1 ? '李四' : c === 2 ? ID_LI : v))] };
    const report = validateRosters([withLi], { asOf: AS_OF });
    expect(report.persons.filter((p) => !p.hasErrors)).toHaveLength(2);
    return report.persons;
  }

  it('keeps its rows and columns as they were, appends under them by header, adds the columns it lacks', async () => {
    const register = await ownRegister();
    const { bytes, plan } = await updatedPaidRegisterBytes({ register, persons: persons(), payDate: PAY_DATE, batch: BATCH, lang: 'zh' });
    expect(plan.persons.map((p) => p.name)).toEqual(['张三']);
    expect(plan.alreadyRegistered.map((p) => p.name)).toEqual(['李四']);

    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    expect(book.SheetNames).toEqual(['发放台账']);
    const sheet = book.Sheets['发放台账'];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
    expect(rows[0][0]).toBe('汪清县一次性吸纳就业补贴发放台账');
    // Its own seven headers where they were, then the ones it had no column for, in REGISTER_HEADERS order.
    expect(rows[1]).toEqual(['序号', '姓名', '公民身份号码', '发放金额', '补贴类型', '发放日期', '备注', '用工单位', '统一社会信用代码', '措施', '月数', '来源', '批次']);
    // 李四's row as LibreOffice wrote it: the ID text, the date a date (2022-05-20 = serial 44701).
    expect(sheet.C3).toMatchObject({ t: 's', v: ID_LI });
    expect(sheet.F3).toMatchObject({ t: 'n', v: 44701 });
    expect(sheet.F3.z).toMatch(/yy/i);
    expect(sheet.G3.v).toBe('第1批');
    // 张三 appended in row 4, each value under the header that says what it is.
    expect(rows[3]).toEqual([null, '张三', ID_ZHANG, 1600, '一次性吸纳就业补贴', expect.anything(), null, '汪清县某食品有限公司', EMPLOYER_CODE, 7, 4, '花名册!2（汪清县花名册.xlsx）', BATCH]);
    expect(sheet.C4).toMatchObject({ t: 's', z: '@' });
    expect(sheet.I4).toMatchObject({ t: 's', v: EMPLOYER_CODE, z: '@' });
    expect(sheet.F4).toMatchObject({ t: 'n', v: PAY_DATE, z: 'yyyy-mm-dd' });
    expect(rows).toHaveLength(4);
  });

  it('read back as history, makes both 张三 (just appended) and 李四 (paid in May) already paid', async () => {
    const { bytes } = await updatedPaidRegisterBytes({ register: await ownRegister(), persons: persons(), payDate: PAY_DATE, batch: BATCH, lang: 'zh' });
    const history = await readBack(bytes);
    const report = validateRosters([cleanRoster()], { asOf: AS_OF, history: [history] });
    // cleanRoster: 张三 in row 2, 王五 in row 3; 王五 was never registered.
    expect(report.findings.filter((f) => f.code === 'DUPLICATE_PAID').map((f) => f.row)).toEqual([2]);
  });

  it('keeps a row the clerk hid hidden', async () => {
    const register = { ...(await ownRegister()), hiddenRows: [2] };
    const { bytes } = await updatedPaidRegisterBytes({ register, persons: persons(), payDate: PAY_DATE, batch: BATCH, lang: 'zh' });
    const sheet = XLSX.read(bytes, { type: 'array', cellStyles: true }).Sheets['发放台账'];
    expect(sheet['!rows']?.[2]?.hidden).toBe(true);
    expect(sheet['!rows']?.[3]?.hidden).toBeFalsy();
  });

  it('refuses a sheet that is not a register with a sentence naming it', async () => {
    const notARegister: SheetGrid = { file: '杂项.xlsx', sheet: '备忘', values: [['今天开会'], ['明天下乡']] };
    const refused = updatedPaidRegisterBytes({ register: notARegister, persons: persons(), payDate: PAY_DATE, batch: BATCH, lang: 'zh' });
    await expect(refused).rejects.toThrow(/^已发放名册“备忘”（杂项\.xlsx）不是带身份证号码列的表格：.*请选择正确的已发放名册/);
    // Both languages travel with the error, for a page that shows the other one.
    await expect(refused).rejects.toMatchObject({ name: 'RegisterNotATable', messageText: { en: expect.stringMatching(/^The paid register "备忘" \(杂项\.xlsx\) is not a table/) } });
  });
});
