/**
 * Worksheets, settings, comments, charts, page setup, selection and events.
 */
import { cellAt, createExcelHost, fromArrays, snapshotCells, type ExcelHost } from '../../tools/excel-host/index';

function host(): ExcelHost {
  return createExcelHost(
    fromArrays({ 花名册: [['姓名', '金额'], ['张三', 1000]], 历史: [['已发放']] }, { settings: { county: '通榆县' } }),
  );
}


describe('worksheets', () => {
  it('adds, finds, renames, hides and deletes sheets', async () => {
    const h = host();
    await h.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const report = sheets.add('校验报告');
      report.getRange('A1').values = [['报告']];
      const missing = sheets.getItemOrNullObject('Sheet9');
      const count = sheets.getCount();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(count.value).toBe(3);
      sheets.getItem('历史').name = '已发放登记';
      sheets.getItem('已发放登记').visibility = 'VeryHidden';
      const listed = sheets.load('items/name, items/position, items/visibility');
      await context.sync();
      expect(listed.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ['花名册', 0, 'Visible'],
        ['已发放登记', 1, 'VeryHidden'],
        ['校验报告', 2, 'Visible'],
      ]);
      sheets.getItem('校验报告').delete();
      await context.sync();
    });
    expect(h.workbook.sheets.map((s) => s.name)).toEqual(['花名册', '已发放登记']);
  });

  it('refuses a duplicate or invalid sheet name, naming it', async () => {
    const h = host();
    await expect(
      h.run(async (context) => {
        context.workbook.worksheets.add('花名册');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists', message: expect.stringContaining('花名册') });
    await expect(
      h.run(async (context) => {
        context.workbook.worksheets.add('报告[1]');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('报告[1]') });
  });

  it('refuses to delete a very hidden sheet until its visibility is changed, as Worksheet.delete documents', async () => {
    const h = host();
    await h.run(async (context) => {
      context.workbook.worksheets.getItem('历史').visibility = 'VeryHidden';
      await context.sync();
    });
    await expect(
      h.run(async (context) => {
        context.workbook.worksheets.getItem('历史').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation', message: expect.stringContaining('历史') });
    await h.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('历史');
      sheet.visibility = 'Hidden';
      sheet.delete();
      await context.sync();
    });
    expect(h.workbook.sheets.map((s) => s.name)).toEqual(['花名册']);
  });

  it('keeps at least one visible sheet', async () => {
    const h = createExcelHost(fromArrays({ Only: [['x']] }));
    await expect(
      h.run(async (context) => {
        context.workbook.worksheets.getItem('Only').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('settings', () => {
  it('reads, adds and replaces workbook settings, shared with Office.context.document.settings', async () => {
    const h = host();
    await h.run(async (context) => {
      const county = context.workbook.settings.getItemOrNullObject('county').load('value');
      const none = context.workbook.settings.getItemOrNullObject('nothing');
      await context.sync();
      expect(county.value).toBe('通榆县');
      expect(none.isNullObject).toBe(true);
      context.workbook.settings.add('county', '镇赉县');
      await context.sync();
    });
    expect(h.Office.context.document.settings.get('county')).toBe('镇赉县');
    h.Office.context.document.settings.set('asOf', { serial: 44682 });
    await h.run(async (context) => {
      const asOf = context.workbook.settings.getItem('asOf').load('value');
      await context.sync();
      expect(asOf.value).toEqual({ serial: 44682 });
    });
  });
});

describe('report features', () => {
  it('records hyperlinks, comments, a chart, frozen rows and the page setup', async () => {
    const h = host();
    await h.run(async (context) => {
      const sheet = context.workbook.worksheets.add('校验报告');
      sheet.getRange('A1:B2').values = [['代码', '次数'], ['E01', 3]];
      sheet.getRange('C2').hyperlink = { documentReference: "'花名册'!B2", textToDisplay: '花名册!B2' };
      context.workbook.comments.add('花名册!B2', '金额超过标准');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B2'), 'Columns');
      chart.title.text = '按代码统计';
      chart.setPosition('D2', 'J16');
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.paperSize = 'A4';
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.setPrintTitleRows('$1:$1');
      const link = sheet.getRange('C2').load('hyperlink, values');
      await context.sync();
      expect(link.values).toEqual([['花名册!B2']]);
      expect(link.hyperlink).toEqual({ documentReference: "'花名册'!B2", textToDisplay: '花名册!B2' });
    });
    const report = h.workbook.sheets.find((s) => s.name === '校验报告')!;
    expect(report.charts).toEqual([
      expect.objectContaining({ chartType: 'ColumnClustered', sourceAddress: '校验报告!A1:B2', seriesBy: 'Columns', title: { text: '按代码统计' }, position: { startCell: 'D2', endCell: 'J16' } }),
    ]);
    expect(report.frozen).toEqual({ rows: 1, columns: 0 });
    expect(report.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', printTitleRows: '1:1' });
    expect(h.workbook.comments).toEqual([expect.objectContaining({ sheetId: h.workbook.sheets[0].id, row: 1, col: 1, content: '金额超过标准' })]);
  });
});

describe('selection and events', () => {
  it('selects a cell through the API, activating its sheet, and tells the handlers', async () => {
    const h = host();
    const seen: string[] = [];
    await h.run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => {
        await h.run(async (ctx) => {
          const cell = ctx.workbook.getActiveCell().load('address');
          await ctx.sync();
          seen.push(cell.address);
        });
      });
      await context.sync();
      context.workbook.worksheets.getItem('历史').getRange('A1').select();
      await context.sync();
    });
    await h.eventsSettled();
    expect(seen).toEqual(['历史!A1']);
    h.user.select('花名册!B2');
    await h.eventsSettled();
    expect(seen).toEqual(['历史!A1', '花名册!B2']);
    await h.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect([selected.address, active.name]).toEqual(['花名册!B2', '花名册']);
    });
    expect(h.eventErrors).toEqual([]);
  });

  it('lets the user type like in Excel and tells subscribers', async () => {
    const h = createExcelHost(fromArrays({ S: [[1000]] }), {
      evaluateFormula: (formula, site) => (formula === '=A1*2' ? Number(cellAt(site.sheet, 0, 0)?.value) * 2 : undefined),
    });
    let changes = 0;
    const unsubscribe = h.subscribe(() => changes++);
    h.user.edit('S!B1', '=A1*2');
    h.user.edit('S!A2', '0012');
    unsubscribe();
    h.user.edit('S!A3', 'x');
    expect(changes).toBe(2);
    expect(snapshotCells(h.workbook, 'S')).toEqual({
      A1: { value: 1000 },
      B1: { value: 2000, formula: '=A1*2' },
      A2: { value: 12 },
      A3: { value: 'x' },
    });
  });
});
