/**
 * Which rows of a block are hidden, without one proxy per row: Range.rowHidden is true or false when every row of
 * the range agrees and null when they differ, so mixed ranges are halved, level by level, one sync per level. A
 * block with nothing hidden costs nothing beyond the rowHidden loaded with its values.
 */
export async function hiddenRowsOf(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  span: { row: number; count: number; rowHidden: boolean | null },
  column: number,
): Promise<number[]> {
  if (span.rowHidden === false) return [];
  if (span.rowHidden === true) return Array.from({ length: span.count }, (_, i) => span.row + i);
  const hidden: number[] = [];
  let mixed: Array<{ row: number; count: number }> = [{ row: span.row, count: span.count }];
  while (mixed.length > 0) {
    const halves: Array<{ row: number; count: number; range: Excel.Range }> = [];
    for (const m of mixed) {
      const first = Math.ceil(m.count / 2);
      for (const half of [{ row: m.row, count: first }, { row: m.row + first, count: m.count - first }]) {
        if (half.count === 0) continue;
        const range = sheet.getRangeByIndexes(half.row, column, half.count, 1);
        range.load('rowHidden');
        halves.push({ ...half, range });
      }
    }
    await context.sync();
    mixed = [];
    for (const h of halves) {
      if (h.range.rowHidden === true) for (let i = 0; i < h.count; i++) hidden.push(h.row + i);
      else if (h.range.rowHidden !== false && h.count > 1) mixed.push({ row: h.row, count: h.count });
    }
  }
  return hidden.sort((a, b) => a - b);
}
