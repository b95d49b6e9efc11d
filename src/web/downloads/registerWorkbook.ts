import ExcelJS from 'exceljs';
import type { Lang } from '../../policy';
import type { CellValue, SheetGrid } from '../../roster';
import { PAID_REGISTER } from '../../roster';
import { REGISTER_CODE_COLUMN, REGISTER_DATE_COLUMN, REGISTER_HEADERS, REGISTER_ID_COLUMN } from '../../taskpane/register/registerPlan';
import { columnWidthOf } from '../../xlsx/columnWidth';
import { registerColumns } from './registerColumns';

/** The date format of 发放日期, as the pane writes it. */
const DATE_FORMAT = 'yyyy-mm-dd';
const TEXT_FORMAT = '@';
/** ID numbers and credit codes: text, so Excel keeps all 18 characters (a number keeps 15 digits). */
const TEXT_COLUMNS = new Set([REGISTER_ID_COLUMN, REGISTER_CODE_COLUMN]);

/** A cell of the register as read, written back as it was: its value, its kind (an error stays an error), its format. */
function writeAsRead(cell: ExcelJS.Cell, value: CellValue, kind: string | undefined, format: string | undefined): void {
  if (kind === 'Error' && typeof value === 'string') cell.value = { error: value as ExcelJS.CellErrorValue['error'] };
  else cell.value = value;
  if (format && format !== 'General') cell.numFmt = format;
}

/** An appended cell: IDs and codes as text, 发放日期 as a date, the rest as planRegistration made it. */
function writeAppended(cell: ExcelJS.Cell, value: CellValue, plannedColumn: number): void {
  if (TEXT_COLUMNS.has(plannedColumn)) {
    cell.numFmt = TEXT_FORMAT;
    cell.value = String(value);
    return;
  }
  cell.value = value;
  if (plannedColumn === REGISTER_DATE_COLUMN && typeof value === 'number') cell.numFmt = DATE_FORMAT;
}

// A register's fields are short (names, IDs, amounts, dates): 40 characters at most.
const widthOf = (v: CellValue) => columnWidthOf(v, 40);

function header(cell: ExcelJS.Cell, text: string): void {
  cell.numFmt = TEXT_FORMAT;
  cell.value = text;
  cell.font = { bold: true };
}

/**
 * The register workbook: the given register's sheet with every cell where it was read (the table's box at its own
 * address) and the rows appended under its last row, each planned cell in the column whose header says what it is;
 * or a new 已发放登记 sheet with REGISTER_HEADERS, bold and frozen.
 */
export async function registerWorkbookBytes(register: SheetGrid | null, rows: ReadonlyArray<ReadonlyArray<CellValue>>, lang: Lang): Promise<Uint8Array> {
  // No 'jl-roster' as author and no report marker: `jl-roster --out` replaces a file of ours without asking
  // (cli/outputGuard.ts), and the register is the clerk's record, never a report to replace.
  const workbook = new ExcelJS.Workbook();
  const widths: number[] = [];
  const widen = (c: number, v: CellValue) => (widths[c] = Math.max(widths[c] ?? 0, widthOf(v)));
  let sheet: ExcelJS.Worksheet;
  let left: number;
  let target: ReadonlyArray<number>;
  let next: number;

  if (register && register.values.length > 0) {
    const columns = registerColumns(register, lang);
    const top = register.rowOffset ?? 0;
    left = register.columnOffset ?? 0;
    sheet = workbook.addWorksheet(register.sheet, { views: [{ state: 'frozen', xSplit: 0, ySplit: top + columns.headerRow + 1 }] });
    register.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        writeAsRead(sheet.getCell(top + r + 1, left + c + 1), v, register.kinds?.[r]?.[c], register.numberFormats?.[r]?.[c]);
        widen(left + c, v);
      }),
    );
    // A row the clerk hid (a payment taken back, say) stays hidden; the engine still reads it as history.
    for (const r of register.hiddenRows ?? []) sheet.getRow(r + 1).hidden = true;
    for (const { column, header: text } of columns.added) {
      header(sheet.getCell(top + columns.headerRow + 1, left + column + 1), text);
      widen(left + column, text);
    }
    target = columns.target;
    next = top + register.values.length;
  } else {
    sheet = workbook.addWorksheet(register?.sheet || PAID_REGISTER.sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    REGISTER_HEADERS.forEach((text, c) => {
      header(sheet.getCell(1, c + 1), text);
      widen(c, text);
    });
    left = 0;
    target = REGISTER_HEADERS.map((_, c) => c);
    next = 1;
  }

  rows.forEach((row, k) => {
    row.forEach((v, planned) => {
      if (v === null || v === '') return;
      const column = left + target[planned];
      writeAppended(sheet.getCell(next + k + 1, column + 1), v, planned);
      widen(column, v);
    });
  });
  widths.forEach((w, c) => {
    if (w) sheet.getColumn(c + 1).width = w;
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
