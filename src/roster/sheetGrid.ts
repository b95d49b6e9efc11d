/**
 * The engine's input: one worksheet as Excel hands it over, whoever read it (Office.js in the pane, ExcelJS in the
 * command line, the in-memory host in tests). Plain data: the engine never changes it.
 */

/** A cell's value as Office.js reports it: numbers (dates are serials), text, TRUE/FALSE, '' when empty. */
export type CellValue = string | number | boolean | null;

/**
 * What kind of value the cell holds, as Excel.RangeValueType says ('Empty' | 'String' | 'Double' | 'Boolean' |
 * 'Error' | 'Integer'), plus 'Date' when the reader knows the cell is a date (a number with a date format).
 * An error cell's value is its error text ('#N/A').
 */
export type CellKind = 'Empty' | 'String' | 'Double' | 'Integer' | 'Boolean' | 'Error' | 'Date' | 'Unknown';

export interface SheetGrid {
  /** The file as the clerk named it (CLI: as given on the command line; pane: the workbook's name). */
  readonly file: string;
  readonly sheet: string;
  /** Row-major values of the used range. values[0][0] is the cell at (rowOffset, columnOffset). */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Parallel to values where known. */
  readonly kinds?: ReadonlyArray<ReadonlyArray<CellKind>>;
  /** Parallel to values where known: the number format ('@' for text, 'yyyy-mm-dd', 'General' ...). */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string>>;
  /** 0-based index of the used range's first row / column in the sheet (Excel row = rowOffset + i + 1). */
  readonly rowOffset?: number;
  readonly columnOffset?: number;
  /** 0-based sheet row indexes that are hidden (they are still checked; findings say the row is hidden). */
  readonly hiddenRows?: ReadonlyArray<number>;
  /**
   * 0-based sheet rows of the table whose every cell with content is struck through, where the reader can see fonts
   * (the pane, from Excel): a clerk strikes out a withdrawn row, so it is set aside as not claimed.
   */
  readonly struckRows?: ReadonlyArray<number>;
  /** Whether the clerk hid the sheet (absent: visible); a copy of it keeps the same state. */
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
}
