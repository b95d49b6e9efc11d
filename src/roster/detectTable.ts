import type { Text } from '../policy';
import { text } from '../policy';
import { isBlankCell } from './cells';
import { fieldOfHeader } from './headers';
import type { SheetGrid } from './sheetGrid';
import type { FieldId, TableLayout, TableProblem } from './types';

/** The header is looked for in the first rows only: below them a roster has people, not titles. */
export const HEADER_SEARCH_ROWS = 20;

interface HeaderRow {
  readonly index: number;
  readonly fields: Map<FieldId, number>;
  /** Non-blank cells, and whether any looks like data (a number, a long run of digits). */
  readonly filled: number;
  readonly looksLikeData: boolean;
}

function recognise(cells: ReadonlyArray<unknown> | undefined, index: number): HeaderRow {
  const fields = new Map<FieldId, number>();
  let filled = 0;
  let looksLikeData = false;
  if (cells) {
    for (let j = 0; j < cells.length; j++) {
      const v = cells[j];
      if (isBlankCell(v as never)) continue;
      filled++;
      if (typeof v === 'number' || (typeof v === 'string' && /\d{6}/.test(v))) looksLikeData = true;
      const field = fieldOfHeader(v);
      if (field && !fields.has(field)) fields.set(field, j);
    }
  }
  return { index, fields, filled, looksLikeData };
}

/** Enough to call it a roster header: two known columns, one of them saying who (ID, name or credit code). */
function isHeader(row: HeaderRow): boolean {
  return row.fields.size >= 2 && (row.fields.has('id') || row.fields.has('name') || row.fields.has('employerCode'));
}

/**
 * A header two rows deep: a group header ('补贴信息') merged over '月数' and '金额' below it. The neighbour adds the
 * columns it names that the main row leaves open; it must not rename a column the main row already named.
 */
function canJoin(main: HeaderRow, neighbour: HeaderRow): boolean {
  if (neighbour.fields.size === 0 || neighbour.looksLikeData || neighbour.fields.size * 2 < neighbour.filled) return false;
  const usedColumns = new Set(main.fields.values());
  for (const [field, column] of neighbour.fields) {
    if (usedColumns.has(column) || main.fields.has(field)) return false;
  }
  return true;
}

function textOfRows(grid: SheetGrid, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    for (const v of grid.values[i] ?? []) if (typeof v === 'string' && !isBlankCell(v)) parts.push(v.trim());
  }
  return parts.join(' ');
}

/**
 * Finds the header row (anywhere in the first 20 rows, under merged titles, possibly two rows deep) and the column of
 * each field it names. Returns a problem (not a throw) for a sheet that is not a roster.
 */
export function detectTable(grid: SheetGrid): TableLayout | TableProblem {
  const rows = grid.values;
  if (rows.length === 0) return { problem: text('工作表为空', 'the sheet is empty') };
  const limit = Math.min(HEADER_SEARCH_ROWS, rows.length);
  let best: HeaderRow | undefined;
  const scanned: HeaderRow[] = [];
  for (let i = 0; i < limit; i++) {
    const row = recognise(rows[i], i);
    scanned.push(row);
    if (isHeader(row) && (!best || row.fields.size > best.fields.size)) best = row;
  }
  if (!best) return { problem: notARoster(limit) };

  let headerStart = best.index;
  let headerEnd = best.index;
  const columns = new Map(best.fields);
  const below = scanned[best.index + 1];
  const above = scanned[best.index - 1];
  if (below && canJoin(best, below)) {
    for (const [f, c] of below.fields) columns.set(f, c);
    headerEnd = below.index;
  } else if (above && canJoin(best, above)) {
    for (const [f, c] of above.fields) columns.set(f, c);
    headerStart = above.index;
  }

  const columnRecord: Partial<Record<FieldId, number>> = {};
  const headers: Partial<Record<FieldId, string>> = {};
  for (const [field, column] of columns) {
    columnRecord[field] = column;
    const own = rows[headerStart]?.[column];
    const lower = rows[headerEnd]?.[column];
    headers[field] = String(fieldOfHeader(lower) === field ? lower : own).replace(/\s+/g, '');
  }
  return {
    headerStart,
    headerEnd,
    firstDataRow: headerEnd + 1,
    columns: columnRecord,
    headers,
    title: [grid.sheet, textOfRows(grid, 0, headerStart)].filter((s) => s !== '').join(' '),
  };
}

function notARoster(limit: number): Text {
  return text(
    `前${limit}行中没有找到花名册表头（需要至少两个可识别的列，其中包括身份证号码、姓名或统一社会信用代码）`,
    `no roster header in the first ${limit} rows (at least two recognised columns are needed, one of them the ID number, name or credit code)`,
  );
}

export function isTableProblem(x: TableLayout | TableProblem): x is TableProblem {
  return (x as TableProblem).problem !== undefined;
}
