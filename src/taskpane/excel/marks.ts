import type { ProgressOptions } from './adapter';
import type { SavedFormat } from './cellFormat';
import { formatJson, loadFormat, parseSavedFormat, restoreFormat, savedFormatOf } from './cellFormat';
import { FORMAT_CELLS_PER_SYNC } from './limits';
import type { CellMark } from './markPlan';
import { MARK_FILL, addressLists, chunks, groupBy } from './markPlan';
import { readSheetGrids } from './readSheets';
import type { ExcelRun } from './run';
import { throwIfAborted } from './run';
import { areaAddress, cellAddress } from './a1';

/**
 * The marks' memory: a very hidden sheet listing each marked cell with its original format. Kept in the workbook so
 * that 清除标记 works after the pane was closed or Excel restarted; deleted when the marks are cleared.
 */
export const MARKS_SHEET = '_jl_marks';
const MARKS_HEADER = ['sheet', 'address', 'severity', 'format', 'numberFormat', 'comment'] as const;
const COMMENT_COLUMN = 5;

/** Every note the marks add starts so: clearing deletes a recorded comment only if it is still one of these. */
export const NOTE_PREFIX = '【吉林帮扶补贴校验】';

interface SavedMark {
  readonly sheet: string;
  readonly address: string;
  readonly saved: SavedFormat;
  /** Id of the comment (批注) the mark added, or ''. */
  readonly comment: string;
}

/** Comments (批注) through Office.js need ExcelApi 1.10; without it the marks are fills only. */
function commentsSupported(): boolean {
  return typeof Office === 'undefined' || Office.context?.requirements?.isSetSupported?.('ExcelApi', '1.10') !== false;
}

/** 'Sheet 2'!$B$5 and Sheet 2!B5 alike, to compare a comment's location with a mark's cell. */
function cellKey(sheet: string, address: string): string {
  return `${sheet}!${address}`.replace(/[$']/g, '').toUpperCase();
}

/** The cells that already hold a comment: a mark never puts its note over a colleague's. */
async function commentedCells(context: Excel.RequestContext): Promise<Set<string>> {
  const comments = context.workbook.comments;
  comments.load('items/id');
  await context.sync();
  const places = comments.items.map((c) => c.getLocation().load('address'));
  await context.sync();
  return new Set(places.map((r) => r.address.replace(/[$']/g, '').toUpperCase()));
}

/** One worksheet proxy per sheet name for a batch: each extra proxy is another object path in the request. */
function sheetProxies(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const sheets = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      sheets.set(name, sheet);
    }
    return sheet;
  };
}

async function marksSheetExists(run: ExcelRun): Promise<boolean> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
    await context.sync();
    return !sheet.isNullObject;
  });
}

/** The saved marks, read back through the same block reader as the rosters. */
async function readSavedMarks(run: ExcelRun): Promise<SavedMark[]> {
  if (!(await marksSheetExists(run))) return [];
  const [grid] = await readSheetGrids(run, [MARKS_SHEET], MARKS_SHEET);
  const marks: SavedMark[] = [];
  grid.values.forEach((row, i) => {
    if (i === 0 && row[0] === MARKS_HEADER[0]) return;
    const saved = parseSavedFormat(row[3], row[4]);
    if (typeof row[0] === 'string' && typeof row[1] === 'string' && saved) marks.push({ sheet: row[0], address: row[1], saved, comment: typeof row[COMMENT_COLUMN] === 'string' ? row[COMMENT_COLUMN] : '' });
  });
  return marks;
}

export async function markedCount(run: ExcelRun): Promise<number> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
    await context.sync();
    // Only a sheet known to exist is asked for its used range: what a method does on a null object is not documented.
    if (sheet.isNullObject) return 0;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowCount');
    await context.sync();
    if (used.isNullObject) return 0;
    return Math.max(0, used.rowCount - 1);
  });
}

/**
 * Restores every marked cell, one block of cells at a time (one sync to read what each cell looks like now, one to
 * write back what differs from the saved format), then deletes the marks sheet. Values and formulas are never
 * touched: only format properties are written.
 */
export async function clearMarks(run: ExcelRun, options: ProgressOptions = {}): Promise<number> {
  const saved = await readSavedMarks(run);
  if (saved.length === 0) {
    if (await marksSheetExists(run)) await deleteMarksSheet(run);
    return 0;
  }
  let done = 0;
  options.onProgress?.(0, saved.length);
  await run(async (context) => {
    const existing = context.workbook.worksheets;
    existing.load('items/name');
    await context.sync();
    const sheetNames = new Set(existing.items.map((s) => s.name));
    for (const block of chunks(saved.filter((m) => sheetNames.has(m.sheet)), FORMAT_CELLS_PER_SYNC)) {
      throwIfAborted(options.signal);
      const sheetOf = sheetProxies(context);
      const now = block.map((m) => loadFormat(sheetOf(m.sheet).getRange(m.address)));
      await context.sync();
      block.forEach((m, i) => restoreFormat(now[i].range, m.saved, savedFormatOf(now[i])));
      await context.sync();
      await deleteNotes(context, block);
      done += block.length;
      options.onProgress?.(done, saved.length);
    }
  });
  await deleteMarksSheet(run);
  return saved.length;
}

/** Deletes the comments these marks added, if they are still there and still the marks' own notes. */
async function deleteNotes(context: Excel.RequestContext, marks: ReadonlyArray<SavedMark>): Promise<void> {
  const ids = marks.map((m) => m.comment).filter((id) => id !== '');
  if (ids.length === 0) return;
  const found = ids.map((id) => context.workbook.comments.getItemOrNullObject(id).load('content'));
  await context.sync();
  for (const c of found) if (!c.isNullObject && c.content.startsWith(NOTE_PREFIX)) c.delete();
  await context.sync();
}

async function deleteMarksSheet(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
    await context.sync();
    if (sheet.isNullObject) return;
    // A very hidden sheet cannot be deleted in Excel; show it (to the API only) first.
    sheet.visibility = 'Hidden';
    sheet.delete();
    await context.sync();
  });
}

/**
 * Clears the previous marks, then, block by block: reads the original formats of the cells (one sync), appends
 * them to the marks sheet and fills the cells, per sheet and severity as RangeAreas (one sync). The originals are
 * written before the fill in the same batch, so no cell is ever marked without its original saved.
 */
export async function markCells(run: ExcelRun, marks: ReadonlyArray<CellMark>, options: ProgressOptions = {}): Promise<number> {
  await clearMarks(run);
  if (marks.length === 0) return 0;
  options.onProgress?.(0, marks.length);
  await run(async (context) => {
    const store = context.workbook.worksheets.add(MARKS_SHEET);
    store.visibility = 'VeryHidden';
    const header = store.getRangeByIndexes(0, 0, 1, MARKS_HEADER.length);
    header.values = [[...MARKS_HEADER]];
    await context.sync();
    const withNotes = marks.some((m) => m.note) && commentsSupported();
    const commented = withNotes ? await commentedCells(context) : new Set<string>();
    let nextRow = 1;
    let done = 0;
    for (const block of chunks(marks, FORMAT_CELLS_PER_SYNC)) {
      throwIfAborted(options.signal);
      const sheetOf = sheetProxies(context);
      const loaded = block.map((m) => loadFormat(sheetOf(m.sheet).getRange(m.address)));
      await context.sync();
      const rows = block.map((m, i) => {
        const saved = savedFormatOf(loaded[i]);
        return [m.sheet, m.address, m.severity, formatJson(saved), saved.numberFormat, ''];
      });
      const target = store.getRange(areaAddress(nextRow, 0, rows.length, MARKS_HEADER.length));
      // Text, so that a saved number format such as 0.00 stays the text it is.
      target.numberFormat = rows.map((r) => r.map(() => '@'));
      target.values = rows;
      for (const [key, group] of groupBy(block, (m) => `${m.severity}\u0000${m.sheet}`)) {
        const severity = key.split('\u0000')[0] as CellMark['severity'];
        const sheet = sheetOf(group[0].sheet);
        for (const list of addressLists(group.map((m) => m.address))) sheet.getRanges(list).format.fill.color = MARK_FILL[severity];
      }
      const notes = withNotes
        ? block.flatMap((m, i) => {
            if (!m.note || commented.has(cellKey(m.sheet, m.address))) return [];
            const sheet = sheetOf(m.sheet);
            return [{ i, comment: sheet.comments.add(sheet.getRange(m.address), `${NOTE_PREFIX}${m.note}`).load('id') }];
          })
        : [];
      await context.sync();
      if (notes.length > 0) {
        // The ids are known only now: recorded at once, so that 清除标记 finds every note it has to delete.
        for (const { i, comment } of notes) store.getRange(cellAddress(nextRow + i, COMMENT_COLUMN)).values = [[comment.id]];
        await context.sync();
      }
      nextRow += rows.length;
      done += block.length;
      options.onProgress?.(done, marks.length);
    }
  });
  return marks.length;
}
