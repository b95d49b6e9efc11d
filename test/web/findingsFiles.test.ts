// The findings downloads of the web page: the CSV's bytes checked one by one where they matter (BOM, CRLF, quoting,
// the formula guard, masking), and the .xlsx read back by the project's reader and by SheetJS.
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { validateRosters } from '../../src/roster';
import type { ValidationReport } from '../../src/roster';
import { findingsCsvBytes, findingsXlsxBytes } from '../../src/web/downloads/findingsFiles';
import { csvField } from '../../src/web/downloads/csvText';
import { readSpreadsheetBytes, NODE_LIBRARIES } from '../../src/xlsx';
import { AS_OF, ID_BAD, roster } from './roster';

const FILE_WITH_ID = `名单${ID_BAD}.xlsx`;

function report(file = '汪清县花名册.xlsx'): ValidationReport {
  return validateRosters([roster(file)], { asOf: AS_OF });
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('the findings as CSV', () => {
  const bytes = findingsCsvBytes(report(FILE_WITH_ID), 'zh');
  const text = decode(bytes);

  it('starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the 校验报告 table’s columns as its header', () => {
    const header = text.slice(1).split('\r\n')[0];
    expect(header).toBe('序号,严重程度,代码,说明,文件,工作表,位置,姓名,字段,值,信息,措施,相关行');
  });

  it('shows the bad ID masked, never in full, and masks the ID in the file name', () => {
    const line = text.split('\r\n').find((l) => l.includes('ID_CHECKSUM'))!;
    expect(line).toBeDefined();
    expect(line).toContain('222424********3338');
    expect(line).toContain('名单222424********3338.xlsx');
    expect(text).not.toContain('19900101');
    expect(text).not.toContain(ID_BAD);
  });

  it('neutralises the name "=1+1" with an apostrophe so that no spreadsheet computes it', () => {
    const line = text.split('\r\n').find((l) => l.includes('ID_CHECKSUM'))!;
    expect(line.split(',')).toContain("'=1+1");
    expect(text).not.toMatch(/(^|,)=1\+1/m);
  });

  it('is read back by the project’s CSV reader into the same table (Chinese intact)', async () => {
    const read = await readSpreadsheetBytes(bytes, 'findings.csv', NODE_LIBRARIES);
    const values = read.grids[0].values;
    expect(values[0][7]).toBe('姓名');
    const row = values.find((r) => r[2] === 'ID_CHECKSUM')!;
    expect(row[1]).toBe('错误');
    expect(row[7]).toBe("'=1+1");
  });
});

describe('a CSV field', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-300', "'-300"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['a,b', '"a,b"'],
    ['说"明"', '"说""明"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['张三', '张三'],
  ])('%j is written as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes numbers as numbers, a negative one too (a value, not a formula)', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(1600)).toBe('1600');
  });
});

describe('the findings as .xlsx', () => {
  it('is one sheet: the header frozen, every finding a row, text kept as text and IDs masked', async () => {
    const rep = report(FILE_WITH_ID);
    const bytes = await findingsXlsxBytes(rep, 'zh');
    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    expect(book.SheetNames).toHaveLength(1);
    const sheet = book.Sheets[book.SheetNames[0]];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    expect(rows[0]).toEqual(['序号', '严重程度', '代码', '说明', '文件', '工作表', '位置', '姓名', '字段', '值', '信息', '措施', '相关行']);
    expect(rows).toHaveLength(rep.findings.length + 1);
    const bad = rows.find((r) => r[2] === 'ID_CHECKSUM')!;
    expect(bad[0]).toBe(rows.indexOf(bad)); // 序号 is a number, 1 for the first finding
    // The name "=1+1" is a text cell, not a formula: SheetJS sees type s and no formula.
    const r = rows.indexOf(bad);
    const nameCell = sheet[XLSX.utils.encode_cell({ r, c: 7 })];
    expect(nameCell.t).toBe('s');
    expect(nameCell.v).toBe('=1+1');
    expect(nameCell.f).toBeUndefined();
    expect(bad[4]).toBe('名单222424********3338.xlsx');
    expect(JSON.stringify(rows)).not.toContain('19900101');
    // Frozen under the header: the sheet view's pane starts at A2.
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*topLeftCell="A2"[^>]*state="frozen"/);
  });

  it('reads back through the project’s reader with the same rows in English', async () => {
    const bytes = await findingsXlsxBytes(report(), 'en');
    const read = await readSpreadsheetBytes(bytes, 'findings.xlsx', NODE_LIBRARIES);
    expect(read.grids[0].values[0][0]).toBe('No.');
    expect(read.grids[0].values.some((r) => r[2] === 'ID_CHECKSUM' && r[1] === 'error')).toBe(true);
  });
});
