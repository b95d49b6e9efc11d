/**
 * getUsedRange / getUsedRangeOrNullObject: the bounding box of the used cells, a null object on a blank sheet.
 */
import { createExcelHost, fromArrays } from '../../tools/excel-host/index';

const FILL = { format: { fill: '#FFFF00' } };

function workbook() {
  return fromArrays([
    // Content from B3 to D7; a filled but empty cell at F10 (used for formats, not for values).
    { name: 'Data', origin: 'B3', cells: [['ID', null, 'Amount'], [], [], [], [null, null, 500], [], [], [null, null, null, null, FILL]] },
    { name: 'Formatted', origin: 'C4', cells: [[FILL]] },
    { name: 'Blank', cells: [] },
  ]);
}

describe('used range', () => {
  it('spans the cells with values, from the first to the last row and column used', async () => {
    const host = createExcelHost(workbook());
    await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Data').getUsedRangeOrNullObject(true);
      used.load('address, rowIndex, columnIndex, rowCount, columnCount, values');
      await context.sync();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe('Data!B3:D7');
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([2, 1, 5, 3]);
      expect(used.values[0]).toEqual(['ID', '', 'Amount']);
      expect(used.values[4]).toEqual(['', '', 500]);
    });
  });

  it('counts formatted empty cells unless valuesOnly is true', async () => {
    const host = createExcelHost(workbook());
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const all = sheets.getItem('Data').getUsedRange().load('address');
      const valuesOnly = sheets.getItem('Data').getUsedRange(true).load('address');
      const formattedOnly = sheets.getItem('Formatted').getUsedRangeOrNullObject(true);
      const formattedAll = sheets.getItem('Formatted').getUsedRangeOrNullObject(false).load('address');
      await context.sync();
      expect(all.address).toBe('Data!B3:F10');
      expect(valuesOnly.address).toBe('Data!B3:D7');
      expect(formattedOnly.isNullObject).toBe(true);
      expect(formattedAll.address).toBe('Formatted!C4');
    });
  });

  it('is a null object on a blank sheet, and getUsedRange gives A1 there', async () => {
    const host = createExcelHost(workbook());
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blank');
      const none = sheet.getUsedRangeOrNullObject(true);
      none.load('address');
      const fallback = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(none.isNullObject).toBe(true);
      // A null object's properties read as undefined instead of throwing.
      expect(none.address).toBeUndefined();
      expect(fallback.address).toBe('Blank!A1');
    });
  });

  it('fails a statement on a null object', async () => {
    const host = createExcelHost(workbook());
    await expect(
      host.run(async (context) => {
        const none = context.workbook.worksheets.getItem('Blank').getUsedRangeOrNullObject(true);
        none.values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('works within a range too', async () => {
    const host = createExcelHost(workbook());
    await host.run(async (context) => {
      const inner = context.workbook.worksheets.getItem('Data').getRange('C1:D5').getUsedRangeOrNullObject(true).load('address');
      const outside = context.workbook.worksheets.getItem('Data').getRange('H1:H5').getUsedRangeOrNullObject(true);
      await context.sync();
      expect(inner.address).toBe('Data!D3');
      expect(outside.isNullObject).toBe(true);
    });
  });
});
