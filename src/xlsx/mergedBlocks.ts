import type { CellKind, CellValue, SheetGrid } from '../roster/sheetGrid';

/** 0-based sheet rows and columns, inclusive: a merged block as the file or Excel states it. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A printed roster merges 用工单位, 统一社会信用代码 and 就业地 down over each employer's rows: every row of such a block
 * takes the block's value, kind and format, as the clerk reads it. Only blocks more than one row tall are filled: a
 * title or a group header merged across columns stays in its first cell, as Excel reports it. The grid is not changed;
 * the rows a block covers are copied (their kinds and formats arrays may be shared with other rows).
 */
export function withMergedBlocksFilled(grid: SheetGrid, blocks: ReadonlyArray<CellRange>): SheetGrid {
  const down = blocks.filter((b) => b.bottom > b.top);
  if (down.length === 0) return grid;
  const top = grid.rowOffset ?? 0;
  const left = grid.columnOffset ?? 0;
  const values = grid.values.slice() as CellValue[][];
  const kinds = grid.kinds?.slice() as CellKind[][] | undefined;
  const formats = grid.numberFormats?.slice() as string[][] | undefined;
  const copied = new Set<number>();
  const own = (r: number) => {
    if (copied.has(r)) return;
    copied.add(r);
    values[r] = values[r].slice();
    if (kinds?.[r]) kinds[r] = kinds[r].slice();
    if (formats?.[r]) formats[r] = formats[r].slice();
  };
  for (const b of down) {
    const r0 = b.top - top;
    const c0 = b.left - left;
    if (r0 < 0 || r0 >= values.length || c0 < 0 || c0 >= (values[r0]?.length ?? 0)) continue;
    const value = values[r0][c0];
    const kind = kinds?.[r0]?.[c0];
    const format = formats?.[r0]?.[c0];
    for (let r = r0; r <= Math.min(b.bottom - top, values.length - 1); r++) {
      for (let c = c0; c <= Math.min(b.right - left, values[r].length - 1); c++) {
        if (r === r0 && c === c0) continue;
        own(r);
        values[r][c] = value;
        if (kinds?.[r] && kind !== undefined) kinds[r][c] = kind;
        if (formats?.[r] && format !== undefined) formats[r][c] = format;
      }
    }
  }
  return { ...grid, values, kinds, numberFormats: formats };
}
