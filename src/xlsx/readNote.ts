import type { Text } from '../policy';

/**
 * Something the reader saw in a file that the clerk should know and the engine cannot see in the grid: a stray value
 * far from the table, a formula saved without its result. Turned into a finding at its cell.
 */
export type ReadNoteCode = 'CELL_STRAY' | 'FORMULA_NOT_CALCULATED' | 'MERGED_NOT_EXPANDED' | 'ROW_WITHDRAWN' | 'STRIKE_NOT_READ';

export interface ReadNote {
  readonly code: ReadNoteCode;
  readonly file: string;
  readonly sheet: string;
  /** Excel row number (1-based). */
  readonly row: number;
  /** Column letter; '' for a note about the sheet. */
  readonly column: string;
  /** The cell's value as shown (cut to a readable length). */
  readonly value: string;
  readonly message: Text;
}

/** A note about a sheet as a whole (what this reader could not do there), put at its first row. */
export function sheetNote(code: ReadNoteCode, file: string, sheet: string, message: Text): ReadNote {
  return { code, file, sheet, row: 1, column: '', value: '', message };
}

/** Everything read from one file: its sheets, in workbook order, and what the reader noticed on the way. */
export interface ReadWorkbook {
  readonly grids: import('../roster/sheetGrid').SheetGrid[];
  readonly notes: ReadNote[];
  /** Per grid (same order), the 0-based sheet rows whose every cell is struck through (.xlsx, and .xls/.et in BIFF8). */
  readonly struckRows?: ReadonlyArray<ReadonlySet<number>>;
}
