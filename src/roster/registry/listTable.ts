import type { DaySerial, Text } from '../../policy';
import { readRequiredDate, text, toHalfWidth } from '../../policy';
import { HEADER_SEARCH_ROWS } from '../detectTable';
import type { SheetGrid } from '../sheetGrid';

/** Where a registry export's or death list's table sits: its header row and the column of each field it names. */
export interface ListTable<F extends string> {
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<F, number>>>;
  /** The day the export was made, when the rows above the header say so (导出时间：2022-12-31); NaN otherwise. */
  readonly exportDate: DaySerial;
}

/**
 * The row among the first 20 naming the most fields, with the ID column and at least `minFields` fields: an export
 * has a title or two above its header, never a merged two-row header.
 */
export function detectListTable<F extends string>(grid: SheetGrid, fieldOf: (v: unknown) => F | undefined, minFields: number): ListTable<F> | Text {
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  let best: { row: number; columns: Partial<Record<F, number>>; count: number } | undefined;
  for (let i = 0; i < limit; i++) {
    const columns: Partial<Record<F, number>> = {};
    let count = 0;
    (grid.values[i] ?? []).forEach((v, j) => {
      const f = fieldOf(v);
      if (f !== undefined && columns[f] === undefined) {
        columns[f] = j;
        count++;
      }
    });
    if (count >= minFields && (columns as Record<string, number | undefined>).id !== undefined && (!best || count > best.count)) best = { row: i, columns, count };
  }
  if (!best) {
    return text(
      `前${limit}行中没有找到表头（需要“证件号码”或“身份证号码”列及至少${minFields - 1}个其他可识别的列）`,
      `no header in the first ${limit} rows (an ID number column and at least ${minFields - 1} other recognised columns are needed)`,
    );
  }
  return { headerRow: best.row, columns: best.columns, exportDate: exportDateAbove(grid, best.row) };
}

const EXPORT_DATE = /(?:导出|截止|统计|数据)(?:日期|时间)[:：]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/;

function exportDateAbove(grid: SheetGrid, headerRow: number): DaySerial {
  for (let i = 0; i < headerRow; i++) {
    for (const v of grid.values[i] ?? []) {
      if (typeof v !== 'string') continue;
      const m = EXPORT_DATE.exec(toHalfWidth(v));
      if (!m) continue;
      const r = readRequiredDate(m[1].replace(/\s+/g, '').replace(/[年月]/g, '-'));
      if (r.ok) return r.value;
    }
  }
  return NaN;
}
