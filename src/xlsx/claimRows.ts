import type { CellKind, CellValue, SheetGrid } from '../roster/sheetGrid';
import type { TableLayout } from '../roster/types';
import { detectTable, isTableProblem } from '../roster/detectTable';
import { columnLetter } from '../roster/cells';
import { text } from '../policy/text';
import type { ReadNote, ReadWorkbook } from './readNote';
import { cutForEcho } from './echo';

/** 备注 that withdraws a row: 作废, 已作废, 放弃, 自愿放弃, 本人放弃 … */
const WITHDRAWN = /作废|放弃/;

/** The person's own columns of a poverty-monitoring export come after the household head's (户主姓名, 户主身份证号码). */
const HOUSEHOLD_HEAD = /^户主/;

function headerText(grid: SheetGrid, layout: TableLayout, c: number): string {
  for (let r = layout.headerEnd; r >= layout.headerStart; r--) {
    const v = grid.values[r]?.[c];
    if (typeof v === 'string' && v.trim() !== '') return v.replace(/\s+/g, '');
  }
  return '';
}

/**
 * A poverty-monitoring export puts 户主姓名 and 户主身份证号码 before the person's own 姓名 and 身份证号码. The person's own
 * columns are the person; the head's are the household's, never checked as the claimant. The engine reads the first
 * column it recognises, so the head's header cells are left out of the grid it checks (the file and the report's copy
 * of the sheet keep them). Unchanged when the sheet has no own 姓名/身份证号码 column beside the head's.
 */
export function withoutHouseholdHeadColumns(grid: SheetGrid): SheetGrid {
  const layout = detectTable(grid);
  if (isTableProblem(layout)) return grid;
  const width = grid.values[layout.headerEnd]?.length ?? 0;
  const heads: number[] = [];
  for (let c = 0; c < width; c++) if (HOUSEHOLD_HEAD.test(headerText(grid, layout, c))) heads.push(c);
  if (heads.length === 0) return grid;
  const values = grid.values.slice() as CellValue[][];
  for (let r = layout.headerStart; r <= layout.headerEnd; r++) {
    values[r] = values[r].slice();
    for (const c of heads) values[r][c] = '';
  }
  const without: SheetGrid = { ...grid, values };
  const again = detectTable(without);
  // Only when the person's own ID and name columns are there: otherwise the head's columns are all there is.
  if (isTableProblem(again) || again.columns.id === undefined || again.columns.name === undefined) return grid;
  return without;
}

/** The grids of a workbook, each carrying the rows its reader saw struck through (as the pane's grids from Excel do). */
export function gridsWithStruckRows(read: ReadWorkbook): SheetGrid[] {
  return read.grids.map((g, i) => {
    const struck = read.struckRows?.[i];
    return struck && struck.size > 0 ? { ...g, struckRows: [...struck].sort((a, b) => a - b) } : g;
  });
}

/**
 * Rows that are not claims: struck through (every cell's font, as the reader saw it: grid.struckRows) or marked
 * 作废/已作废/放弃 in 备注. They are left out of the grid the engine checks (the file is not touched) and said once
 * each, as not claimed.
 */
export function withWithdrawnRowsSetAside(grid: SheetGrid, notes: ReadNote[]): SheetGrid {
  const layout = detectTable(grid);
  if (isTableProblem(layout)) return grid;
  const struck = new Set(grid.struckRows);
  const top = grid.rowOffset ?? 0;
  const remark = layout.columns.remark;
  const values = grid.values;
  let copy: { values: CellValue[][]; kinds: CellKind[][] | undefined } | undefined;
  for (let i = layout.firstDataRow; i < values.length; i++) {
    const said = remark === undefined ? undefined : values[i][remark];
    const withdrawn = typeof said === 'string' && WITHDRAWN.test(said);
    const isStruck = struck.has(top + i);
    if (!withdrawn && !isStruck) continue;
    copy ??= { values: values.slice() as CellValue[][], kinds: grid.kinds?.slice() as CellKind[][] | undefined };
    copy.values[i] = new Array<CellValue>(values[i].length).fill('');
    if (copy.kinds) copy.kinds[i] = new Array<CellKind>(values[i].length).fill('Empty');
    const row = top + i + 1;
    const column = withdrawn && remark !== undefined ? columnLetter((grid.columnOffset ?? 0) + remark) : '';
    notes.push({
      code: 'ROW_WITHDRAWN',
      file: grid.file,
      sheet: grid.sheet,
      row,
      column,
      value: withdrawn ? cutForEcho(String(said)) : '',
      message: withdrawn
        ? text(`第${row}行备注为“${cutForEcho(String(said), 20)}”，按未申报处理，未校验`, `row ${row} is marked "${cutForEcho(String(said), 20)}" in its remark: taken as not claimed, not checked`)
        : text(`第${row}行已划去（删除线），按未申报处理，未校验`, `row ${row} is struck through: taken as not claimed, not checked`),
    });
  }
  return copy ? { ...grid, values: copy.values, kinds: copy.kinds } : grid;
}
