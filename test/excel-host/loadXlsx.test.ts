/**
 * A real .xlsx, written with ExcelJS here, read through loadXlsx and then through the Excel API of the host.
 */
import ExcelJS from 'exceljs';
import { createExcelHost, snapshotCells } from '../../tools/excel-host/index';
import { loadXlsx } from '../../tools/excel-host/loadXlsx';

const MAY_1_2022 = 44682; // 2022-01-01 is serial 44562; January to April add 31 + 28 + 31 + 30 = 120 days

async function rosterFile(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('花名册');
  ws.getRow(1).values = ['身份证号', '编号', '发放日期', '核对', '补贴', '合计'];
  ws.getCell('A1').font = { bold: true };
  ws.getCell('A2').value = '222424199001011235';
  ws.getCell('B2').value = 123456;
  ws.getCell('C2').value = new Date(Date.UTC(2022, 4, 1));
  ws.getCell('C2').numFmt = 'yyyy-mm-dd';
  ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('D2').value = { error: '#N/A' };
  ws.getCell('E2').value = 1000;
  ws.getCell('E2').border = { bottom: { style: 'thin', color: { argb: 'FFFF0000' } } };
  ws.getCell('F2').value = { formula: 'E2*2', result: 2000 };
  ws.getCell('A3').value = { richText: [{ text: '李' }, { text: '四', font: { bold: true } }] };
  ws.getCell('B3').value = { text: '说明', hyperlink: 'https://example.org/jl' };
  ws.getCell('A5').value = '合并';
  ws.mergeCells('A5:B5');
  ws.getRow(4).hidden = true;
  ws.getCell('A4').value = '隐藏行';
  const hidden = book.addWorksheet('History2022');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = 'paid';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('loadXlsx', () => {
  it('reads values, types, formulas, dates and errors as Office.js reports them', async () => {
    const host = createExcelHost(await loadXlsx(await rosterFile()));
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('花名册').getRange('A2:F3');
      range.load('values, valueTypes, formulas, numberFormat, text');
      await context.sync();
      expect(range.values).toEqual([
        ['222424199001011235', 123456, MAY_1_2022, '#N/A', 1000, 2000],
        ['李四', '说明', '', '', '', ''],
      ]);
      expect(range.valueTypes).toEqual([
        ['String', 'Double', 'Double', 'Error', 'Double', 'Double'],
        ['String', 'String', 'Empty', 'Empty', 'Empty', 'Empty'],
      ]);
      expect(range.formulas[0][5]).toBe('=E2*2');
      expect(range.formulas[0][0]).toBe('222424199001011235');
      expect(range.numberFormat[0][2]).toBe('yyyy-mm-dd');
      expect(range.numberFormat[0][1]).toBe('General');
      expect(range.text[0][2]).toBe('2022-05-01');
    });
  });

  it('reads formats, hyperlinks, merged cells, hidden rows and hidden sheets', async () => {
    const host = createExcelHost(await loadXlsx((await rosterFile()).slice().buffer));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('花名册');
      const fill = sheet.getRange('C2').format.fill.load('color, pattern');
      const plain = sheet.getRange('B2').format.fill.load('color, pattern');
      const bold = sheet.getRange('A1').format.font.load('bold');
      const notBold = sheet.getRange('B1').format.font.load('bold');
      const border = sheet.getRange('E2').format.borders.getItem('EdgeBottom').load('style, color, weight');
      const link = sheet.getRange('B3').load('hyperlink');
      const merged = sheet.getRange('A5').getMergedAreasOrNullObject().load('address');
      const hiddenRow = sheet.getRange('A4').load('rowHidden');
      const sheets = context.workbook.worksheets.load('items/name, items/visibility');
      await context.sync();
      expect([fill.color, fill.pattern]).toEqual(['#FFFF00', 'Solid']);
      expect([plain.color, plain.pattern]).toEqual(['#FFFFFF', 'None']);
      expect([bold.bold, notBold.bold]).toEqual([true, false]);
      expect([border.style, border.color, border.weight]).toEqual(['Continuous', '#FF0000', 'Thin']);
      expect(link.hyperlink).toEqual({ address: 'https://example.org/jl' });
      expect(merged.address).toBe('花名册!A5:B5');
      expect(hiddenRow.rowHidden).toBe(true);
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([['花名册', 'Visible'], ['History2022', 'Hidden']]);
    });
  });

  it('keeps merged-away cells empty and gives snapshots of what was typed', async () => {
    const workbook = await loadXlsx(await rosterFile());
    const cells = snapshotCells(workbook, '花名册');
    expect(cells.A5).toEqual({ value: '合并' });
    expect(cells.B5).toBeUndefined();
    expect(cells.F2).toEqual({ value: 2000, formula: '=E2*2' });
    expect(cells.D2).toEqual({ value: { error: '#N/A' } });
  });

  it('says which file is not a workbook', async () => {
    await expect(loadXlsx(new TextEncoder().encode('not a zip'), { name: 'roster.xlsx' })).rejects.toThrow(
      /roster\.xlsx is not a readable \.xlsx workbook/,
    );
  });
});
