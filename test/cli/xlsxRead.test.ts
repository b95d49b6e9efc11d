// Reading .xlsx into the engine's SheetGrid (src/xlsx): values and kinds as Office.js would report them, and a
// clear, named refusal of every file that is not a readable workbook.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as path from 'path';
import { readXlsxBuffer, readXlsxFile, XlsxReadError } from '../../src/xlsx';
import type { SheetGrid } from '../../src/roster/sheetGrid';
import { tempFolder } from './files';

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function oneSheet(build: (ws: ExcelJS.Worksheet) => void): Promise<SheetGrid> {
  const grids = await readXlsxBuffer(await bytesOf((wb) => build(wb.addWorksheet('花名册'))), 'test.xlsx');
  return grids[0];
}

/** The cell at an A1-style position of the sheet, through the grid's offsets. */
function at(grid: SheetGrid, row: number, column: number) {
  const r = row - 1 - (grid.rowOffset ?? 0);
  const c = column - 1 - (grid.columnOffset ?? 0);
  return { value: grid.values[r][c], kind: grid.kinds?.[r][c], format: grid.numberFormats?.[r][c] };
}

describe('cell values and kinds', () => {
  it('reads text, numbers, booleans and errors as Office.js reports them', async () => {
    const grid = await oneSheet((ws) => {
      ws.getCell('A1').value = '张三';
      ws.getCell('B1').value = 3.5;
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = { error: '#N/A' };
      ws.getCell('E1').value = 2000;
      ws.getCell('E1').numFmt = '#,##0.00';
    });
    expect(at(grid, 1, 1)).toEqual({ value: '张三', kind: 'String', format: 'General' });
    expect(at(grid, 1, 2)).toEqual({ value: 3.5, kind: 'Double', format: 'General' });
    expect(at(grid, 1, 3)).toEqual({ value: true, kind: 'Boolean', format: 'General' });
    expect(at(grid, 1, 4)).toEqual({ value: '#N/A', kind: 'Error', format: 'General' });
    expect(at(grid, 1, 5)).toEqual({ value: 2000, kind: 'Double', format: '#,##0.00' });
  });

  it('keeps an ID typed as text as text, and one typed as a number as the number Excel kept', async () => {
    const grid = await oneSheet((ws) => {
      ws.getCell('A1').value = '22242419900315123x';
      ws.getCell('A1').numFmt = '@';
      // eslint-disable-next-line no-loss-of-precision -- an ID typed as a number, as Excel stores it
      ws.getCell('A2').value = 222424199003151234;
    });
    expect(at(grid, 1, 1)).toEqual({ value: '22242419900315123x', kind: 'String', format: '@' });
    expect(at(grid, 2, 1).kind).toBe('Double');
    expect(typeof at(grid, 2, 1).value).toBe('number');
  });

  it('gives a date cell its serial in the 1900 system (2022-03-01 is day 44621) with the kind Date', async () => {
    // 2022-01-01 is serial 44562 (Excel); January has 31 days and February 28, so 2022-03-01 is 44562 + 59.
    const grid = await oneSheet((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2022, 2, 1));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('A2').value = 44621;
      ws.getCell('A2').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('A3').value = new Date(Date.UTC(2022, 2, 1, 12));
      ws.getCell('A3').numFmt = 'yyyy-mm-dd hh:mm';
      ws.getCell('A4').value = 44621;
      ws.getCell('A4').numFmt = '0';
    });
    expect(at(grid, 1, 1)).toEqual({ value: 44621, kind: 'Date', format: 'yyyy-mm-dd' });
    expect(at(grid, 2, 1)).toMatchObject({ value: 44621, kind: 'Date' });
    expect(at(grid, 3, 1)).toMatchObject({ value: 44621.5, kind: 'Date' });
    expect(at(grid, 4, 1)).toMatchObject({ value: 44621, kind: 'Double' });
  });

  it('reads a workbook in the 1904 date system with the same 1900-system serials', async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2022, 2, 1));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const [grid] = await readXlsxBuffer(bytes, 'a.xlsx');
    expect(at(grid, 1, 1)).toMatchObject({ value: 44621, kind: 'Date' });
  });

  it('reads a formula as its cached result, whatever its type', async () => {
    const grid = await oneSheet((ws) => {
      ws.getCell('A1').value = 5;
      ws.getCell('B1').value = { formula: 'A1*2', result: 10 };
      ws.getCell('C1').value = { formula: '"王"&"五"', result: '王五' };
      ws.getCell('D1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    expect(at(grid, 1, 2)).toMatchObject({ value: 10, kind: 'Double' });
    expect(at(grid, 1, 3)).toMatchObject({ value: '王五', kind: 'String' });
    expect(at(grid, 1, 4)).toMatchObject({ value: '#DIV/0!', kind: 'Error' });
  });

  it('reads rich text and a hyperlink as the plain text shown', async () => {
    const grid = await oneSheet((ws) => {
      ws.getCell('A1').value = { richText: [{ text: '李' }, { text: '四', font: { bold: true } }] };
      ws.getCell('A2').value = { text: '说明', hyperlink: 'https://example.org' };
    });
    expect(at(grid, 1, 1)).toMatchObject({ value: '李四', kind: 'String' });
    expect(at(grid, 2, 1)).toMatchObject({ value: '说明', kind: 'String' });
  });

  it('reads shared strings (the way Excel stores repeated text)', async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 3; r++) ws.getCell(r, 1).value = '脱贫人口';
    });
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('xl/sharedStrings.xml')).not.toBeNull();
    const [grid] = await readXlsxBuffer(bytes, 'a.xlsx');
    expect(grid.values.map((r) => r[0])).toEqual(['脱贫人口', '脱贫人口', '脱贫人口']);
  });

  it('reads a merged title as one value in its top-left cell, the covered cells empty', async () => {
    const grid = await oneSheet((ws) => {
      ws.getCell('A1').value = '汪清县2022年一次性吸纳就业补贴花名册';
      ws.mergeCells('A1:C1');
      ws.getRow(2).values = ['序号', '姓名', '身份证号码'];
    });
    expect(grid.values[0]).toEqual(['汪清县2022年一次性吸纳就业补贴花名册', '', '']);
    expect(grid.kinds?.[0]).toEqual(['String', 'Empty', 'Empty']);
  });
});

describe('the used range', () => {
  it('starts at the first cell holding a value, with rowOffset and columnOffset', async () => {
    const grid = await oneSheet((ws) => {
      ws.getCell('C5').value = '姓名';
      ws.getCell('D7').value = 1;
    });
    expect(grid.rowOffset).toBe(4);
    expect(grid.columnOffset).toBe(2);
    expect(grid.values).toEqual([
      ['姓名', ''],
      ['', ''],
      ['', 1],
    ]);
  });

  it('lists hidden rows by their 0-based sheet index', async () => {
    const grid = await oneSheet((ws) => {
      for (let r = 1; r <= 4; r++) ws.getCell(r, 1).value = r;
      ws.getRow(3).hidden = true;
    });
    expect(grid.hiddenRows).toEqual([2]);
  });

  it('reads an empty sheet as no rows, and every sheet in workbook order with the file name given', async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet('说明');
      wb.addWorksheet('花名册').getCell('A1').value = 1;
      wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 2;
    });
    const grids = await readXlsxBuffer(bytes, '汪清.xlsx');
    expect(grids.map((g) => [g.file, g.sheet, g.values.length])).toEqual([
      ['汪清.xlsx', '说明', 0],
      ['汪清.xlsx', '花名册', 1],
      ['汪清.xlsx', '隐藏', 1],
    ]);
  });
});

describe('files that are not readable workbooks', () => {
  const folder = tempFolder('read');
  afterAll(folder.remove);

  async function problemOf(bytes: Buffer): Promise<string> {
    try {
      await readXlsxBuffer(bytes, 'x.xlsx');
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxReadError);
      return (e as XlsxReadError).problem;
    }
    return 'read';
  }

  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it('names an empty file, binary bytes, an encrypted workbook and a broken .xls for what they are', async () => {
    expect(await problemOf(Buffer.alloc(0))).toBe('empty');
    expect(await problemOf(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0xff, 0, 0, 7, 8]))).toBe('not_spreadsheet');
    const encrypted = Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
    expect(await problemOf(encrypted)).toBe('encrypted');
    const xls = Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(64)]);
    expect(await problemOf(xls)).toBe('corrupt');
  });

  it('tells a damaged .xlsx from a zip that is no workbook', async () => {
    const good = await bytesOf((wb) => (wb.addWorksheet('S').getCell('A1').value = 'x'));
    expect(await problemOf(good.subarray(0, Math.floor(good.length * 0.6)))).toBe('corrupt');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(await problemOf(await zip.generateAsync({ type: 'nodebuffer' }))).toBe('not_spreadsheet');
  });

  it('names a missing file and a folder, in Chinese and English', async () => {
    const missing = path.join(folder.dir, '没有.xlsx');
    await expect(readXlsxFile(missing, '没有.xlsx')).rejects.toMatchObject({ problem: 'missing' });
    const error = (await readXlsxFile(missing, '没有.xlsx').catch((e: unknown) => e)) as XlsxReadError;
    expect(error.messageText.zh).toContain('没有.xlsx');
    expect(error.messageText.zh).toContain('不存在');
    expect(error.messageText.en).toContain('does not exist');
    fs.mkdirSync(path.join(folder.dir, 'd.xlsx'));
    await expect(readXlsxFile(path.join(folder.dir, 'd.xlsx'))).rejects.toMatchObject({ problem: 'directory' });
  });
});
