import type { SheetGrid } from '../../roster/sheetGrid';
import type { ReadOptions } from './adapter';
import { rowsPerBlock } from './blockPlan';
import { hiddenRowsOf } from './hiddenRows';
import { jsonBytes } from './jsonBytes';
import { PROBE_ROWS } from './limits';
import type { OfficeBlock } from './officeGrid';
import { appendBlock, emptyGridRows } from './officeGrid';
import type { ExcelRun } from './run';
import { isPayloadTooLarge, throwIfAborted } from './run';
import { canListMergedAreas, mergedAreasOf, mergedNotExpandedNote } from './mergedAreas';
import { withMergedBlocksFilled } from '../../xlsx/mergedBlocks';
import { detectTable, isTableProblem } from '../../roster/detectTable';
import { canReadCellFonts, strikeNotReadNote, struckRowsOf } from './struckRows';

interface UsedArea {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Used ranges of several sheets in one sync: values only (getUsedRangeOrNullObject(true)), null for an empty sheet. */
async function usedAreas(run: ExcelRun, sheets: ReadonlyArray<string>): Promise<Array<UsedArea | null>> {
  return run(async (context) => {
    const ranges = sheets.map((name) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      return used;
    });
    await context.sync();
    return ranges.map((used, i) =>
      used.isNullObject ? null : { sheet: sheets[i], row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    );
  });
}

function emptyGrid(file: string, sheet: string): SheetGrid {
  return { file, sheet, values: [], kinds: [], numberFormats: [], rowOffset: 0, columnOffset: 0, hiddenRows: [] };
}

/** The weight of the heaviest row of a block, as the response carries it. */
function heaviestRowBytes(block: OfficeBlock): number {
  let heaviest = 0;
  for (let r = 0; r < block.values.length; r++) {
    heaviest = Math.max(heaviest, jsonBytes([block.values[r], block.valueTypes[r], block.numberFormat[r]]));
  }
  return heaviest;
}

/**
 * Reads one used range in row blocks, one sync per block: a first block of PROBE_ROWS rows measures how heavy a
 * row is, and later blocks are sized to stay under the byte budget and the cell-read limit. A block that Excel
 * still refuses as too large is halved and read again.
 */
async function readArea(
  run: ExcelRun,
  area: UsedArea,
  file: string,
  maxRows: number,
  onRows: (rows: number) => void,
  options: { signal?: AbortSignal; struckRows: boolean },
): Promise<SheetGrid> {
  const signal = options.signal;
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(area.sheet);
    const rows = emptyGridRows();
    const hiddenRows: number[] = [];
    const total = Math.min(area.rows, maxRows);
    let size = Math.min(PROBE_ROWS, total);
    let heaviest = 0;
    let start = 0;
    while (start < total) {
      throwIfAborted(signal);
      const count = Math.min(size, total - start);
      const range = sheet.getRangeByIndexes(area.row + start, area.col, count, area.cols);
      range.load(['values', 'valueTypes', 'numberFormat', 'rowHidden']);
      try {
        await context.sync();
      } catch (error) {
        if (isPayloadTooLarge(error) && count > 1) {
          size = Math.ceil(count / 2);
          continue;
        }
        throw error;
      }
      const block: OfficeBlock = { values: range.values, valueTypes: range.valueTypes, numberFormat: range.numberFormat };
      heaviest = Math.max(heaviest, heaviestRowBytes(block));
      appendBlock(rows, block);
      hiddenRows.push(...(await hiddenRowsOf(context, sheet, { row: area.row + start, count, rowHidden: range.rowHidden }, area.col)));
      start += count;
      onRows(count);
      size = rowsPerBlock(heaviest, area.cols);
    }
    const asRead: SheetGrid = { file, sheet: area.sheet, ...rows, rowOffset: area.row, columnOffset: area.col, hiddenRows };
    // Excel reports a merged block's value in its first cell only; every row of a block down the rows takes it.
    const grid = canListMergedAreas()
      ? withMergedBlocksFilled(asRead, await mergedAreasOf(context, sheet, { row: area.row, col: area.col, rows: total, cols: area.cols }))
      : asRead;
    if (!options.struckRows || !canReadCellFonts()) return grid;
    // Only the table's rows: a struck title or note above it withdraws nothing. The fonts are matched with the cells
    // as Excel has them, before merged blocks are filled.
    const layout = detectTable(grid);
    if (isTableProblem(layout)) return grid;
    const first = layout.firstDataRow;
    const struck = await struckRowsOf(context, sheet, { row: area.row + first, col: area.col, rows: total - first, cols: area.cols }, asRead.values.slice(first), signal);
    return struck.length > 0 ? { ...grid, struckRows: struck } : grid;
  });
}

/** Whole sheets (maxRows: Infinity) or their first rows, with progress in rows across all of them. */
export async function readSheetGrids(
  run: ExcelRun,
  sheets: ReadonlyArray<string>,
  file: string,
  options: ReadOptions & { maxRows?: number } = {},
): Promise<SheetGrid[]> {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const areas = await usedAreas(run, sheets);
  const total = areas.reduce((sum, a) => sum + (a ? Math.min(a.rows, maxRows) : 0), 0);
  let done = 0;
  options.onProgress?.(0, total);
  const grids: SheetGrid[] = [];
  if (!canListMergedAreas() && sheets.length > 0) options.onNote?.(mergedNotExpandedNote(file, sheets[0]));
  const struckRows = options.struckRows === true;
  if (struckRows && !canReadCellFonts() && sheets.length > 0) options.onNote?.(strikeNotReadNote(file, sheets[0]));
  for (let i = 0; i < sheets.length; i++) {
    const area = areas[i];
    if (!area) {
      grids.push(emptyGrid(file, sheets[i]));
      continue;
    }
    grids.push(
      await readArea(run, area, file, maxRows, (n) => {
        done += n;
        options.onProgress?.(done, total);
      }, { signal: options.signal, struckRows }),
    );
  }
  return grids;
}

/** Rows enough for a title and a header two rows deep under merged titles (the engine looks at the first 20). */
export const HEAD_ROWS = 25;

/** The first rows of several sheets in two syncs, to recognise what each sheet is. */
export async function readSheetHeads(run: ExcelRun, sheets: ReadonlyArray<string>, file: string): Promise<SheetGrid[]> {
  const areas = await usedAreas(run, sheets);
  return run(async (context) => {
    const ranges = areas.map((area) => {
      if (!area) return null;
      const range = context.workbook.worksheets.getItem(area.sheet).getRangeByIndexes(area.row, area.col, Math.min(HEAD_ROWS, area.rows), area.cols);
      range.load(['values', 'valueTypes', 'numberFormat']);
      return range;
    });
    await context.sync();
    return ranges.map((range, i) => {
      const area = areas[i];
      if (!range || !area) return emptyGrid(file, sheets[i]);
      const rows = emptyGridRows();
      appendBlock(rows, { values: range.values, valueTypes: range.valueTypes, numberFormat: range.numberFormat });
      return { file, sheet: area.sheet, ...rows, rowOffset: area.row, columnOffset: area.col, hiddenRows: [] };
    });
  });
}
