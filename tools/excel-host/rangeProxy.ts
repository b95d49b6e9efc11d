/**
 * Range, RangeAreas and RangeCollection proxies.
 */
import {
  MAX_COLUMNS, MAX_ROWS, boxAddress, boxInsideGrid, boxesIntersect, isEntireColumns, isEntireRows, parseAddress,
  qualifiedAddress, type Box,
} from './a1';
import { usedBox, type CellArea } from './cellSets';
import { apiFormula, apiNumberFormat, apiValue, apiValueType, type ApiValue } from './cellValues';
import { cellProperties } from './cellProperties';
import { HostClientCollection, HostClientObject, HostClientResult, type Binding, type PropertyTable } from './clientObject';
import type { Execution, HostRequestContext } from './context';
import { displayText } from './displayText';
import { invalidArgument, itemNotFound } from './errors';
import { RangeFormat } from './formatProxy';
import type { HostHyperlink, HostSheet } from './model';
import {
  areaOf, clearArea, readGrid, readHidden, readHyperlink, writeContents, writeHidden, writeHyperlink, writeNumberFormats,
  type RangeTarget,
} from './rangeContent';
import { Worksheet } from './worksheetProxy';

export type { RangeTarget } from './rangeContent';

export function checkSheetAlive(sheet: HostSheet, exec: Execution, what: string): void {
  if (!exec.workbook.sheets.includes(sheet)) throw itemNotFound(`${what}: its worksheet '${sheet.name}' was deleted`);
}

/** An address on `sheet` (its own sheet name allowed, another sheet's refused). */
export function boxOnSheet(sheet: HostSheet, address: string, where: string): Box {
  let parsed;
  try {
    parsed = parseAddress(address);
  } catch (error) {
    throw invalidArgument(`${where}: ${(error as Error).message}`, where);
  }
  if (parsed.sheetName !== undefined && parsed.sheetName.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase()) {
    throw invalidArgument(`${where}: '${address}' is on another sheet than '${sheet.name}'`, where);
  }
  return parsed.box;
}

/** A Range argument given as a proxy or as an address (on defaultSheet unless it names a sheet). */
export function resolveRangeArgument(arg: unknown, exec: Execution, defaultSheet: HostSheet | undefined, where: string): RangeTarget {
  if (arg instanceof Range) return arg._target(exec, where);
  if (typeof arg !== 'string') throw invalidArgument(`${where} takes a Range or an address`, where);
  let parsed;
  try {
    parsed = parseAddress(arg);
  } catch (error) {
    throw invalidArgument(`${where}: ${(error as Error).message}`, where);
  }
  const sheet = parsed.sheetName === undefined ? defaultSheet : exec.workbook.sheets.find((s) => s.name.toLocaleUpperCase() === parsed.sheetName!.toLocaleUpperCase());
  if (!sheet) throw invalidArgument(`${where}: '${arg}' needs a sheet name ('Sheet1!A1') or names a sheet that does not exist`, where);
  return { sheet, box: parsed.box };
}

function gridBox(box: Box, where: string): Box {
  if (!boxInsideGrid(box)) throw invalidArgument(`${where}: the range would leave the worksheet grid`, where);
  return box;
}

function intersection(a: Box, b: Box): Box | null {
  if (!boxesIntersect(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return {
    row,
    col,
    rows: Math.min(a.row + a.rows, b.row + b.rows) - row,
    cols: Math.min(a.col + a.cols, b.col + b.cols) - col,
  };
}

function valuesOnlyFlag(valuesOnly: unknown): boolean {
  return valuesOnly === true;
}

const RANGE_PROPERTIES: PropertyTable<RangeTarget> = {
  address: { read: (t) => qualifiedAddress(t.sheet.name, t.box) },
  addressLocal: { read: (t) => qualifiedAddress(t.sheet.name, t.box) },
  rowIndex: { read: (t) => t.box.row },
  columnIndex: { read: (t) => t.box.col },
  rowCount: { read: (t) => t.box.rows },
  columnCount: { read: (t) => t.box.cols },
  cellCount: { read: (t) => t.box.rows * t.box.cols },
  isEntireRow: { read: (t) => isEntireRows(t.box) },
  isEntireColumn: { read: (t) => isEntireColumns(t.box) },
  values: {
    read: (t, exec) => readGrid(t, exec, 'Range.values', apiValue),
    write: (t, v, exec) => writeContents(exec, t, v, 'Range.values'),
  },
  formulas: {
    read: (t, exec) => readGrid(t, exec, 'Range.formulas', apiFormula),
    write: (t, v, exec) => writeContents(exec, t, v, 'Range.formulas'),
  },
  formulasLocal: {
    read: (t, exec) => readGrid(t, exec, 'Range.formulasLocal', apiFormula),
    write: (t, v, exec) => writeContents(exec, t, v, 'Range.formulasLocal'),
  },
  valueTypes: { read: (t, exec) => readGrid(t, exec, 'Range.valueTypes', apiValueType) },
  numberFormat: {
    read: (t, exec) => readGrid(t, exec, 'Range.numberFormat', apiNumberFormat),
    write: (t, v, exec) => writeNumberFormats(exec, t, v, 'Range.numberFormat'),
  },
  numberFormatLocal: {
    read: (t, exec) => readGrid(t, exec, 'Range.numberFormatLocal', apiNumberFormat),
    write: (t, v, exec) => writeNumberFormats(exec, t, v, 'Range.numberFormatLocal'),
  },
  text: { read: (t, exec) => readGrid(t, exec, 'Range.text', displayText) },
  hyperlink: {
    read: (t) => readHyperlink(t),
    write: (t, v, exec) => writeHyperlink(exec, t, v, 'Range.hyperlink'),
  },
  rowHidden: {
    read: (t) => readHidden(t.sheet.hiddenRows, t.box.row, t.box.rows),
    write: (t, v, exec) => writeHidden(exec, t.sheet.hiddenRows, t.box.row, t.box.rows, v, 'Range.rowHidden'),
  },
  columnHidden: {
    read: (t) => readHidden(t.sheet.hiddenColumns, t.box.col, t.box.cols),
    write: (t, v, exec) => writeHidden(exec, t.sheet.hiddenColumns, t.box.col, t.box.cols, v, 'Range.columnHidden'),
  },
};

/** Selects cells the way Range.select() and a click do: the sheet becomes active, events follow. */
export function selectBox(exec: Execution, sheet: HostSheet, box: Box, areas?: ReadonlyArray<Box>): void {
  const workbook = exec.workbook;
  const previous = { active: workbook.activeSheetId, selection: sheet.selection, areas: sheet.selectionAreas };
  exec.journal.record(() => {
    workbook.activeSheetId = previous.active;
    sheet.selection = previous.selection;
    sheet.selectionAreas = previous.areas;
  });
  if (workbook.activeSheetId !== sheet.id) exec.emit({ name: 'WorksheetActivated', worksheetId: sheet.id });
  workbook.activeSheetId = sheet.id;
  sheet.selection = box;
  if (areas && areas.length > 1) sheet.selectionAreas = [...areas];
  else delete sheet.selectionAreas;
  const address = (areas && areas.length > 1 ? areas : [box]).map(boxAddress).join(',');
  exec.emit({ name: 'WorksheetSelectionChanged', worksheetId: sheet.id, address });
  exec.emit({ name: 'WorkbookSelectionChanged', worksheetId: sheet.id, address });
}

export class Range extends HostClientObject<RangeTarget> {
  readonly _typeName = 'Range';
  protected readonly _properties = RANGE_PROPERTIES;
  protected override readonly _navigationNames = ['format', 'worksheet'];

  constructor(context: HostRequestContext, binding: Binding<RangeTarget>) {
    super(context, binding);
  }

  protected override _checkAlive(target: RangeTarget, exec: Execution): void {
    checkSheetAlive(target.sheet, exec, 'Range');
  }

  /** A range made from this one by a method, bound where the call sits in the queue. */
  private _derived(method: string, args: unknown[], box: (t: RangeTarget, exec: Execution) => Box | null, nullable = false): Range {
    return new Range(this.context, {
      kind: 'method',
      parent: this,
      method,
      args,
      nullable,
      resolve: (exec) => {
        const target = this._tryTarget(exec);
        if (target === null) {
          if (nullable) return null;
          throw itemNotFound(`Range.${method}: the range it was called on does not exist`);
        }
        const result = box(target, exec);
        return result === null ? null : { sheet: target.sheet, box: gridBox(result, `Range.${method}`) };
      },
    });
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get values(): ApiValue[][] {
    return this._get('values');
  }
  set values(value: unknown) {
    this._set('values', value);
  }
  get formulas(): ApiValue[][] {
    return this._get('formulas');
  }
  set formulas(value: unknown) {
    this._set('formulas', value);
  }
  get formulasLocal(): ApiValue[][] {
    return this._get('formulasLocal');
  }
  set formulasLocal(value: unknown) {
    this._set('formulasLocal', value);
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(value: unknown) {
    this._set('numberFormat', value);
  }
  get numberFormatLocal(): string[][] {
    return this._get('numberFormatLocal');
  }
  set numberFormatLocal(value: unknown) {
    this._set('numberFormatLocal', value);
  }
  get text(): string[][] {
    return this._get('text');
  }
  get hyperlink(): HostHyperlink | null {
    return this._get('hyperlink');
  }
  set hyperlink(value: HostHyperlink | null) {
    this._set('hyperlink', value);
  }
  get rowHidden(): boolean | null {
    return this._get('rowHidden');
  }
  set rowHidden(value: boolean | null) {
    this._set('rowHidden', value);
  }
  get columnHidden(): boolean | null {
    return this._get('columnHidden');
  }
  set columnHidden(value: boolean | null) {
    this._set('columnHidden', value);
  }

  get format(): RangeFormat {
    return this._child('format', () => new RangeFormat(this.context, (exec) => {
      const target = this._tryTarget(exec);
      return target === null ? null : areaOf(target);
    }));
  }

  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, {
      kind: 'navigation',
      resolve: (exec) => this._tryTarget(exec)?.sheet ?? null,
    }));
  }

  getCell(row: number, column: number): Range {
    return this._derived('getCell', [row, column], (t) => ({ row: t.box.row + row, col: t.box.col + column, rows: 1, cols: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derived('getOffsetRange', [rowOffset, columnOffset], (t) => ({ ...t.box, row: t.box.row + rowOffset, col: t.box.col + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derived('getResizedRange', [deltaRows, deltaColumns], (t) => ({ ...t.box, rows: t.box.rows + deltaRows, cols: t.box.cols + deltaColumns }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._derived('getAbsoluteResizedRange', [numRows, numColumns], (t) => ({ ...t.box, rows: numRows, cols: numColumns }));
  }

  getRow(row: number): Range {
    return this._derived('getRow', [row], (t) => ({ ...t.box, row: t.box.row + row, rows: 1 }));
  }

  getColumn(column: number): Range {
    return this._derived('getColumn', [column], (t) => ({ ...t.box, col: t.box.col + column, cols: 1 }));
  }

  getRowsAbove(count = 1): Range {
    return this._derived('getRowsAbove', [count], (t) => ({ ...t.box, row: t.box.row - count, rows: count }));
  }

  getRowsBelow(count = 1): Range {
    return this._derived('getRowsBelow', [count], (t) => ({ ...t.box, row: t.box.row + t.box.rows, rows: count }));
  }

  getColumnsBefore(count = 1): Range {
    return this._derived('getColumnsBefore', [count], (t) => ({ ...t.box, col: t.box.col - count, cols: count }));
  }

  getColumnsAfter(count = 1): Range {
    return this._derived('getColumnsAfter', [count], (t) => ({ ...t.box, col: t.box.col + t.box.cols, cols: count }));
  }

  getLastRow(): Range {
    return this._derived('getLastRow', [], (t) => ({ ...t.box, row: t.box.row + t.box.rows - 1, rows: 1 }));
  }

  getLastColumn(): Range {
    return this._derived('getLastColumn', [], (t) => ({ ...t.box, col: t.box.col + t.box.cols - 1, cols: 1 }));
  }

  getLastCell(): Range {
    return this._derived('getLastCell', [], (t) => ({ row: t.box.row + t.box.rows - 1, col: t.box.col + t.box.cols - 1, rows: 1, cols: 1 }));
  }

  getEntireRow(): Range {
    return this._derived('getEntireRow', [], (t) => ({ row: t.box.row, rows: t.box.rows, col: 0, cols: MAX_COLUMNS }));
  }

  getEntireColumn(): Range {
    return this._derived('getEntireColumn', [], (t) => ({ row: 0, rows: MAX_ROWS, col: t.box.col, cols: t.box.cols }));
  }

  /** Excel returns the top-left cell when nothing is used. */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._derived('getUsedRange', [valuesOnly], (t) => usedBox(t.sheet, valuesOnlyFlag(valuesOnly), t.box) ?? { ...t.box, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._derived('getUsedRangeOrNullObject', [valuesOnly], (t) => usedBox(t.sheet, valuesOnlyFlag(valuesOnly), t.box), true);
  }

  getIntersection(anotherRange: Range | string): Range {
    return this._derived('getIntersection', [anotherRange], (t, exec) => {
      const other = resolveRangeArgument(anotherRange, exec, t.sheet, 'Range.getIntersection');
      const box = other.sheet === t.sheet ? intersection(t.box, other.box) : null;
      if (!box) throw invalidArgument('Range.getIntersection: the ranges do not intersect');
      return box;
    });
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this._derived('getIntersectionOrNullObject', [anotherRange], (t, exec) => {
      const other = resolveRangeArgument(anotherRange, exec, t.sheet, 'Range.getIntersectionOrNullObject');
      return other.sheet === t.sheet ? intersection(t.box, other.box) : null;
    }, true);
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return this._derived('getBoundingRect', [anotherRange], (t, exec) => {
      const other = resolveRangeArgument(anotherRange, exec, t.sheet, 'Range.getBoundingRect');
      if (other.sheet !== t.sheet) throw invalidArgument('Range.getBoundingRect: the ranges are on different sheets');
      const row = Math.min(t.box.row, other.box.row);
      const col = Math.min(t.box.col, other.box.col);
      return {
        row,
        col,
        rows: Math.max(t.box.row + t.box.rows, other.box.row + other.box.rows) - row,
        cols: Math.max(t.box.col + t.box.cols, other.box.col + other.box.cols) - col,
      };
    });
  }

  /** The merged areas that overlap this range; a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.context, {
      kind: 'method',
      parent: this,
      method: 'getMergedAreasOrNullObject',
      args: [],
      nullable: true,
      resolve: (exec) => {
        const target = this._target(exec, 'getMergedAreasOrNullObject');
        const boxes = target.sheet.merges.filter((m) => boxesIntersect(m, target.box));
        return boxes.length === 0 ? null : { sheet: target.sheet, boxes };
      },
    });
  }

  /** ExcelApi 1.9: the asked-for properties of every cell, as a 2-D array (see cellProperties.ts). */
  getCellProperties(cellPropertiesLoadOptions: unknown): HostClientResult<Array<Array<Record<string, unknown>>>> {
    return this._callForResult('getCellProperties', [cellPropertiesLoadOptions], (t, exec) => cellProperties(t, cellPropertiesLoadOptions, exec));
  }

  merge(across = false): void {
    this._call('merge', [across], (t, exec) => {
      const rows: Box[] = across ? Array.from({ length: t.box.rows }, (_, i) => ({ ...t.box, row: t.box.row + i, rows: 1 })) : [t.box];
      const sheet = t.sheet;
      const before = sheet.merges;
      sheet.merges = [...before.filter((m) => !boxesIntersect(m, t.box)), ...rows.filter((b) => b.rows * b.cols > 1)];
      exec.journal.record(() => {
        sheet.merges = before;
      });
    });
  }

  unmerge(): void {
    this._call('unmerge', [], (t, exec) => {
      const sheet = t.sheet;
      const before = sheet.merges;
      sheet.merges = before.filter((m) => !boxesIntersect(m, t.box));
      exec.journal.record(() => {
        sheet.merges = before;
      });
    });
  }

  select(): void {
    this._call('select', [], (t, exec) => {
      if (t.sheet.visibility !== 'Visible') throw invalidArgument(`Range.select: sheet '${t.sheet.name}' is hidden`);
      selectBox(exec, t.sheet, t.box);
    });
  }

  clear(applyTo?: string): void {
    this._call('clear', [applyTo], (t, exec) => clearArea(exec, areaOf(t), applyTo, 'Range.clear'));
  }
}

// ---- RangeAreas ----

const AREAS_PROPERTIES: PropertyTable<CellArea> = {
  address: { read: (a) => a.boxes.map((b) => qualifiedAddress(a.sheet.name, b)).join(',') },
  addressLocal: { read: (a) => a.boxes.map((b) => qualifiedAddress(a.sheet.name, b)).join(',') },
  areaCount: { read: (a) => a.boxes.length },
  cellCount: { read: (a) => a.boxes.reduce((sum, b) => sum + b.rows * b.cols, 0) },
};

/** Several rectangles on one sheet (Worksheet.getRanges): formats and clears them in one statement. */
export class RangeAreas extends HostClientObject<CellArea> {
  readonly _typeName = 'RangeAreas';
  protected readonly _properties = AREAS_PROPERTIES;
  protected override readonly _navigationNames = ['format', 'areas', 'worksheet'];

  constructor(context: HostRequestContext, binding: Binding<CellArea>) {
    super(context, binding);
  }

  protected override _checkAlive(target: CellArea, exec: Execution): void {
    checkSheetAlive(target.sheet, exec, 'RangeAreas');
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }

  get format(): RangeFormat {
    return this._child('format', () => new RangeFormat(this.context, (exec) => this._tryTarget(exec)));
  }

  get areas(): RangeCollection {
    return this._child('areas', () => new RangeCollection(this.context, (exec) => this._tryTarget(exec)));
  }

  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, {
      kind: 'navigation',
      resolve: (exec) => this._tryTarget(exec)?.sheet ?? null,
    }));
  }

  clear(applyTo?: string): void {
    this._call('clear', [applyTo], (a, exec) => clearArea(exec, a, applyTo, 'RangeAreas.clear'));
  }

  /** Selects every area at once, as Excel does with Ctrl held; the first area holds the active cell. */
  select(): void {
    this._call('select', [], (a, exec) => {
      if (a.sheet.visibility !== 'Visible') throw invalidArgument(`RangeAreas.select: sheet '${a.sheet.name}' is hidden`);
      selectBox(exec, a.sheet, a.boxes[0], a.boxes);
    });
  }
}

export class RangeCollection extends HostClientCollection<CellArea, RangeTarget, Range> {
  readonly _typeName = 'RangeCollection';
  protected readonly _properties: PropertyTable<CellArea> = {};

  constructor(context: HostRequestContext, resolve: (exec: Execution) => CellArea | null) {
    super(context, { kind: 'navigation', resolve });
  }

  protected _enumerate(area: CellArea): RangeTarget[] {
    return area.boxes.map((box) => ({ sheet: area.sheet, box }));
  }

  protected _createItem(target: RangeTarget): Range {
    return new Range(this.context, { kind: 'fixed', target });
  }

  protected _itemPropertyNames(): string[] {
    return Object.keys(RANGE_PROPERTIES);
  }
}
