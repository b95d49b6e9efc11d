// The 校验报告 sheet of jl-roster --out and of the pane's export: findings under a frozen header with an autofilter,
// checked in the file's own XML (what Excel and WPS read) and through SheetJS, a reader other than the writer.
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import type { ReportTable } from '../../src/roster/types';
import { reportWorkbookBytes } from '../../src/xlsx';

function table(findings: number): ReportTable {
  return {
    sheetName: '校验报告',
    title: '花名册校验报告',
    facts: [
      ['已发放记录', '未使用已发放记录：未核对以往是否已领取'],
      ['核对行数', 2],
    ],
    summaryHeader: ['代码', '说明', '严重程度', '措施', '数量'],
    summaryRows: [{ cells: ['ID_CHECKSUM', '身份证号码校验位错误', '错误', '', findings], severity: 'error' }],
    findingsHeader: ['序号', '严重程度', '代码', '说明', '文件', '工作表', '位置', '姓名', '字段', '值', '信息', '措施', '相关行'],
    linkColumn: 6,
    findingRows: Array.from({ length: findings }, (_, i) => ({
      cells: [i + 1, '错误', 'ID_CHECKSUM', '身份证号码校验位错误', 'a.xlsx', '花名册', `C${i + 3}`, '张三', '身份证号码', '222424********1235', '号码至少有一位录入有误', '', ''],
      link: { sheet: '花名册', address: `C${i + 3}` },
      severity: 'error' as const,
    })),
  };
}

describe('the report sheet of the written workbook', () => {
  it('freezes title, facts line and findings header, filters the findings only, and puts summary and facts below', async () => {
    const bytes = await reportWorkbookBytes({ rosters: [], findings: [], table: table(4), sheets: [], lang: 'zh' });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<pane [^>]*ySplit="3"[^>]*state="frozen"/);
    // Header on row 3, four findings on rows 4 to 7, thirteen columns A to M.
    expect(xml).toContain('<autoFilter ref="A3:M7"');
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets['校验报告'];
    const at = (a: string) => sheet[a]?.v;
    expect(at('A1')).toBe('花名册校验报告');
    expect(at('A2')).toBe('已发放记录：未使用已发放记录：未核对以往是否已领取；核对行数：2');
    expect(at('A3')).toBe('序号');
    expect(at('A7')).toBe(4);
    expect(at('A8')).toBeUndefined();
    expect([at('A9'), at('E10')]).toEqual(['代码', 4]);
    expect([at('A12'), at('B13')]).toEqual(['已发放记录', 2]);
  });
});
