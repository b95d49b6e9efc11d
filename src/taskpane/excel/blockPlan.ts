import { BLOCK_BYTES_BUDGET, CELL_READ_LIMIT } from './limits';

/**
 * How many rows the next block may hold, given the heaviest row measured so far (bytes of its values, types and
 * formats as JSON) and the sheet's width. The heaviest row, not the average, so that a block of long rows fits too;
 * a response that is still too large is caught by the reader, which halves the block and tries again.
 */
export function rowsPerBlock(heaviestRowBytes: number, columns: number, budgetBytes: number = BLOCK_BYTES_BUDGET, cellLimit: number = CELL_READ_LIMIT): number {
  const byBytes = Math.floor(budgetBytes / Math.max(1, heaviestRowBytes));
  const byCells = Math.floor(cellLimit / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** Row blocks of a fixed size over rows [start, start + count). */
export function splitRows(start: number, count: number, size: number): Array<{ start: number; count: number }> {
  const blocks: Array<{ start: number; count: number }> = [];
  for (let r = 0; r < count; r += size) blocks.push({ start: start + r, count: Math.min(size, count - r) });
  return blocks;
}
