/**
 * Reads a real .xlsx (bytes, so it runs in Node and in the browser) into the host's workbook model with
 * ExcelJS: values (dates become 1900-system serials, rich text plain text, errors '#N/A'...), formulas
 * with their cached results, number formats, fills, fonts, borders, alignment, hyperlinks, merged
 * cells, hidden rows and columns, widths and heights, sheet visibility, tab colours, frozen panes, the
 * active sheet and each sheet's selection.
 * Kept apart from the host core so that the core does not pull in ExcelJS.
 */
import ExcelJS from 'exceljs';
import { parseAddress, type Box } from './a1';
import { normalizeCell } from './cellSets';
import { serialFromDate } from './cellValues';
import { colorFromArgb, colorFromTheme } from './colors';
import {
  addSheet, createWorkbook, storeCell, type BorderSide, type HostBorder, type HostCell, type HostCellFormat, type HostFont,
  type HostHyperlink, type HostSheet, type HostValue, type HostWorkbook,
} from './model';

export interface LoadXlsxOptions {
  /** Workbook name (Workbook.name); 'Book1.xlsx' by default. */
  name?: string;
}

type ExcelColor = Partial<ExcelJS.Color> | undefined;

function colorOf(color: ExcelColor): string | undefined {
  if (!color) return undefined;
  return colorFromArgb(color.argb) ?? colorFromTheme((color as { theme?: number }).theme);
}

function plainValue(value: unknown): HostValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (value instanceof Date) return serialFromDate(value);
  if (typeof value === 'object') {
    const v = value as { error?: string; richText?: { text: string }[]; text?: unknown };
    if (typeof v.error === 'string') return { error: v.error };
    if (Array.isArray(v.richText)) return v.richText.map((run) => run.text).join('') || undefined;
    if (v.text !== undefined) return plainValue(v.text);
  }
  return String(value);
}

function hyperlinkOf(target: string, tooltip: string | undefined): HostHyperlink {
  const link: { address?: string; documentReference?: string; screenTip?: string } = target.startsWith('#')
    ? { documentReference: target.slice(1) }
    : { address: target };
  if (tooltip) link.screenTip = tooltip;
  return link;
}

const BORDER_STYLES: Record<string, [string, string]> = {
  thin: ['Continuous', 'Thin'],
  medium: ['Continuous', 'Medium'],
  thick: ['Continuous', 'Thick'],
  hair: ['Continuous', 'Hairline'],
  dotted: ['Dot', 'Thin'],
  dashed: ['Dash', 'Thin'],
  double: ['Double', 'Thick'],
  dashDot: ['DashDot', 'Thin'],
  dashDotDot: ['DashDotDot', 'Thin'],
  mediumDashed: ['Dash', 'Medium'],
  mediumDashDot: ['DashDot', 'Medium'],
  mediumDashDotDot: ['DashDotDot', 'Medium'],
  slantDashDot: ['SlantDashDot', 'Medium'],
};

function borderOf(border: Partial<ExcelJS.Border> | undefined): HostBorder | undefined {
  const mapped = border?.style ? BORDER_STYLES[border.style] : undefined;
  if (!mapped) return undefined;
  return { style: mapped[0], weight: mapped[1], color: colorOf(border?.color) ?? '#000000' };
}

const HORIZONTAL: Record<string, string> = {
  left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerContinuous: 'CenterAcrossSelection', distributed: 'Distributed',
};
const VERTICAL: Record<string, string> = { top: 'Top', middle: 'Center', justify: 'Justify', distributed: 'Distributed' };
const UNDERLINE: Record<string, string> = { single: 'Single', double: 'Double', singleAccounting: 'SingleAccountant', doubleAccounting: 'DoubleAccountant' };

function fontOf(font: Partial<ExcelJS.Font> | undefined): HostFont | undefined {
  if (!font) return undefined;
  const underline = font.underline === true ? 'Single' : typeof font.underline === 'string' ? UNDERLINE[font.underline] : undefined;
  const color = colorOf(font.color);
  const out: HostFont = {
    name: font.name,
    size: font.size,
    color: color === '#000000' ? undefined : color,
    bold: font.bold || undefined,
    italic: font.italic || undefined,
    underline,
    strikethrough: font.strike || undefined,
  };
  return out;
}

function formatOf(cell: ExcelJS.Cell): HostCellFormat | undefined {
  const fill = cell.fill && cell.fill.type === 'pattern' && cell.fill.pattern === 'solid' ? colorOf(cell.fill.fgColor) : undefined;
  const borders: Partial<Record<BorderSide, HostBorder>> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const border = borderOf(cell.border?.[side]);
    if (border) borders[side] = border;
  }
  const diagonal = cell.border?.diagonal;
  const diagonalBorder = borderOf(diagonal);
  if (diagonalBorder && diagonal?.down) borders.diagonalDown = diagonalBorder;
  if (diagonalBorder && diagonal?.up) borders.diagonalUp = diagonalBorder;
  const alignment = cell.alignment;
  return {
    fill,
    font: fontOf(cell.font),
    borders: Object.keys(borders).length > 0 ? borders : undefined,
    horizontalAlignment: alignment?.horizontal ? HORIZONTAL[alignment.horizontal] : undefined,
    verticalAlignment: alignment?.vertical ? VERTICAL[alignment.vertical] : undefined,
    wrapText: alignment?.wrapText || undefined,
  };
}

function contentOf(cell: ExcelJS.Cell): { value?: HostValue; formula?: string; hyperlink?: HostHyperlink } {
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      return {};
    case ExcelJS.ValueType.Formula: {
      const formula = cell.formula;
      return { formula: formula ? `=${formula}` : undefined, value: plainValue(cell.result) };
    }
    case ExcelJS.ValueType.Hyperlink: {
      const link = cell.value as ExcelJS.CellHyperlinkValue;
      return { value: plainValue(link.text), hyperlink: hyperlinkOf(link.hyperlink, link.tooltip) };
    }
    default:
      return { value: plainValue(cell.value) };
  }
}

/** Column widths are kept in characters in the file; Excel reports points (7 px a character + 5 px, 0.75 pt a px). */
function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function readSheet(workbook: HostWorkbook, ws: ExcelJS.Worksheet): HostSheet {
  const sheet = addSheet(workbook, ws.name);
  sheet.visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
  sheet.tabColor = colorOf(ws.properties?.tabColor) ?? '';
  const view = ws.views?.[0] as (Partial<ExcelJS.WorksheetViewFrozen> & Partial<ExcelJS.WorksheetViewCommon>) | undefined;
  if (view) {
    if (view.state === 'frozen') sheet.frozen = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
    if (view.showGridLines === false) sheet.showGridlines = false;
    if (view.activeCell) {
      try {
        sheet.selection = parseAddress(view.activeCell).box;
      } catch {
        // A selection Excel wrote but this parser does not know (several areas) keeps the default A1.
      }
    }
  }
  (ws.columns ?? []).forEach((column, i) => {
    if (column.width !== undefined) sheet.columnWidths.set(i, widthInPoints(column.width));
    if (column.hidden) sheet.hiddenColumns.add(i);
  });
  const merges = new Map<ExcelJS.Cell, Box>();
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) sheet.hiddenRows.add(r);
    if (row.height !== undefined && row.height !== null) sheet.rowHeights.set(r, row.height);
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged) {
        const master = cell.master;
        const box = merges.get(master) ?? { row: r, col: c, rows: 1, cols: 1 };
        merges.set(master, {
          row: box.row,
          col: box.col,
          rows: Math.max(box.rows, r - box.row + 1),
          cols: Math.max(box.cols, c - box.col + 1),
        });
      }
      const numFmt = cell.numFmt;
      const stored: HostCell = {
        ...contentOf(cell),
        numberFormat: numFmt && numFmt !== 'General' ? numFmt : undefined,
        format: formatOf(cell),
      };
      storeCell(sheet, r, c, normalizeCell(stored));
    });
  });
  sheet.merges = [...merges.values()].filter((box) => box.rows * box.cols > 1);
  return sheet;
}

/** The font most cells use stands for the workbook default, so cells record only how they differ. */
function settleDefaultFont(workbook: HostWorkbook): void {
  const counts = new Map<string, number>();
  const keyOf = (font: HostFont | undefined): string => JSON.stringify([font?.name ?? null, font?.size ?? null]);
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((cells) => cells?.forEach((cell) => {
      const font = cell?.format?.font;
      if (!font?.name) return; // cells without a font of their own do not vote
      const key = keyOf(font);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }));
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  const [name, size] = best ? (JSON.parse(best[0]) as [string | null, number | null]) : [null, null];
  if (name) workbook.defaultFont.name = name;
  if (size) workbook.defaultFont.size = size;
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((cells, r) => cells?.forEach((cell, c) => {
      const font = cell?.format?.font;
      if (!cell || !font) return;
      const trimmed: HostFont = {
        ...font,
        name: font.name === workbook.defaultFont.name ? undefined : font.name,
        size: font.size === workbook.defaultFont.size ? undefined : font.size,
      };
      storeCell(sheet, r, c, normalizeCell({ ...cell, format: { ...cell.format, font: trimmed } }));
    }));
  }
}

export async function loadXlsx(data: ArrayBuffer | Uint8Array, options: LoadXlsxOptions = {}): Promise<HostWorkbook> {
  const book = new ExcelJS.Workbook();
  // ExcelJS's typings say Buffer; its loader (JSZip) takes any ArrayBuffer or Uint8Array.
  try {
    await book.xlsx.load(data as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (error) {
    throw new Error(`${options.name ?? 'the file'} is not a readable .xlsx workbook: ${(error as Error).message}`);
  }
  const workbook = createWorkbook([], options.name);
  const sheets = book.worksheets.map((ws) => readSheet(workbook, ws));
  if (sheets.length === 0) throw new Error(`${options.name ?? 'the .xlsx file'} has no worksheets`);
  settleDefaultFont(workbook);
  const activeTab = (book.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const active = sheets[activeTab] ?? sheets[0];
  workbook.activeSheetId = active.visibility === 'Visible' ? active.id : (sheets.find((s) => s.visibility === 'Visible') ?? active).id;
  return workbook;
}
