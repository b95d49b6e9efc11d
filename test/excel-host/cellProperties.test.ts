/**
 * Range.getCellProperties (ExcelApi 1.9) as Excel returns it: a 2-D array, one object per cell, holding only the
 * properties asked for, nested as asked; defaults for cells never formatted; the read limits of any other read.
 */
import { createExcelHost, fromArrays, HostError } from '../../tools/excel-host/index';
import type { ExcelHost } from '../../tools/excel-host/index';

/** The error a getCellProperties call of the range (on sheet S) is refused with. */
async function refusal(host: ExcelHost, address: string, options: unknown): Promise<HostError> {
  return host
    .run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange(address).getCellProperties(options as Excel.CellPropertiesLoadOptions);
      await context.sync();
    })
    .then(() => {
      throw new Error('not refused');
    })
    .catch((e: unknown) => e as HostError);
}

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
    expect((await refusal(host, 'A:E', { format: { font: { strikethrough: true } } })).code).toBe('RangeExceedsLimit');
    expect((await refusal(host, 'A1', { format: { borders: { color: true } } })).code).toBe('InvalidArgument');
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
