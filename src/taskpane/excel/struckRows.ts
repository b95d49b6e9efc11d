import { text } from '../../policy/text';
import type { CellValue } from '../../roster/sheetGrid';
import type { ReadNote } from '../../xlsx/readNote';
import { sheetNote } from '../../xlsx/readNote';
import { rowsPerBlock, splitRows } from './blockPlan';
import { jsonBytes } from './jsonBytes';
import type { Area } from './mergedAreas';
import { isPayloadTooLarge, throwIfAborted } from './run';

/** Range.getCellProperties is ExcelApi 1.9; Excel 2016 has no way to read each cell's font. */
export function canReadCellFonts(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true;
}

const STRIKE_ONLY: Excel.CellPropertiesLoadOptions = { format: { font: { strikethrough: true } } };

/** What one cell weighs in getCellProperties' answer ({"format":{"font":{"strikethrough":false}}} and a comma). */
const CELL_BYTES = jsonBytes([{ format: { font: { strikethrough: false } } }]);

/**
 * A row is struck out when it has content and every cell with content is struck through: a clerk strikes the cells
 * of a withdrawn row, and the empty cells beside them may or may not get the line. The .xlsx reader decides alike.
 */
export function isStruckRow(values: ReadonlyArray<CellValue> | undefined, struckAt: (column: number) => boolean): boolean {
  let content = 0;
  for (let c = 0; c < (values?.length ?? 0); c++) {
    const v = values![c];
    if (v === '' || v === null) continue;
    if (!struckAt(c)) return false;
    content++;
  }
  return content > 0;
}

/**
 * The rows of an area that are struck out (0-based sheet rows), from Excel: one sync asks each block of rows whether
 * its font is struck through everywhere (true), nowhere (false, the usual answer, which costs nothing more) or in
 * some cells (null); only a mixed block is read cell by cell with getCellProperties, in blocks sized to stay under
 * the byte budget and the cell-read limit, a refused block halved. `values[i]` is sheet row area.row + i as Excel
 * reported it (a merged block's value in its first cell only, as the fonts are).
 */
export async function struckRowsOf(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  values: ReadonlyArray<ReadonlyArray<CellValue>>,
  signal?: AbortSignal,
): Promise<number[]> {
  if (area.rows <= 0 || area.cols <= 0) return [];
  const size = rowsPerBlock(area.cols * CELL_BYTES, area.cols);
  const blocks = splitRows(area.row, area.rows, size).map((b) => {
    const font = sheet.getRangeByIndexes(b.start, area.col, b.count, area.cols).format.font;
    font.load('strikethrough');
    return { ...b, font };
  });
  await context.sync();
  const struck: number[] = [];
  const rowValues = (row: number) => values[row - area.row];
  const mixed: Array<{ start: number; count: number }> = [];
  for (const b of blocks) {
    const everywhere = b.font.strikethrough as boolean | null;
    if (everywhere === false) continue;
    if (everywhere === null) mixed.push(b);
    else for (let r = b.start; r < b.start + b.count; r++) if (isStruckRow(rowValues(r), () => true)) struck.push(r);
  }
  while (mixed.length > 0) {
    throwIfAborted(signal);
    const b = mixed.shift()!;
    const cells = sheet.getRangeByIndexes(b.start, area.col, b.count, area.cols).getCellProperties(STRIKE_ONLY);
    try {
      // One sync a block is the point: each answer must stay under Excel's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (isPayloadTooLarge(error) && b.count > 1) {
        const first = Math.ceil(b.count / 2);
        mixed.unshift({ start: b.start, count: first }, { start: b.start + first, count: b.count - first });
        continue;
      }
      throw error;
    }
    cells.value.forEach((line, i) => {
      if (isStruckRow(rowValues(b.start + i), (c) => line[c]?.format?.font?.strikethrough === true)) struck.push(b.start + i);
    });
  }
  return struck.sort((a, b) => a - b);
}

/** Said once per run when this Excel cannot read fonts: struck-out rows are checked as claims. */
export function strikeNotReadNote(file: string, sheet: string): ReadNote {
  return sheetNote(
    'STRIKE_NOT_READ',
    file,
    sheet,
    text(
      '此版本的 Excel 无法读取单元格的删除线（需要 ExcelApi 1.9），划去的行仍按申报校验；如有作废的行，请在备注中填写“作废”后重试，或使用 jl-roster 命令行',
      'this Excel cannot read strike-through (ExcelApi 1.9 is needed), so struck-out rows are checked as claims; write 作废 in the remark of a withdrawn row and validate again, or use the jl-roster command',
    ),
  );
}
