import type * as SheetJS from '@e965/xlsx';
import type { CellKind, CellValue } from '../roster/sheetGrid';
import type { ReadWorkbook, ReadNote } from './readNote';
import { dateToSerial } from './dateSerial';
import { isDateFormat } from './numberFormat';
import { SheetBuilder } from './sheetBuilder';

export type SheetJSModule = typeof SheetJS;

/** Excel's error codes as BIFF and XLSB store them. */
const ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** One SheetJS cell as Office.js would report it. `textOnly`: a CSV-like source (HTML table) keeps every cell as text. */
function cellOf(cell: SheetJS.CellObject, textOnly: boolean): { value: CellValue; kind: CellKind; format: string } {
  const format = typeof cell.z === 'string' ? cell.z : 'General';
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (textOnly) return { value: cell.w ?? String(v), kind: 'String', format: '@' };
      return { value: v, kind: isDateFormat(format) ? 'Date' : 'Double', format };
    }
    case 's': {
      const v = String(cell.v ?? '');
      return v === '' ? { value: '', kind: 'Empty', format } : { value: v, kind: 'String', format: textOnly ? '@' : format };
    }
    case 'b':
      return { value: Boolean(cell.v), kind: 'Boolean', format };
    case 'e':
      return { value: cell.w ?? ERRORS[cell.v as number] ?? '#VALUE!', kind: 'Error', format };
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime()) ? { value: '#VALUE!', kind: 'Error', format } : { value: dateToSerial(d), kind: 'Date', format };
    }
    default:
      return { value: '', kind: 'Empty', format };
  }
}

/**
 * The sheets of a workbook SheetJS has parsed (dense mode) as the engine's grids: .xlsb, .xls (BIFF8 and BIFF5), WPS
 * .et, .ods, Excel 2003 XML and HTML tables.
 */
export function sheetjsGrids(workbook: SheetJS.WorkBook, file: string, textOnly: boolean): ReadWorkbook {
  const notes: ReadNote[] = [];
  const grids = workbook.SheetNames.map((name, i) => {
    const ws = workbook.Sheets[name] as SheetJS.WorkSheet & { '!data'?: SheetJS.CellObject[][] };
    const builder = new SheetBuilder(file, name);
    (ws['!data'] ?? []).forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell) return;
        const read = cellOf(cell, textOnly);
        builder.set(r, c, read.value, read.kind, read.format);
      });
    });
    (ws['!rows'] ?? []).forEach((info, r) => {
      if (info?.hidden) builder.hideRow(r);
    });
    for (const m of ws['!merges'] ?? []) builder.merges.push({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c });
    const grid = builder.build(notes);
    // SheetJS: Hidden 1 is hidden, 2 very hidden; they stay so in the report's copies.
    const hidden = workbook.Workbook?.Sheets?.[i]?.Hidden;
    return hidden === 1 ? { ...grid, visibility: 'hidden' as const } : hidden === 2 ? { ...grid, visibility: 'veryHidden' as const } : grid;
  });
  return { grids, notes };
}
