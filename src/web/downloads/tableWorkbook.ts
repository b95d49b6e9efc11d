import ExcelJS from 'exceljs';
import { columnWidthOf } from '../../xlsx/columnWidth';
import { REPORT_MARKER } from '../../xlsx/reportMarker';
import type { FindingsTable } from './findingsTable';


/**
 * One sheet: the header in bold and frozen, a filter over the table, and every text cell stored as text with the
 * text format '@' (so a masked ID, a code like 007 or a value such as "=1+1" stays exactly what it says, also when
 * the clerk edits the cell).
 */
export async function tableWorkbookBytes(sheetName: string, table: FindingsTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // A report of ours, marked as the annotated workbook is: `jl-roster --out` may replace it.
  workbook.creator = 'jl-roster';
  workbook.keywords = REPORT_MARKER;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const widths: number[] = [];
  [table.header, ...table.rows].forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (typeof v === 'string') cell.numFmt = '@';
      widths[c] = Math.max(widths[c] ?? 0, columnWidthOf(v));
    });
    if (r === 0) row.font = { bold: true };
  });
  widths.forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.rows.length + 1, column: table.header.length } };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
