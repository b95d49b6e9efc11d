import type { CellValue, SheetGrid } from '../../roster/sheetGrid';
import type { RegisterSheet } from './adapter';
import { jsonBytes } from './jsonBytes';
import { BLOCK_BYTES_BUDGET } from './limits';
import { readSheetGrids } from './readSheets';
import type { ExcelRun } from './run';

export async function readRegister(run: ExcelRun, sheetName: string, file: string): Promise<SheetGrid | null> {
  const exists = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    return !sheet.isNullObject;
  });
  if (!exists) return null;
  const [grid] = await readSheetGrids(run, [sheetName], file);
  return grid;
}

function formatsFor(register: RegisterSheet, rows: number): string[][] {
  const row = register.header.map((_, c) =>
    register.textColumns.includes(c) ? '@' : register.dateColumns.includes(c) ? register.dateFormat : 'General',
  );
  return Array.from({ length: rows }, () => row);
}

/** Row blocks under the request budget (the rows travel with a number format each). */
function blocksOf(rows: ReadonlyArray<ReadonlyArray<CellValue>>): Array<ReadonlyArray<ReadonlyArray<CellValue>>> {
  const blocks: Array<Array<ReadonlyArray<CellValue>>> = [];
  let current: Array<ReadonlyArray<CellValue>> = [];
  let bytes = 0;
  for (const row of rows) {
    const weight = 2 * jsonBytes(row);
    if (current.length > 0 && bytes + weight > BLOCK_BYTES_BUDGET) {
      blocks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += weight;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Appends rows under the register's last used row, creating the sheet (header, bold, frozen) on first use. Each
 * block sets the number formats before the values in the same batch: the ID column is text before any ID lands in
 * it, so Excel keeps all 18 digits instead of turning the ID into a 15-digit number.
 */
export async function appendRegister(run: ExcelRun, register: RegisterSheet, rows: ReadonlyArray<ReadonlyArray<CellValue>>): Promise<number> {
  if (rows.length === 0) return 0;
  const width = register.header.length;
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    let sheet = sheets.getItemOrNullObject(register.sheetName);
    await context.sync();
    // Only a sheet known to exist is asked for its used range: what a method does on a null object is not documented.
    const used = sheet.isNullObject ? null : sheet.getUsedRangeOrNullObject(true);
    if (used) {
      used.load(['rowIndex', 'rowCount']);
      await context.sync();
    }
    let next: number;
    if (!used || used.isNullObject) {
      if (sheet.isNullObject) sheet = sheets.add(register.sheetName);
      const header = sheet.getRangeByIndexes(0, 0, 1, width);
      header.numberFormat = [register.header.map(() => '@')];
      header.values = [[...register.header]];
      header.format.font.bold = true;
      sheet.freezePanes.freezeRows(1);
      next = 1;
    } else {
      next = used.rowIndex + used.rowCount;
      // A register written before a column was added (批次) gets that header, never over a header already there.
      const header = sheet.getRangeByIndexes(0, 0, 1, width);
      header.load('values');
      await context.sync();
      const [written] = header.values;
      register.header.forEach((name, c) => {
        if (written[c] === '' || written[c] === null) {
          const cell = sheet.getRangeByIndexes(0, c, 1, 1);
          cell.numberFormat = [['@']];
          cell.values = [[name]];
          cell.format.font.bold = true;
        }
      });
    }
    for (const block of blocksOf(rows)) {
      const range = sheet.getRangeByIndexes(next, 0, block.length, width);
      range.numberFormat = formatsFor(register, block.length);
      range.values = block.map((r) => [...r]);
      await context.sync();
      next += block.length;
    }
    sheet.getRangeByIndexes(0, 0, next, width).format.autofitColumns();
    await context.sync();
    return rows.length;
  });
}

/**
 * 撤销本批: empties the register's last `count` rows (values and formats), which the pane checked are the batch to
 * undo. The rows are the last of the sheet, so emptying them is deleting them; nothing above is touched.
 */
export async function clearLastRegisterRows(run: ExcelRun, sheetName: string, count: number): Promise<number> {
  if (count <= 0) return 0;
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRange(true);
    used.load(['rowIndex', 'rowCount', 'columnIndex', 'columnCount']);
    await context.sync();
    const last = used.rowIndex + used.rowCount;
    // Never the header row.
    const first = Math.max(1, last - count);
    sheet.getRangeByIndexes(first, 0, last - first, used.columnIndex + used.columnCount).clear('All');
    await context.sync();
    return last - first;
  });
}
