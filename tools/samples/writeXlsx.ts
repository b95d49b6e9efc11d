import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SampleSheet } from './sheetModel';
import { FORMATS } from './sheetModel';

/** Fixed stamps, so that `npm run samples` writes the same bytes every time. */
const STAMP = new Date(Date.UTC(2022, 6, 15, 0, 0, 0));
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

function addSheet(workbook: ExcelJS.Workbook, sheet: SampleSheet): void {
  const headerRow = sheet.rows.findIndex((r) => r.role === 'header') + 1;
  const ws = workbook.addWorksheet(sheet.name, {
    views: headerRow > 0 ? [{ state: 'frozen', ySplit: headerRow }] : [],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  sheet.rows.forEach((row, r) => {
    const xlRow = ws.getRow(r + 1);
    if (row.hidden) xlRow.hidden = true;
    const inTable = row.role === 'person' || row.role === 'total';
    row.cells.forEach((value, c) => {
      if (value === null || value === '') return;
      const cell = xlRow.getCell(c + 1);
      cell.value = value;
      const format = row.formats?.[c] ?? (inTable ? FORMATS[sheet.columns[c].type] : undefined);
      if (format && format !== 'General') cell.numFmt = format;
    });
    if (inTable || row.role === 'header') {
      for (let c = 1; c <= sheet.columns.length; c++) xlRow.getCell(c).border = THIN;
    }
    if (row.role === 'header' || row.role === 'total') xlRow.font = { bold: true };
    if (row.role === 'header') xlRow.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (row.role === 'title') {
      xlRow.font = { bold: true, size: 16 };
      xlRow.height = 28;
      xlRow.alignment = { horizontal: 'center', vertical: 'middle' };
    }
  });
  for (const merge of sheet.merges) ws.mergeCells(merge);
}

/** Re-pack with fixed entry dates: JSZip stamps every entry with the current time otherwise. */
async function withFixedDates(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: STAMP, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function sampleWorkbookBytes(sheets: ReadonlyArray<SampleSheet>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jl-roster samples (synthetic data)';
  workbook.created = STAMP;
  workbook.modified = STAMP;
  for (const sheet of sheets) addSheet(workbook, sheet);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return withFixedDates(bytes);
}
