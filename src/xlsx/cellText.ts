import { maskPersonal } from '../policy';

/** Excel refuses a cell (and a note) holding more characters than this; WPS cuts it silently. */
export const EXCEL_CELL_CHARS = 32767;

/** Shown at the end of a cut value, in both languages: the pane's report does not know the clerk's language. */
export const CUT_MARK = '…【已截断 / cut】';

/** Cut to Excel's limit with a mark the clerk sees, never splitting a character made of two UTF-16 units. */
export function fitExcelCell(s: string): string {
  if (s.length <= EXCEL_CELL_CHARS) return s;
  let end = EXCEL_CELL_CHARS - CUT_MARK.length;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return s.slice(0, end) + CUT_MARK;
}

/** Every text a report writes into a cell, a note or a link: personal numbers masked, then fitted to Excel. */
export function reportText(s: string): string {
  return fitExcelCell(maskPersonal(s));
}
