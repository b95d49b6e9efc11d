/**
 * Range.getCellProperties (ExcelApi 1.9) as Excel returns it: a 2-D array, one object per cell, holding only the
 * properties asked for, nested as asked; defaults for cells never formatted; the read limits of any other read.
 */
import { createExcelHost, fromArrays, HostError } from '../../tools/excel-host/index';

function struckSheet() {
  return fromArrays({
    S: [
      ['姓名', '身份证号码'],
      [{ value: '张三', format: { font: { strikethrough: true } } }, { value: 'x', format: { font: { strikethrough: true, bold: true }, fill: '#FFFF00' } }],
      ['李四', null],
    ],
  });
}

describe('Range.getCellProperties', () => {
  it('gives every cell of the range its strikethrough as { format: { font: { strikethrough } } }, false where never set', async () => {
    const host = createExcelHost(struckSheet());
    await host.run(async (context) => {
      const result = context.workbook.worksheets.getItem('S').getRange('A1:B3').getCellProperties({ format: { font: { strikethrough: true } } });
      expect(() => result.value).toThrow(); // not before the sync
      await context.sync();
      expect(result.value).toEqual([
        [{ format: { font: { strikethrough: false } } }, { format: { font: { strikethrough: false } } }],
        [{ format: { font: { strikethrough: true } } }, { format: { font: { strikethrough: true } } }],
        [{ format: { font: { strikethrough: false } } }, { format: { font: { strikethrough: false } } }],
      ]);
    });
  });

  it('answers only what was asked: several font properties, the fill colour and the address', async () => {
    const host = createExcelHost(struckSheet());
    await host.run(async (context) => {
      const result = context.workbook.worksheets.getItem('S').getRange('B2:B3').getCellProperties({
        address: true,
        format: { font: { bold: true, strikethrough: true, italic: false }, fill: { color: true } },
      });
      await context.sync();
      expect(result.value).toEqual([
        [{ address: 'S!B2', format: { font: { bold: true, strikethrough: true }, fill: { color: '#FFFF00' } } }],
        [{ address: 'S!B3', format: { font: { bold: false, strikethrough: false }, fill: { color: '#FFFFFF' } } }],
      ]);
    });
  });

  it('is refused over 5,000,000 cells like any read, and for options the host does not model', async () => {
    const host = createExcelHost(struckSheet());
    const tooMany = await host
      .run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A:E').getCellProperties({ format: { font: { strikethrough: true } } });
        await context.sync();
      })
      .catch((e: unknown) => e as HostError);
    expect((tooMany as HostError).code).toBe('RangeExceedsLimit');
    const unknown = await host
      .run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').getCellProperties({ format: { borders: { color: true } } });
        await context.sync();
      })
      .catch((e: unknown) => e as HostError);
    expect((unknown as HostError).code).toBe('InvalidArgument');
  });

  it('counts the response as Excel does: its size grows with the cells read', async () => {
    const host = createExcelHost(struckSheet());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B3').getCellProperties({ format: { font: { strikethrough: true } } });
      await context.sync();
    });
    const bytes = host.stats.requests[0].bytesReceived;
    // Six cells of {"format":{"font":{"strikethrough":false}}} (41 or 40 characters each) at least.
    expect(bytes).toBeGreaterThan(6 * 40);
  });
});
