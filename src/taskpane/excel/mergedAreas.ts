import { text } from '../../policy/text';
import type { CellRange } from '../../xlsx/mergedBlocks';
import type { ReadNote } from '../../xlsx/readNote';
import { sheetNote } from '../../xlsx/readNote';

export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Range.getMergedAreasOrNullObject is ExcelApi 1.13; an older Excel (2016, 2019) has no way to list merged cells. */
export function canListMergedAreas(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true;
}

/** The merged blocks over an area of a sheet, from Excel itself: one sync, and one more when there are any. */
export async function mergedAreasOf(context: Excel.RequestContext, sheet: Excel.Worksheet, area: Area): Promise<CellRange[]> {
  const merged = sheet.getRangeByIndexes(area.row, area.col, area.rows, area.cols).getMergedAreasOrNullObject();
  merged.load('areaCount');
  await context.sync();
  if (merged.isNullObject) return [];
  // The areas of a null object cannot be loaded: asked for only once Excel has said there are some.
  merged.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
  await context.sync();
  return merged.areas.items.map((r) => ({ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 }));
}

/** Said once per run when this Excel cannot list merged cells: rows of a merged block may read as empty. */
export function mergedNotExpandedNote(file: string, sheet: string): ReadNote {
  return sheetNote(
    'MERGED_NOT_EXPANDED',
    file,
    sheet,
    text(
      '此版本的 Excel 无法列出合并单元格（需要 ExcelApi 1.13），合并单元格下方各行按空值读取；如有“必填项为空”，请取消合并并填充后重试，或使用 jl-roster 命令行',
      'this Excel cannot list merged cells (ExcelApi 1.13 is needed), so the rows under a merged cell read as empty; if values are reported missing, unmerge and fill them, or use the jl-roster command',
    ),
  );
}
