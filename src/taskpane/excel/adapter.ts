import type { ReadNote } from '../../xlsx/readNote';
import type { CellValue, SheetGrid } from '../../roster/sheetGrid';
import type { ReportTable } from '../../roster/types';
import type { CellMark } from './markPlan';

/**
 * Everything the task pane asks of Excel. The React components and hooks see only this interface; the one
 * implementation that calls Excel.run is createOfficeAdapter (officeAdapter.ts).
 */
export interface ExcelAdapter {
  workbookInfo(): Promise<WorkbookInfo>;
  /** The first rows of each sheet (enough to find a header and a title), to recognise rosters and registers. */
  readSheetHeads(sheets: ReadonlyArray<string>): Promise<SheetGrid[]>;
  /** Whole used ranges, read in blocks that respect Excel's payload limits. */
  readSheets(sheets: ReadonlyArray<string>, options?: ReadOptions): Promise<SheetGrid[]>;
  /** Activates the sheet and selects the cell (or row, '5:5'). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Activates the sheet and selects these cells together (as many as one address list holds). Returns cells selected. */
  selectCells(sheet: string, addresses: ReadonlyArray<string>): Promise<number>;
  /**
   * Clears the previous marks, saves the original formats of these cells, then fills them; a mark with a note gets it
   * as a comment (批注) unless the cell already has one. Returns cells marked.
   */
  markCells(marks: ReadonlyArray<CellMark>, options?: ProgressOptions): Promise<number>;
  /** Restores every marked cell's fill, font, borders and number format, and deletes the notes the marks added. Returns cells restored. */
  clearMarks(options?: ProgressOptions): Promise<number>;
  /** How many cells are marked now (0 when none). */
  markedCount(): Promise<number>;
  /** Writes (or replaces) the report sheet; chartTitle names the chart of counts by code. */
  writeReport(table: ReportTable, options?: ProgressOptions & { chartTitle?: string }): Promise<void>;
  /** The register sheet as a grid, or null when the workbook has none yet. */
  readRegister(sheetName: string): Promise<SheetGrid | null>;
  /** Appends rows under the register's last row, creating the sheet with its header first. Returns rows written. */
  appendRegister(register: RegisterSheet, rows: ReadonlyArray<ReadonlyArray<CellValue>>): Promise<number>;
  /** Empties the register's last rows (撤销本批, after the pane checked they are that batch). Returns rows emptied. */
  clearLastRegisterRows(sheetName: string, count: number): Promise<number>;
  /** Opens an .xlsx the pane built as a new workbook (or offers it as a download where Excel cannot). */
  openNewWorkbook(bytes: Uint8Array, fileName: string): Promise<'opened' | 'downloaded'>;
  /** The active cell: its sheet, address, formula and value. */
  activeCell(): Promise<ActiveCell>;
  /** Values of cells or ranges ('B3', 'A2:A9'), each on the given sheet, with the text the clerk sees. */
  readReferences(refs: ReadonlyArray<SheetReference>): Promise<ReferencedCells[]>;
  /** Calls the handler whenever the clerk selects another cell; returns a function that stops it. */
  onSelectionChanged(handler: () => void): Promise<() => Promise<void>>;
  readSetting(key: string): Promise<unknown>;
  writeSetting(key: string, value: unknown): Promise<void>;
}

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}

export interface WorkbookInfo {
  /** The workbook's file name: findings carry it as their file. */
  readonly name: string;
  readonly sheets: ReadonlyArray<SheetInfo>;
  readonly activeSheet: string;
}

export interface ProgressOptions {
  readonly signal?: AbortSignal;
  /** done and total in rows (reads) or cells (marks). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReadOptions extends ProgressOptions {
  /** File name to put in each grid (default: the workbook's name). */
  readonly file?: string;
  /** What reading noticed that the grid cannot show (merged cells an older Excel cannot expand). */
  readonly onNote?: (note: ReadNote) => void;
  /** Also find the table's rows that are struck through (a roster's withdrawn rows), into each grid's struckRows. */
  readonly struckRows?: boolean;
}

export interface RegisterSheet {
  readonly sheetName: string;
  readonly header: ReadonlyArray<string>;
  /** Columns (0-based) formatted as text before anything is written, so 18-digit IDs keep every digit. */
  readonly textColumns: ReadonlyArray<number>;
  /** Columns (0-based) that hold dates, with the format to show them in. */
  readonly dateColumns: ReadonlyArray<number>;
  readonly dateFormat: string;
}

export interface ActiveCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: unknown;
  readonly value: CellValue;
}

export interface ReferencedCells {
  readonly values: CellValue[][];
  /** Range.text: the value as shown, e.g. 2020-12-26 for a date serial. */
  readonly text: string[][];
  readonly numberFormat: string[][];
}

export interface SheetReference {
  readonly sheet: string;
  readonly address: string;
}
