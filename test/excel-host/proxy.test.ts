/**
 * Office.js proxy rules as the host applies them: nothing can be read before load + sync, nothing written
 * reaches the workbook before sync, statements run in the order they were queued.
 */
import { createExcelHost, fromArrays, HostError, installGlobals, snapshotCells } from '../../tools/excel-host/index';

function roster() {
  return fromArrays({ 花名册: [['姓名', '补贴'], ['张三', 1000], ['李四', 2000]], Other: [['x']] });
}

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HostError);
    return error as HostError;
  }
  throw new Error('expected the promise to reject');
}

describe('reading', () => {
  it('throws PropertyNotLoaded for a property never loaded, and before the sync of its load', async () => {
    const host = createExcelHost(roster());
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('花名册').getRange('A1:B3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded', name: 'RichApi.Error' }));
      await context.sync();
      expect(range.values).toEqual([['姓名', '补贴'], ['张三', 1000], ['李四', 2000]]);
      // Loading values loads nothing else.
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.format.fill.color).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('loads by path strings, arrays and select objects, including navigation paths', async () => {
    const host = createExcelHost(roster());
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('花名册');
      const a = sheet.getRange('A1').load('address, rowIndex');
      const b = sheet.getRange('B2').load(['values', 'format/font/bold']);
      const c = sheet.getRange('B3').load({ select: 'columnIndex,format/fill/color' });
      await context.sync();
      expect([a.address, a.rowIndex]).toEqual(['花名册!A1', 0]);
      expect([b.values, b.format.font.bold]).toEqual([[[1000]], false]);
      expect([c.columnIndex, c.format.fill.color]).toEqual([1, '#FFFFFF']);
    });
  });

  it('refuses to load a property the host does not have, naming it', async () => {
    const host = createExcelHost(roster());
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('花名册').getRange('A1');
      expect(() => range.load('valuez')).toThrow(/valuez/);
    });
  });

  it('keeps loaded values as they were until they are loaded again', async () => {
    const host = createExcelHost(roster());
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('花名册').getRange('B2');
      range.load('values');
      await context.sync();
      const other = context.workbook.worksheets.getItem('花名册').getRange('B2');
      other.values = [[1500]];
      await context.sync();
      expect(range.values).toEqual([[1000]]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[1500]]);
    });
  });

  it('reports isNullObject only after a sync, for ...OrNullObject results', async () => {
    const host = createExcelHost(roster());
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有这张表');
      const present = context.workbook.worksheets.getItemOrNullObject('花名册');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('rejects the sync when getItem names a sheet that does not exist', async () => {
    const host = createExcelHost(roster());
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('没有这张表').getRange('A1').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(error.message).toContain('没有这张表');
  });
});

describe('writing', () => {
  it('changes the workbook only at sync', async () => {
    const host = createExcelHost(roster());
    const before = snapshotCells(host.workbook, '花名册');
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('花名册').getRange('B2:B3');
      range.values = [[1100], [2200]];
      // Office.js keeps the value it will send, so the proxy reads back what was set.
      expect(range.values).toEqual([[1100], [2200]]);
      expect(snapshotCells(host.workbook, '花名册')).toEqual(before);
      await context.sync();
      expect(snapshotCells(host.workbook, '花名册').B2).toEqual({ value: 1100 });
      expect(snapshotCells(host.workbook, '花名册').B3).toEqual({ value: 2200 });
    });
  });

  it('runs statements in queue order: a load queued after a write sees the write', async () => {
    const host = createExcelHost(roster());
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('花名册');
      const before = sheet.getRange('A3').load('values');
      sheet.getRange('A3').values = [['王五']];
      const after = sheet.getRange('A3').load('values');
      await context.sync();
      expect(before.values).toEqual([['李四']]);
      expect(after.values).toEqual([['王五']]);
    });
  });

  it('binds an object where it was made: getUsedRange after a write covers the new cell', async () => {
    const host = createExcelHost(roster());
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('花名册');
      const early = sheet.getUsedRange(true).load('address');
      sheet.getRange('D5').values = [['备注']];
      const late = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(early.address).toBe('花名册!A1:B3');
      expect(late.address).toBe('花名册!A1:D5');
    });
  });

  it('applies the statements before a failing one and rejects the sync with its error', async () => {
    const host = createExcelHost(roster());
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('花名册');
        sheet.getRange('A2').values = [['赵六']];
        sheet.getRange('A3:B3').values = [[1, 2, 3]]; // three values for two cells
        sheet.getRange('A1').values = [['never']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toContain('A3:B3');
    const cells = snapshotCells(host.workbook, '花名册');
    expect(cells.A2).toEqual({ value: '赵六' });
    expect(cells.A1).toEqual({ value: '姓名' });
  });

  it('reads text written to values as Excel reads typing; numberFormat @ keeps it text', async () => {
    const host = createExcelHost(fromArrays({ S: [[]] }));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:E1').values = [['222424199001011235', '0012', 'TRUE', '=1+1', "'0012"]];
      const asText = sheet.getRange('A2');
      asText.numberFormat = [['@']];
      asText.values = [['222424199001011235']];
      await context.sync();
    });
    const cells = snapshotCells(host.workbook, 'S');
    // Excel keeps 15 significant digits: an ID written as a number loses its last three.
    expect(cells.A1).toEqual({ value: 222424199001011000 });
    expect(cells.B1).toEqual({ value: 12 });
    expect(cells.C1).toEqual({ value: true });
    expect(cells.D1).toEqual({ value: null, formula: '=1+1' });
    expect(cells.E1).toEqual({ value: '0012' });
    expect(cells.A2).toEqual({ value: '222424199001011235' });
  });

  it('leaves a cell alone where the written array holds null', async () => {
    const host = createExcelHost(roster());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('花名册').getRange('A2:B2').values = [[null, 999]];
      await context.sync();
    });
    expect(snapshotCells(host.workbook, '花名册').A2).toEqual({ value: '张三' });
    expect(snapshotCells(host.workbook, '花名册').B2).toEqual({ value: 999 });
  });

  it('computes a written formula with the evaluator it was given', async () => {
    const host = createExcelHost(roster(), {
      evaluateFormula: (formula) => (formula === '=JL.TEST()' ? 42 : undefined),
    });
    await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('花名册').getRange('C2');
      cell.formulas = [['=JL.TEST()']];
      cell.load('values, formulas');
      await context.sync();
      expect(cell.values).toEqual([[42]]);
      expect(cell.formulas).toEqual([['=JL.TEST()']]);
    });
  });
});

describe('Excel.run', () => {
  it('refuses a batch that does not return a promise', async () => {
    const host = createExcelHost(roster());
    const error = await rejection(host.run((() => undefined) as never));
    expect(error.code).toBe('RunMustReturnPromise');
  });

  it('refuses statements queued after the run has finished', async () => {
    const host = createExcelHost(roster());
    let leaked: { values: unknown } | undefined;
    await host.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('花名册').getRange('A1');
    });
    expect(() => {
      leaked!.values = [['late']];
    }).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });

  it('works through the globals, as production code calls it', async () => {
    const host = createExcelHost(roster(), { displayLanguage: 'en-US' });
    const uninstall = installGlobals(host);
    try {
      const g = globalThis as unknown as {
        Excel: { run: typeof host.run; RangeValueType: { error: string } };
        Office: { context: { displayLanguage: string }; onReady(): Promise<{ host: string }> };
      };
      expect((await g.Office.onReady()).host).toBe('Excel');
      expect(g.Office.context.displayLanguage).toBe('en-US');
      expect(g.Excel.RangeValueType.error).toBe('Error');
      const count = await g.Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name);
      });
      expect(count).toEqual(['花名册', 'Other']);
    } finally {
      uninstall();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});
