/**
 * Cell formats through Range.format and RangeAreas.format: shared values or null, defaults, clearing back.
 */
import { cellAt, createExcelHost, fromArrays, snapshotFormats } from '../../tools/excel-host/index';

function sheet() {
  return fromArrays({
    S: [
      [{ value: 'a', format: { fill: '#C6EFCE', font: { bold: true } } }, 'b', 'c'],
      [1, { value: 2, numberFormat: '0.00' }, 3],
    ],
  });
}

describe('format', () => {
  it('reports the value every cell shares, null when they differ, Excel defaults for plain cells', async () => {
    const host = createExcelHost(sheet());
    await host.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      const row1 = s.getRange('A1:C1').format;
      row1.fill.load('color');
      row1.font.load('bold, name, size, color');
      const plain = s.getRange('B1:C1').format;
      plain.fill.load('color, pattern');
      plain.font.load('bold, name, size');
      const numbers = s.getRange('A2:C2').load('numberFormat');
      await context.sync();
      expect(row1.fill.color).toBeNull();
      expect(row1.font.bold).toBeNull();
      expect([row1.font.name, row1.font.size, row1.font.color]).toEqual(['Calibri', 11, '#000000']);
      expect([plain.fill.color, plain.fill.pattern]).toEqual(['#FFFFFF', 'None']);
      expect([plain.font.bold, plain.font.name, plain.font.size]).toEqual([false, 'Calibri', 11]);
      expect(numbers.numberFormat).toEqual([['General', '0.00', 'General']]);
    });
  });

  it('fills several areas in one statement with RangeAreas', async () => {
    const host = createExcelHost(sheet());
    await host.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('S').getRanges('B1, A2:B2');
      areas.format.fill.color = 'yellow';
      areas.load('address, areaCount, cellCount');
      await context.sync();
      expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(['S!B1,S!A2:B2', 2, 3]);
    });
    const formats = snapshotFormats(host.workbook, 'S');
    expect(formats.B1).toEqual({ format: { fill: '#FFFF00' } });
    expect(formats.A2).toEqual({ format: { fill: '#FFFF00' } });
    expect(formats.B2).toEqual({ numberFormat: '0.00', format: { fill: '#FFFF00' } });
    expect(formats.C2).toBeUndefined();
  });

  it('refuses an address list longer than Excel takes', async () => {
    const host = createExcelHost(sheet());
    const addresses = Array.from({ length: 1600 }, (_, i) => `A${i + 1}`).join(','); // 1600 areas: 8,492 characters
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRanges(addresses).format.fill.color = 'yellow';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining(`${addresses.length} characters`) });
  });

  it('puts a cell back exactly: clearing the fill and rewriting defaults leaves no trace', async () => {
    const host = createExcelHost(sheet());
    const before = snapshotFormats(host.workbook);
    await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('S').getRange('C2');
      cell.format.fill.color = '#FFC7CE';
      cell.format.font.bold = true;
      cell.format.borders.getItem('EdgeTop').style = 'Continuous';
      cell.numberFormat = [['@']];
      await context.sync();
      expect(snapshotFormats(host.workbook)).not.toEqual(before);
      cell.format.fill.clear();
      cell.format.font.bold = false;
      cell.format.borders.getItem('EdgeTop').style = 'None';
      cell.numberFormat = [['General']];
      await context.sync();
    });
    expect(snapshotFormats(host.workbook)).toEqual(before);
  });

  it('tells a white fill from no fill, as Excel does through pattern', async () => {
    const host = createExcelHost(sheet());
    await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('S').getRange('C1');
      cell.format.fill.color = '#FFFFFF';
      cell.format.fill.load('color, pattern');
      await context.sync();
      expect([cell.format.fill.color, cell.format.fill.pattern]).toEqual(['#FFFFFF', 'Solid']);
    });
    expect(snapshotFormats(host.workbook, 'S').C1).toEqual({ format: { fill: '#FFFFFF' } });
  });

  it('sets borders by edge: EdgeBottom of a block is the bottom of its last row only', async () => {
    const host = createExcelHost(sheet());
    await host.run(async (context) => {
      const block = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      const bottom = block.format.borders.getItem('EdgeBottom');
      bottom.style = 'Continuous';
      bottom.weight = 'Medium';
      bottom.color = '#0000FF';
      await context.sync();
    });
    const formats = snapshotFormats(host.workbook, 'S');
    const medium = { style: 'Continuous', color: '#0000FF', weight: 'Medium' };
    expect(formats.A2.format?.borders).toEqual({ bottom: medium });
    expect(formats.B2.format?.borders).toEqual({ bottom: medium });
    expect(formats.A1.format?.borders).toBeUndefined();
  });

  it('rejects a colour it cannot read, naming the property', async () => {
    const host = createExcelHost(sheet());
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = 'mauve-ish';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('RangeFill.color') });
  });

  it('records column widths and autofits from the text shown', async () => {
    const host = createExcelHost(fromArrays({ S: [['短', '一个很长很长很长很长很长的说明文字']] }));
    await host.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('A:A').format.columnWidth = 80;
      s.getRange('B1').format.autofitColumns();
      const a = s.getRange('A1').format.load('columnWidth');
      const b = s.getRange('B1').format.load('columnWidth');
      const c = s.getRange('C1').format.load('columnWidth');
      await context.sync();
      expect(a.columnWidth).toBe(80);
      expect(b.columnWidth).toBeGreaterThan(c.columnWidth * 2);
    });
  });

  it('clears formats, contents or everything', async () => {
    const host = createExcelHost(sheet());
    await host.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('A1').clear('Formats');
      s.getRange('B2').clear('Contents');
      s.getRange('C2').clear();
      await context.sync();
    });
    const formats = snapshotFormats(host.workbook, 'S');
    expect(formats.A1).toBeUndefined();
    expect(formats.B2).toEqual({ numberFormat: '0.00' });
    const s = host.workbook.sheets[0];
    expect(cellAt(s, 0, 0)).toEqual({ value: 'a' });
    expect(cellAt(s, 1, 1)).toEqual({ numberFormat: '0.00' });
    expect(cellAt(s, 1, 2)).toBeUndefined();
  });
});
