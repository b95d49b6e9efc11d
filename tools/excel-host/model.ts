/**
 * The workbook the in-memory host serves: plain data that tests may read directly.
 * Cells are immutable records replaced on every write, so a batch can be undone by restoring rows.
 */
import type { Box } from './a1';

/** An Excel error such as '#N/A' or '#DIV/0!' (the API reports it as that text with value type 'Error'). */
export interface HostErrorValue {
  readonly error: string;
}

/** A cell value: numbers (dates are 1900-system serials), text, booleans or an Excel error. */
export type HostValue = number | string | boolean | HostErrorValue;

export interface HostHyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';

export interface HostBorder {
  /** Excel.BorderLineStyle: 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'. */
  readonly style: string;
  readonly color: string;
  /** Excel.BorderWeight: 'Hairline', 'Thin', 'Medium', 'Thick'. */
  readonly weight: string;
}

/** Font settings that differ from the workbook default; absent = default. */
export interface HostFont {
  readonly name?: string;
  readonly size?: number;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: string;
  readonly strikethrough?: boolean;
}

export interface HostCellFormat {
  /** Solid fill colour '#RRGGBB'; absent = no fill. */
  readonly fill?: string;
  readonly font?: HostFont;
  readonly borders?: Readonly<Partial<Record<BorderSide, HostBorder>>>;
  readonly horizontalAlignment?: string;
  readonly verticalAlignment?: string;
  readonly wrapText?: boolean;
}

export interface HostCell {
  /** Absent = empty. For a formula cell: its last computed (cached) result. */
  readonly value?: HostValue;
  /** Formula text starting with '='. */
  readonly formula?: string;
  /** Absent = 'General'. */
  readonly numberFormat?: string;
  readonly format?: HostCellFormat;
  readonly hyperlink?: HostHyperlink;
}

export type HostRow = (HostCell | undefined)[];

export interface HostChart {
  readonly id: string;
  name: string;
  chartType: string;
  /** Address of the source data, sheet-qualified. */
  sourceAddress: string;
  seriesBy: string;
  title: { text?: string; visible?: boolean };
  legend: { position?: string; visible?: boolean };
  /** Chart.plotVisibleOnly: Excel's default true leaves data in hidden rows and columns out of the chart. */
  plotVisibleOnly?: boolean;
  position?: { startCell: string; endCell?: string };
  top?: number;
  left?: number;
  width?: number;
  height?: number;
}

export interface HostSheet {
  readonly id: string;
  name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden' */
  visibility: string;
  /** '#RRGGBB', or '' for none. */
  tabColor: string;
  showGridlines: boolean;
  /** rows[r][c]; both levels sparse. */
  rows: (HostRow | undefined)[];
  /** Column widths in points where they differ from standardWidth. */
  columnWidths: Map<number, number>;
  /** Row heights in points where they differ from defaultRowHeight. */
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  standardWidth: number;
  defaultRowHeight: number;
  merges: Box[];
  frozen: { rows: number; columns: number };
  /** Excel.PageLayout properties the add-in set (orientation, paperSize, printGridlines, zoom, ...). */
  pageLayout: Record<string, unknown>;
  charts: HostChart[];
  /** The selected cells of this sheet; the workbook's selection is the active sheet's. */
  selection: Box;
  /** Worksheet.autoFilter.apply: the filtered table's range (header row first); absent without one. */
  autoFilter?: Box;
  /** Every area of a selection of several (RangeAreas.select); the first is `selection`. Absent for one area. */
  selectionAreas?: Box[];
}

export interface HostComment {
  readonly id: string;
  readonly sheetId: string;
  readonly row: number;
  readonly col: number;
  content: string;
  authorName: string;
  authorEmail: string;
  readonly creationDate: string;
  resolved: boolean;
}

export interface HostWorkbook {
  name: string;
  sheets: HostSheet[];
  activeSheetId: string;
  /** Workbook.settings and Office.context.document.settings (one store, JSON values). */
  settings: Map<string, unknown>;
  comments: HostComment[];
  defaultFont: { name: string; size: number };
  /** Application.calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual'. */
  calculationMode: string;
  /** Source of ids for new sheets, charts and comments, so ids are reproducible. */
  nextId: number;
}

export const DEFAULT_STANDARD_WIDTH = 48; // points: 8.43 characters of the default font
export const DEFAULT_ROW_HEIGHT = 15;

export function createWorkbook(sheetNames: readonly string[] = ['Sheet1'], name = 'Book1.xlsx'): HostWorkbook {
  const workbook: HostWorkbook = {
    name,
    sheets: [],
    activeSheetId: '',
    settings: new Map(),
    comments: [],
    defaultFont: { name: 'Calibri', size: 11 },
    calculationMode: 'Automatic',
    nextId: 1,
  };
  for (const sheetName of sheetNames) addSheet(workbook, sheetName);
  if (workbook.sheets.length > 0) workbook.activeSheetId = workbook.sheets[0].id;
  return workbook;
}

export function newId(workbook: HostWorkbook, kind: string): string {
  const n = workbook.nextId++;
  return `{${kind}-${n.toString(16).toUpperCase().padStart(8, '0')}}`;
}

export function newSheet(workbook: HostWorkbook, name: string): HostSheet {
  return {
    id: newId(workbook, 'SHEET'),
    name,
    visibility: 'Visible',
    tabColor: '',
    showGridlines: true,
    rows: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    standardWidth: DEFAULT_STANDARD_WIDTH,
    defaultRowHeight: DEFAULT_ROW_HEIGHT,
    merges: [],
    frozen: { rows: 0, columns: 0 },
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter', printGridlines: false },
    charts: [],
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
  };
}

/** Appends a sheet while building a workbook (not through the API: no events, no undo). */
export function addSheet(workbook: HostWorkbook, name: string): HostSheet {
  const sheet = newSheet(workbook, name);
  workbook.sheets.push(sheet);
  if (!workbook.activeSheetId) workbook.activeSheetId = sheet.id;
  return sheet;
}

/** Excel matches sheet names without regard to case. */
export function sheetByName(workbook: HostWorkbook, name: string): HostSheet | undefined {
  const wanted = name.toLocaleUpperCase();
  return workbook.sheets.find((s) => s.name.toLocaleUpperCase() === wanted);
}

export function sheetById(workbook: HostWorkbook, id: string): HostSheet | undefined {
  return workbook.sheets.find((s) => s.id === id);
}

export function activeSheet(workbook: HostWorkbook): HostSheet {
  const sheet = sheetById(workbook, workbook.activeSheetId) ?? workbook.sheets[0];
  if (!sheet) throw new Error('the workbook has no sheets');
  return sheet;
}

export function cellAt(sheet: HostSheet, row: number, col: number): HostCell | undefined {
  return sheet.rows[row]?.[col];
}

/** Stores a cell while building a workbook (loaders, fromArrays); API writes go through the journal. */
export function storeCell(sheet: HostSheet, row: number, col: number, cell: HostCell | undefined): void {
  let cells = sheet.rows[row];
  if (!cells) {
    if (cell === undefined) return;
    cells = [];
    sheet.rows[row] = cells;
  }
  if (cell === undefined) delete cells[col];
  else cells[col] = cell;
}

export function isErrorValue(value: unknown): value is HostErrorValue {
  return typeof value === 'object' && value !== null && typeof (value as HostErrorValue).error === 'string';
}

/** A cell that shows something: a value or a formula (what getUsedRange(true) counts). */
export function hasContent(cell: HostCell | undefined): boolean {
  return cell !== undefined && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''));
}
