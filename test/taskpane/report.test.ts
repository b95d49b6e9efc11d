import { fromArrays, snapshotCells, snapshotFormats } from '../../tools/excel-host';
import type { ReportTable } from '../../src/roster/types';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

function roster() {
  return fromArrays([
    { name: '花名册', cells: [['姓名', '身份证号码'], ['张三', '222424199001011235'], ['李四', '0012']] },
    { name: 'Sheet 2', cells: [['x']] },
  ]);
}

/** A report as the engine lays it out: facts, a summary with a measure column, findings linking to their cells. */
function table(findings: number): ReportTable {
  return {
    sheetName: '校验报告',
    title: '花名册校验报告',
    facts: [
      ['校验时间', '2022-06-30 14:05'],
      ['核对行数', 2],
    ],
    summaryHeader: ['代码', '说明', '严重程度', '措施', '数量'],
    summaryRows: [
      { cells: ['ID_CHECKSUM', '身份证号码校验位错误', '错误', '', findings - 1], severity: 'error' },
      { cells: ['EMPLOYER_NOT_JILIN', '用工单位不在吉林省', '警告', 7, 1], severity: 'warning' },
    ],
    findingsHeader: ['序号', '严重程度', '代码', '说明', '文件', '工作表', '位置', '字段', '值', '信息', '措施', '相关行'],
    linkColumn: 6,
    findingRows: Array.from({ length: findings }, (_, i) => ({
      cells: [i + 1, '错误', 'ID_CHECKSUM', '身份证号码校验位错误', 'a.xlsx', i === 1 ? 'Sheet 2' : '花名册', `B${i + 2}`, '身份证号码', i === 0 ? '0012' : '222424********1235', '校验位应为 5', '', ''],
      link: { sheet: i === 1 ? 'Sheet 2' : '花名册', address: `B${i + 2}` },
      severity: 'error' as const,
    })),
  };
}

describe('writing the report sheet', () => {
  it('writes title, the facts in one line, the findings, then the summary and each fact, each finding linked to its cell', async () => {
    fixture = withHost(roster());
    await fixture.adapter.writeReport(table(3));
    const cells = snapshotCells(fixture.host.workbook, '校验报告');
    expect(cells.A1.value).toBe('花名册校验报告');
    expect(cells.A2.value).toBe('校验时间：2022-06-30 14:05；核对行数：2');
    // The findings' header on row 3, three findings, a blank row, the summary (header on row 8, two rows), a blank
    // row, then each fact with its value as a number where it is one.
    expect(cells.A3.value).toBe('序号');
    expect(cells.G4.value).toBe('B2');
    // Text stays text: "0012" is not turned into the number 12.
    expect(cells.I4.value).toBe('0012');
    expect(cells.A7).toBeUndefined();
    expect(cells.A8.value).toBe('代码');
    expect(cells.E9.value).toBe(2);
    expect(cells.A12.value).toBe('校验时间');
    expect(cells.B13.value).toBe(2);
    const formats = snapshotFormats(fixture.host.workbook, '校验报告');
    expect(formats.G4.hyperlink?.documentReference).toBe('花名册!B2');
    expect(formats.G5.hyperlink?.documentReference).toBe("'Sheet 2'!B3");
    expect(formats.A3.format?.font?.bold).toBe(true);
    expect(formats.A8.format?.font?.bold).toBe(true);
    expect(formats.A4.format?.fill).toBe('#FFC7CE');
    expect(formats.A9.format?.fill).toBe('#FFC7CE');
  });

  it('freezes the title, the facts line and the findings header, and nothing of the findings', async () => {
    fixture = withHost(roster());
    await fixture.adapter.writeReport(table(40));
    const sheet = fixture.host.workbook.sheets.find((s) => s.name === '校验报告')!;
    expect(sheet.frozen).toEqual({ rows: 3, columns: 0 });
    const cells = snapshotCells(fixture.host.workbook, '校验报告');
    expect(cells.A3.value).toBe('序号');
    expect(cells.A4.value).toBe(1);
  });

  it('writes the facts line of an English report without full-width punctuation', async () => {
    fixture = withHost(roster());
    const base = table(1);
    await fixture.adapter.writeReport({ ...base, sheetName: 'Check report', title: 'Roster check report', facts: [['Run at', '2022-06-30 14:05'], ['Rows checked', 2]] });
    const line = String(snapshotCells(fixture.host.workbook, 'Check report').A2.value);
    expect(line).toBe('Run at: 2022-06-30 14:05; Rows checked: 2');
    expect(line).not.toMatch(/[\uff00-\uffef\u3000-\u303f]/);
  });

  it('adds a chart of counts by code and sets up A4 printing with the findings header repeated', async () => {
    fixture = withHost(roster());
    await fixture.adapter.writeReport(table(3));
    const sheet = fixture.host.workbook.sheets.find((s) => s.name === '校验报告')!;
    expect(sheet.charts).toHaveLength(1);
    // The chart reads two columns (code and count) and so has one series, whatever the summary's other columns.
    const source = sheet.charts[0].sourceAddress;
    const cells = snapshotCells(fixture.host.workbook, '校验报告');
    const [first, last] = source.split('!')[1].split(':');
    expect(first.replace(/\d+/, '')).not.toBe(last.replace(/\d+/, ''));
    expect(cells[first].value).toBe('代码');
    expect(cells[last].value).toBe(1);
    expect(sheet.pageLayout.paperSize).toBe('A4');
    expect(sheet.pageLayout.orientation).toBe('Landscape');
    expect(sheet.pageLayout.printTitleRows).toBe('3:3');
    expect(fixture.host.workbook.activeSheetId).toBe(sheet.id);
    // The chart's helper columns are hidden, and the chart still draws them.
    const helper = first.replace(/\d+/, '');
    const helperIndex = helper.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(sheet.hiddenColumns.has(helperIndex) && sheet.hiddenColumns.has(helperIndex + 1)).toBe(true);
    expect(sheet.charts[0].plotVisibleOnly).toBe(false);
    // A filter over the findings: header row 3 and the three findings below it, every column of the table, and not
    // over the summary below (filtering hides whole rows).
    expect(sheet.autoFilter).toEqual({ row: 2, col: 0, rows: 4, cols: 12 });
  });

  it('links only to sheets of this workbook: a finding from a history file keeps its text but gets no link', async () => {
    fixture = withHost(roster());
    const base = table(3);
    const fromHistory = { ...base.findingRows[2], link: { sheet: '已发放', address: 'C7' } };
    await fixture.adapter.writeReport({ ...base, findingRows: [base.findingRows[0], base.findingRows[1], fromHistory] });
    const formats = snapshotFormats(fixture.host.workbook, '校验报告');
    expect(formats.G4.hyperlink?.documentReference).toBe('花名册!B2');
    expect(formats.G6?.hyperlink).toBeUndefined();
    expect(snapshotCells(fixture.host.workbook, '校验报告').G6.value).toBe('B4');
  });

  it('replaces the previous report and leaves every other sheet as it was', async () => {
    fixture = withHost(roster());
    const rosterCells = snapshotCells(fixture.host.workbook, '花名册');
    await fixture.adapter.writeReport(table(5));
    await fixture.adapter.writeReport(table(2));
    expect(fixture.host.workbook.sheets.filter((s) => s.name === '校验报告')).toHaveLength(1);
    const cells = snapshotCells(fixture.host.workbook, '校验报告');
    // Two findings on rows 4 and 5, then a blank row: nothing of the longer first report is left.
    expect(cells.A5?.value).toBe(2);
    expect(cells.A6).toBeUndefined();
    expect(cells.A14).toBeUndefined();
    expect(snapshotCells(fixture.host.workbook, '花名册')).toEqual(rosterCells);
  });

  it('writes 20,000 findings in a few blocks under the payload limit', async () => {
    fixture = withHost(roster());
    fixture.host.resetStats();
    await fixture.adapter.writeReport(table(20_000));
    expect(fixture.host.stats.syncCount).toBeLessThan(15);
    expect(fixture.host.stats.largestPayloadBytes).toBeLessThan(4_000_000);
    const cells = snapshotCells(fixture.host.workbook, '校验报告');
    expect(cells.A20003.value).toBe(20_000);
  });
});
