import { readFileSync } from 'fs';
import { join } from 'path';
import { ymdToSerial } from '../../src/policy';
import { readHistoryFile } from '../../src/taskpane/files/readHistoryFile';
import { runValidation } from '../../src/taskpane/state/runValidation';
import { sheetRole } from '../../src/taskpane/state/sheetRoles';
import { fromArrays, serialFromYmd } from '../../tools/excel-host';
import { loadXlsx } from '../../tools/excel-host/loadXlsx';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const AS_OF = ymdToSerial(2022, 7, 15);
const HIRED = { value: serialFromYmd(2022, 3, 1), numberFormat: 'yyyy-mm-dd' };
// Valid IDs (GB 11643 check characters worked by hand).
const ZHANG = '222424199001011235';
const LI = '11010519491231002X';

/** An employment roster (measure 7) in the usual layout, and a paid register that already holds 张三. */
function workbook() {
  return fromArrays(
    [
      {
        name: '花名册',
        cells: [
          ['汪清县2022年一次性吸纳就业补贴花名册'],
          ['序号', '姓名', '身份证号码', '人员类别', '用工单位', '统一社会信用代码', '县（市、区）', '入职日期', '工作月数', '月工资', '补贴金额'],
          [1, '张三', ZHANG, '脱贫人口', '汪清县兴安物流有限公司', '912224248M9230396N', '汪清县', HIRED, 3, 2000, 1600],
          [2, '李四', LI, '脱贫人口', '汪清县兴安物流有限公司', '912224248M9230396N', '汪清县', HIRED, 3, 2000, 1600],
        ],
      },
      {
        name: '已发放登记',
        cells: [
          ['身份证号码', '姓名', '用工单位', '统一社会信用代码', '补贴金额', '补贴类型', '措施', '月数', '发放日期', '来源'],
          [ZHANG, '张三', '某公司', '', 1600, '一次性吸纳就业补贴', 7, 3, serialFromYmd(2021, 6, 30), ''],
        ],
      },
    ],
    { name: '花名册.xlsx' },
  );
}

describe('the 开始校验 pipeline (adapter reads, engine checks)', () => {
  it('recognises the roster and the register among the sheets', async () => {
    fixture = withHost(workbook());
    const heads = await fixture.adapter.readSheetHeads(['花名册', '已发放登记']);
    const [roster, register] = heads.map(sheetRole);
    expect(roster).toMatchObject({ register: false, detected: 'employ', hasTable: true });
    expect(register).toMatchObject({ register: true });
  });

  it('finds a person already in the paid register only when the register is chosen as history', async () => {
    fixture = withHost(workbook());
    const request = { rosters: [{ sheet: '花名册', kind: 'auto' as const }], historyFiles: [], asOf: AS_OF };
    const without = await runValidation(fixture.adapter, { ...request, historySheets: [] });
    expect(without.report.findings.filter((f) => f.code === 'DUPLICATE_PAID')).toEqual([]);
    const withRegister = await runValidation(fixture.adapter, { ...request, historySheets: ['已发放登记'] });
    const paid = withRegister.report.findings.filter((f) => f.code === 'DUPLICATE_PAID');
    // 张三 is on row 3 of the roster; the ID is masked in the finding.
    expect(paid.map((f) => [f.sheet, f.row, f.value])).toEqual([['花名册', 3, '222424********1235']]);
    expect(withRegister.file).toBe('花名册.xlsx');
  });

  it('uses the kind the clerk chose instead of the recognised one', async () => {
    fixture = withHost(workbook());
    const { report } = await runValidation(fixture.adapter, {
      rosters: [{ sheet: '花名册', kind: 'travel' }],
      historySheets: [],
      historyFiles: [],
      asOf: AS_OF,
    });
    expect(report.sheets[0]).toMatchObject({ kind: 'travel', kindDetected: false });
    // A travel roster needs the fare and the contract: this one has neither.
    expect(report.findings.some((f) => f.code === 'COLUMN_MISSING')).toBe(true);
  });

  it('checks against an .xlsx history file read the way the pane reads a file picked from disk', async () => {
    const roster = readFileSync(join(SAMPLES, 'employ-wangqing-2022.xlsx'));
    const register = readFileSync(join(SAMPLES, 'paid-register.xlsx'));
    fixture = withHost(await loadXlsx(roster, { name: 'employ-wangqing-2022.xlsx' }));
    const history = await readHistoryFile('paid-register.xlsx', register.buffer.slice(register.byteOffset, register.byteOffset + register.byteLength));
    const { report } = await runValidation(fixture.adapter, {
      rosters: [{ sheet: '花名册', kind: 'auto' }],
      historySheets: [],
      historyFiles: history,
      asOf: AS_OF,
    });
    // assets/samples/README.md: row 12 was paid the one-off employment subsidy in 2021.
    expect(report.findings.filter((f) => f.code === 'DUPLICATE_PAID').map((f) => f.row)).toEqual([12]);
  });

  it('reads a CSV paid list as text, and refuses a file that is no spreadsheet, naming it', async () => {
    const csv = new TextEncoder().encode('姓名,身份证号码\n张三,222424199003151234\n').buffer as ArrayBuffer;
    const [grid] = await readHistoryFile('register.csv', csv);
    expect(grid.values[1]).toEqual(['张三', '222424199003151234']);
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0xff, 0, 0, 7, 8]).buffer;
    await expect(readHistoryFile('register.pdf', pdf)).rejects.toMatchObject({ file: 'register.pdf', problem: 'not_spreadsheet' });
  });

  it('stops when cancelled, with an AbortError', async () => {
    fixture = withHost(workbook());
    const controller = new AbortController();
    controller.abort();
    await expect(
      runValidation(fixture.adapter, { rosters: [{ sheet: '花名册', kind: 'auto' }], historySheets: [], historyFiles: [], asOf: AS_OF }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('a file picked from disk in the pane goes through the command line’s reader', () => {
  const world = (name: string) => {
    const bytes = readFileSync(join(__dirname, '..', 'fixtures', 'world', name));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };

  it.each(['roster-libreoffice-biff8.xls', 'roster-libreoffice.ods', 'roster-gb18030.csv', 'roster-openpyxl.xlsx'])('%s: the same ID text in row 4', async (name) => {
    const grids = await readHistoryFile(name, world(name));
    const grid = grids[0];
    const row = 4 - 1 - (grid.rowOffset ?? 0);
    // roster-cases.json: row 4 holds person 2 with a wrong check character, as text with all 18 characters.
    expect(grid.values[row][3]).toBe('222424199003150021');
  });
});
