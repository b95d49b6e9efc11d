/**
 * Range.format and RangeAreas.format: fill, font, borders, alignment, column widths and row heights.
 * Reads report the value all cells share, or null when they differ, as Excel does. Writing a value equal
 * to Excel's default stores nothing, so a cell whose mark was undone equals one never marked.
 */
import type { Box } from './a1';
import { rewriteCells, uniformRead, type CellArea } from './cellSets';
import { HostClientObject, type PropertyTable } from './clientObject';
import { normalizeColor } from './colors';
import type { Execution, HostRequestContext } from './context';
import { displayText } from './displayText';
import { invalidArgument } from './errors';
import type { BorderSide, HostBorder, HostCell, HostCellFormat, HostFont, HostSheet } from './model';

type Resolve = (exec: Execution) => CellArea | null;

function withFormat(cell: HostCell | undefined, change: (format: HostCellFormat) => HostCellFormat): HostCell {
  return { ...cell, format: change(cell?.format ?? {}) };
}

function writeEach(exec: Execution, area: CellArea, where: string, change: (format: HostCellFormat) => HostCellFormat): void {
  rewriteCells(exec.journal, area, true, where, (cell) => withFormat(cell, change));
}

function oneOf(value: unknown, allowed: readonly string[], where: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalidArgument(`${where}: '${String(value)}' is not one of ${allowed.join(', ')}`, where);
  }
  return value;
}

function bool(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw invalidArgument(`${where} takes true or false, not ${JSON.stringify(value)}`, where);
  return value;
}

function positiveNumber(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalidArgument(`${where} takes a number of points >= 0`, where);
  return value;
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const;
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'] as const;
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;

// ---- column widths and row heights ----

function columnsOf(area: CellArea): number[] {
  const seen = new Set<number>();
  for (const box of area.boxes) for (let c = box.col; c < box.col + box.cols; c++) seen.add(c);
  return [...seen];
}

function rowsOf(area: CellArea): number[] {
  const seen = new Set<number>();
  for (const box of area.boxes) for (let r = box.row; r < box.row + box.rows; r++) seen.add(r);
  return [...seen];
}

function uniformOf(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

function setSizes(exec: Execution, sizes: Map<number, number>, indexes: number[], size: number | undefined): void {
  const before = new Map(sizes);
  for (const i of indexes) {
    if (size === undefined) sizes.delete(i);
    else sizes.set(i, size);
  }
  exec.journal.record(() => {
    sizes.clear();
    for (const [k, v] of before) sizes.set(k, v);
  });
}

/** Width of text in points, roughly: 7 px per Latin character, 14 per CJK character, 10 px padding. */
function textWidthPoints(text: string): number {
  let px = 10;
  for (const ch of text) px += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 14 : 7;
  return px * 0.75;
}

function autofitColumns(exec: Execution, area: CellArea): void {
  const sheet: HostSheet = area.sheet;
  const widest = new Map<number, number>();
  for (const box of area.boxes) {
    const lastRow = Math.min(box.row + box.rows, sheet.rows.length);
    for (let r = box.row; r < lastRow; r++) {
      const cells = sheet.rows[r];
      if (!cells) continue;
      for (let c = box.col; c < Math.min(box.col + box.cols, cells.length); c++) {
        const cell = cells[c];
        if (!cell) continue;
        widest.set(c, Math.max(widest.get(c) ?? 0, textWidthPoints(displayText(cell))));
      }
    }
  }
  const before = new Map(sheet.columnWidths);
  for (const [c, width] of widest) sheet.columnWidths.set(c, Math.max(width, sheet.standardWidth));
  exec.journal.record(() => {
    sheet.columnWidths.clear();
    for (const [k, v] of before) sheet.columnWidths.set(k, v);
  });
}

const FORMAT_PROPERTIES: PropertyTable<CellArea> = {
  columnWidth: {
    read: (a) => uniformOf(columnsOf(a).map((c) => a.sheet.columnWidths.get(c) ?? a.sheet.standardWidth)),
    write: (a, v, exec) => setSizes(exec, a.sheet.columnWidths, columnsOf(a), positiveNumber(v, 'RangeFormat.columnWidth')),
  },
  rowHeight: {
    read: (a) => uniformOf(rowsOf(a).map((r) => a.sheet.rowHeights.get(r) ?? a.sheet.defaultRowHeight)),
    write: (a, v, exec) => setSizes(exec, a.sheet.rowHeights, rowsOf(a), positiveNumber(v, 'RangeFormat.rowHeight')),
  },
  wrapText: {
    read: (a) => uniformRead(a, (c) => c?.format?.wrapText ?? false),
    write: (a, v, exec) => {
      const wrap = bool(v, 'RangeFormat.wrapText');
      writeEach(exec, a, 'RangeFormat.wrapText', (f) => ({ ...f, wrapText: wrap ? true : undefined }));
    },
  },
  horizontalAlignment: {
    read: (a) => uniformRead(a, (c) => c?.format?.horizontalAlignment ?? 'General'),
    write: (a, v, exec) => {
      const value = oneOf(v, HORIZONTAL, 'RangeFormat.horizontalAlignment');
      writeEach(exec, a, 'RangeFormat.horizontalAlignment', (f) => ({ ...f, horizontalAlignment: value === 'General' ? undefined : value }));
    },
  },
  verticalAlignment: {
    read: (a) => uniformRead(a, (c) => c?.format?.verticalAlignment ?? 'Bottom'),
    write: (a, v, exec) => {
      const value = oneOf(v, VERTICAL, 'RangeFormat.verticalAlignment');
      writeEach(exec, a, 'RangeFormat.verticalAlignment', (f) => ({ ...f, verticalAlignment: value === 'Bottom' ? undefined : value }));
    },
  },
};

export class RangeFormat extends HostClientObject<CellArea> {
  readonly _typeName = 'RangeFormat';
  protected readonly _properties = FORMAT_PROPERTIES;
  protected override readonly _navigationNames = ['fill', 'font', 'borders'];

  constructor(context: HostRequestContext, resolve: Resolve) {
    super(context, { kind: 'navigation', resolve });
  }

  private _resolveSelf: Resolve = (exec) => this._tryTarget(exec);

  get fill(): RangeFill {
    return this._child('fill', () => new RangeFill(this.context, this._resolveSelf));
  }
  get font(): RangeFont {
    return this._child('font', () => new RangeFont(this.context, this._resolveSelf));
  }
  get borders(): RangeBorderCollection {
    return this._child('borders', () => new RangeBorderCollection(this.context, this._resolveSelf));
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(value: number) {
    this._set('columnWidth', value);
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(value: number) {
    this._set('rowHeight', value);
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(value: boolean) {
    this._set('wrapText', value);
  }
  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this._set('horizontalAlignment', value);
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this._set('verticalAlignment', value);
  }

  autofitColumns(): void {
    this._call('autofitColumns', [], (area, exec) => autofitColumns(exec, area));
  }

  autofitRows(): void {
    this._call('autofitRows', [], (area, exec) => setSizes(exec, area.sheet.rowHeights, rowsOf(area), undefined));
  }
}

// ---- fill ----

/** Excel reports an unfilled cell as white; pattern tells 'None' from a white fill. */
export const NO_FILL_COLOR = '#FFFFFF';

const FILL_PROPERTIES: PropertyTable<CellArea> = {
  color: {
    read: (a) => uniformRead(a, (c) => c?.format?.fill ?? NO_FILL_COLOR),
    write: (a, v, exec) => {
      const color = normalizeColor(v, 'RangeFill.color');
      writeEach(exec, a, 'RangeFill.color', (f) => ({ ...f, fill: color }));
    },
  },
  pattern: {
    read: (a) => uniformRead(a, (c) => (c?.format?.fill ? 'Solid' : 'None')),
    write: (a, v, exec) => {
      const pattern = oneOf(v, ['None', 'Solid'], 'RangeFill.pattern');
      writeEach(exec, a, 'RangeFill.pattern', (f) => ({ ...f, fill: pattern === 'None' ? undefined : (f.fill ?? NO_FILL_COLOR) }));
    },
  },
};

export class RangeFill extends HostClientObject<CellArea> {
  readonly _typeName = 'RangeFill';
  protected readonly _properties = FILL_PROPERTIES;

  constructor(context: HostRequestContext, resolve: Resolve) {
    super(context, { kind: 'navigation', resolve });
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value);
  }
  get pattern(): string {
    return this._get('pattern');
  }
  set pattern(value: string) {
    this._set('pattern', value);
  }

  clear(): void {
    this._call('clear', [], (area, exec) =>
      rewriteCells(exec.journal, area, false, 'RangeFill.clear', (cell) => (cell?.format?.fill ? withFormat(cell, (f) => ({ ...f, fill: undefined })) : cell)),
    );
  }
}

// ---- font ----

type FontKey = keyof HostFont;

export function fontDefault(key: FontKey, exec: Execution): unknown {
  switch (key) {
    case 'name':
      return exec.workbook.defaultFont.name;
    case 'size':
      return exec.workbook.defaultFont.size;
    case 'color':
      return '#000000';
    case 'underline':
      return 'None';
    default:
      return false;
  }
}

function fontProperty(key: FontKey, check: (value: unknown, where: string) => unknown) {
  const where = `RangeFont.${key}`;
  return {
    read: (a: CellArea, exec: Execution) => uniformRead(a, (c) => c?.format?.font?.[key] ?? fontDefault(key, exec)),
    write: (a: CellArea, v: unknown, exec: Execution) => {
      const value = check(v, where);
      const stored = value === fontDefault(key, exec) ? undefined : value;
      writeEach(exec, a, where, (f) => ({ ...f, font: { ...f.font, [key]: stored } }));
    },
  };
}

const FONT_PROPERTIES: PropertyTable<CellArea> = {
  name: fontProperty('name', (v, w) => {
    if (typeof v !== 'string' || v.length === 0) throw invalidArgument(`${w} takes a font name`, w);
    return v;
  }),
  size: fontProperty('size', (v, w) => {
    if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw invalidArgument(`${w} takes a size from 1 to 409 points`, w);
    return v;
  }),
  color: fontProperty('color', (v, w) => normalizeColor(v, w)),
  bold: fontProperty('bold', bool),
  italic: fontProperty('italic', bool),
  strikethrough: fontProperty('strikethrough', bool),
  underline: fontProperty('underline', (v, w) => oneOf(v, UNDERLINE, w)),
};

export class RangeFont extends HostClientObject<CellArea> {
  readonly _typeName = 'RangeFont';
  protected readonly _properties = FONT_PROPERTIES;

  constructor(context: HostRequestContext, resolve: Resolve) {
    super(context, { kind: 'navigation', resolve });
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value);
  }
  get size(): number {
    return this._get('size');
  }
  set size(value: number) {
    this._set('size', value);
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value);
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this._set('bold', value);
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this._set('italic', value);
  }
  get strikethrough(): boolean {
    return this._get('strikethrough');
  }
  set strikethrough(value: boolean) {
    this._set('strikethrough', value);
  }
  get underline(): string {
    return this._get('underline');
  }
  set underline(value: string) {
    this._set('underline', value);
  }
}

// ---- borders ----

export const BORDER_INDEXES = [
  'EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp',
] as const;

interface BorderTarget {
  readonly area: CellArea;
  readonly index: (typeof BORDER_INDEXES)[number];
}

/** The cells and the side of each that one Excel.BorderIndex stands for. */
function borderCells(target: BorderTarget): { area: CellArea; side: BorderSide } {
  const pick = (fn: (box: Box) => Box | null): Box[] => target.area.boxes.map(fn).filter((b): b is Box => b !== null);
  const { area } = target;
  const on = (boxes: Box[], side: BorderSide) => ({ area: { sheet: area.sheet, boxes }, side });
  switch (target.index) {
    case 'EdgeTop':
      return on(pick((b) => ({ ...b, rows: 1 })), 'top');
    case 'EdgeBottom':
      return on(pick((b) => ({ ...b, row: b.row + b.rows - 1, rows: 1 })), 'bottom');
    case 'EdgeLeft':
      return on(pick((b) => ({ ...b, cols: 1 })), 'left');
    case 'EdgeRight':
      return on(pick((b) => ({ ...b, col: b.col + b.cols - 1, cols: 1 })), 'right');
    case 'InsideHorizontal':
      return on(pick((b) => (b.rows > 1 ? { ...b, rows: b.rows - 1 } : null)), 'bottom');
    case 'InsideVertical':
      return on(pick((b) => (b.cols > 1 ? { ...b, cols: b.cols - 1 } : null)), 'right');
    case 'DiagonalDown':
      return on([...area.boxes], 'diagonalDown');
    case 'DiagonalUp':
      return on([...area.boxes], 'diagonalUp');
  }
}

const NO_BORDER: HostBorder = { style: 'None', color: '#000000', weight: 'Thin' };

function borderOf(cell: HostCell | undefined, side: BorderSide): HostBorder {
  return cell?.format?.borders?.[side] ?? NO_BORDER;
}

function borderProperty(key: keyof HostBorder, check: (value: unknown, where: string) => string) {
  const where = `RangeBorder.${key}`;
  return {
    read: (t: BorderTarget) => {
      const { area, side } = borderCells(t);
      return uniformRead(area, (c) => borderOf(c, side)[key]);
    },
    write: (t: BorderTarget, v: unknown, exec: Execution) => {
      const value = check(v, where);
      const { area, side } = borderCells(t);
      writeEach(exec, area, where, (f) => {
        const current = f.borders?.[side];
        const next: HostBorder | undefined =
          key === 'style' && value === 'None'
            ? undefined
            : { style: current?.style ?? 'Continuous', color: current?.color ?? '#000000', weight: current?.weight ?? 'Thin', [key]: value };
        return { ...f, borders: { ...f.borders, [side]: next } };
      });
    },
  };
}

const BORDER_PROPERTIES: PropertyTable<BorderTarget> = {
  sideIndex: { read: (t) => t.index },
  style: borderProperty('style', (v, w) => oneOf(v, BORDER_STYLES, w)),
  color: borderProperty('color', (v, w) => normalizeColor(v, w)),
  weight: borderProperty('weight', (v, w) => oneOf(v, BORDER_WEIGHTS, w)),
};

export class RangeBorder extends HostClientObject<BorderTarget> {
  readonly _typeName = 'RangeBorder';
  protected readonly _properties = BORDER_PROPERTIES;

  constructor(context: HostRequestContext, resolve: (exec: Execution) => BorderTarget | null) {
    super(context, { kind: 'navigation', resolve });
  }

  get sideIndex(): string {
    return this._get('sideIndex');
  }
  get style(): string {
    return this._get('style');
  }
  set style(value: string) {
    this._set('style', value);
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value);
  }
  get weight(): string {
    return this._get('weight');
  }
  set weight(value: string) {
    this._set('weight', value);
  }
}

export class RangeBorderCollection extends HostClientObject<CellArea> {
  readonly _typeName = 'RangeBorderCollection';
  protected readonly _properties: PropertyTable<CellArea> = {};
  private readonly _borders = new Map<string, RangeBorder>();

  constructor(context: HostRequestContext, resolve: Resolve) {
    super(context, { kind: 'navigation', resolve });
  }

  getItem(index: string): RangeBorder {
    const side = oneOf(index, BORDER_INDEXES, 'RangeBorderCollection.getItem') as BorderTarget['index'];
    let border = this._borders.get(side);
    if (!border) {
      border = new RangeBorder(this.context, (exec) => {
        const area = this._tryTarget(exec);
        return area === null ? null : { area, index: side };
      });
      this._borders.set(side, border);
    }
    return border;
  }
}
