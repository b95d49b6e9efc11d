// Issue 9: what the pane writes into the workbook goes through the same masking as the command line, and stays
// within Excel's 32,767 characters a cell. Runs through the in-memory Excel host, as the pane's own report does.
import { fromArrays, snapshotCells } from '../../tools/excel-host';
import type { ReportTable } from '../../src/roster/types';
import { planRegistration } from '../../src/taskpane/register/registerPlan';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

const ID_SHEET = '222424199001011235';

function table(): ReportTable {
  return {
    sheetName: '校验报告',
    title: '花名册校验报告',
    facts: [['核对行数', 1]],
    summaryHeader: ['代码', '数量'],
    summaryRows: [{ cells: ['ID_CHECKSUM', 1], severity: 'error' }],
    findingsHeader: ['序号', '文件', '工作表', '位置', '信息'],
    linkColumn: 3,
    findingRows: [
      {
        // As a clumsy caller might hand it over: a raw ID in a file name, a disguised one in a message, and a message
        // longer than Excel allows in a cell.
        cells: [1, `名单${ID_SHEET}.xlsx`, ID_SHEET, 'B2', `配偶 222424 19900101 1235；${'很长'.repeat(20000)}`],
        link: { sheet: ID_SHEET, address: 'B2' },
        severity: 'error',
      },
    ],
  };
}

describe('the report sheet the pane writes', () => {
  it('masks every personal number and cuts an overlong cell with a mark', async () => {
    fixture = withHost(fromArrays([{ name: ID_SHEET, cells: [['姓名'], ['张三']] }]));
    await fixture.adapter.writeReport(table());
    const cells = snapshotCells(fixture.host.workbook, '校验报告');
    const all = Object.values(cells).map((c) => String(c.value ?? '')).join('\n');
    expect(all).not.toMatch(/199001011235|19900101\s*1235/);
    expect(all).toContain('名单222424********1235.xlsx');
    const message = Object.values(cells).map((c) => String(c.value ?? '')).find((v) => v.startsWith('配偶'))!;
    expect(message.startsWith('配偶 222424 ******** 1235；')).toBe(true);
    expect(message.length).toBeLessThanOrEqual(32767);
    expect(message).toContain('已截断');
  });
});

describe('the register rows the pane appends', () => {
  it('keep the ID itself (the register is how a second payment is found) but mask it where it names a source', () => {
    const plan = planRegistration(
      [{ file: `名单${ID_SHEET}.xlsx`, sheet: ID_SHEET, row: 2, kind: 'employ', measure: 7, id: ID_SHEET, name: '张三', employer: '某公司', employerCode: '', amountFen: 160000, computedFen: 160000, hasErrors: false }],
      null,
      44926,
    );
    expect(plan.rows[0][0]).toBe(ID_SHEET);
    expect(plan.rows[0][9]).toBe('222424********1235!2（名单222424********1235.xlsx）');
  });
});
