/**
 * Worksheet and WorksheetCollection proxies.
 */
import { MAX_COLUMNS, MAX_ROWS, parseAddressList, type Box } from './a1';
import { usedBox } from './cellSets';
import { ChartCollection } from './chartProxy';
import { HostClientCollection, HostClientObject, HostClientResult, type Binding, type PropertyTable } from './clientObject';
import { normalizeColor } from './colors';
import { CommentCollection } from './commentProxy';
import type { Execution, HostRequestContext } from './context';
import { HostError, HostErrorCode, invalidArgument, invalidOperation, itemNotFound } from './errors';
import { HostEventHandlers } from './eventHandlers';
import { newSheet, sheetById, sheetByName, type HostSheet, type HostWorkbook } from './model';
import { boxOnSheet, checkSheetAlive, Range, RangeAreas } from './rangeProxy';
import { AutoFilter, PageLayout, WorksheetFreezePanes } from './sheetLayoutProxy';

const VISIBILITIES = ['Visible', 'Hidden', 'VeryHidden'];

/**
 * Worksheet.getRanges fails ("The argument is invalid...") on long address lists; the limit is not
 * documented and failures are reported from about 8,200 characters (OfficeDev/office-js#5198), so the
 * host refuses anything over 8,192.
 */
export const GET_RANGES_MAX_ADDRESS_LENGTH = 8192;

/** Excel's rules for sheet names; the message names the rule broken. */
export function checkSheetName(workbook: HostWorkbook, name: unknown, renaming: HostSheet | undefined, where: string): string {
  if (typeof name !== 'string' || name.trim().length === 0) throw invalidArgument(`${where}: a sheet name cannot be blank`, where);
  if (name.length > 31) throw invalidArgument(`${where}: '${name}' is longer than 31 characters`, where);
  if (/[:\\/?*[\]]/.test(name)) throw invalidArgument(`${where}: '${name}' contains one of : \\ / ? * [ ]`, where);
  if (name.startsWith("'") || name.endsWith("'")) throw invalidArgument(`${where}: '${name}' begins or ends with an apostrophe`, where);
  if (name.toLocaleUpperCase() === 'HISTORY') throw invalidArgument(`${where}: 'History' is reserved by Excel`, where);
  const existing = sheetByName(workbook, name);
  if (existing && existing !== renaming) {
    throw new HostError(HostErrorCode.itemAlreadyExists, `${where}: a sheet named '${existing.name}' already exists`, where);
  }
  return name;
}

function visibleSheets(workbook: HostWorkbook): HostSheet[] {
  return workbook.sheets.filter((s) => s.visibility === 'Visible');
}

/** Makes another visible sheet active when `leaving` stops being available. */
function activateNeighbour(exec: Execution, leaving: HostSheet): void {
  const workbook = exec.workbook;
  if (workbook.activeSheetId !== leaving.id) return;
  const index = workbook.sheets.indexOf(leaving);
  const candidates = workbook.sheets.filter((s) => s !== leaving && s.visibility === 'Visible');
  const next = candidates.find((s) => workbook.sheets.indexOf(s) > index) ?? candidates[candidates.length - 1];
  if (!next) return;
  workbook.activeSheetId = next.id;
  exec.emit({ name: 'WorksheetActivated', worksheetId: next.id });
}

function keepWorkbookState(exec: Execution): void {
  const workbook = exec.workbook;
  const before = { sheets: workbook.sheets.slice(), active: workbook.activeSheetId, comments: workbook.comments.slice() };
  exec.journal.record(() => {
    workbook.sheets = before.sheets;
    workbook.activeSheetId = before.active;
    workbook.comments = before.comments;
  });
}

function setSheetField<K extends 'name' | 'visibility' | 'tabColor' | 'showGridlines'>(exec: Execution, sheet: HostSheet, key: K, value: HostSheet[K]): void {
  const before = sheet[key];
  sheet[key] = value;
  exec.journal.record(() => {
    sheet[key] = before;
  });
}

const WORKSHEET_PROPERTIES: PropertyTable<HostSheet> = {
  id: { read: (s) => s.id },
  name: {
    read: (s) => s.name,
    write: (s, v, exec) => setSheetField(exec, s, 'name', checkSheetName(exec.workbook, v, s, 'Worksheet.name')),
  },
  position: {
    read: (s, exec) => exec.workbook.sheets.indexOf(s),
    write: (s, v, exec) => {
      const sheets = exec.workbook.sheets;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= sheets.length) {
        throw invalidArgument(`Worksheet.position must be 0..${sheets.length - 1}`, 'Worksheet.position');
      }
      keepWorkbookState(exec);
      const rest = sheets.filter((x) => x !== s);
      rest.splice(v, 0, s);
      exec.workbook.sheets = rest;
    },
  },
  visibility: {
    read: (s) => s.visibility,
    write: (s, v, exec) => {
      if (typeof v !== 'string' || !VISIBILITIES.includes(v)) throw invalidArgument(`Worksheet.visibility takes ${VISIBILITIES.join(', ')}`);
      if (v !== 'Visible' && s.visibility === 'Visible' && visibleSheets(exec.workbook).length === 1) {
        throw invalidOperation('Worksheet.visibility: a workbook must keep at least one visible sheet');
      }
      keepWorkbookState(exec);
      if (v !== 'Visible') activateNeighbour(exec, s);
      setSheetField(exec, s, 'visibility', v);
    },
  },
  tabColor: {
    read: (s) => s.tabColor,
    write: (s, v, exec) => setSheetField(exec, s, 'tabColor', v === '' ? '' : normalizeColor(v, 'Worksheet.tabColor')),
  },
  showGridlines: {
    read: (s) => s.showGridlines,
    write: (s, v, exec) => {
      if (typeof v !== 'boolean') throw invalidArgument('Worksheet.showGridlines takes true or false');
      setSheetField(exec, s, 'showGridlines', v);
    },
  },
  standardWidth: { read: (s) => s.standardWidth },
  standardHeight: { read: (s) => s.defaultRowHeight },
};

function wholeSheet(): Box {
  return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
}

export class Worksheet extends HostClientObject<HostSheet> {
  readonly _typeName = 'Worksheet';
  protected readonly _properties = WORKSHEET_PROPERTIES;
  protected override readonly _navigationNames = ['charts', 'freezePanes', 'pageLayout', 'comments', 'autoFilter'];

  constructor(context: HostRequestContext, binding: Binding<HostSheet>) {
    super(context, binding);
  }

  protected override _checkAlive(sheet: HostSheet, exec: Execution): void {
    checkSheetAlive(sheet, exec, 'Worksheet');
  }

  private _range(method: string, args: unknown[], box: (sheet: HostSheet, exec: Execution) => Box | null, nullable = false): Range {
    return new Range(this.context, {
      kind: 'method',
      parent: this,
      method,
      args,
      nullable,
      resolve: (exec) => {
        const sheet = this._tryTarget(exec);
        if (sheet === null) {
          if (nullable) return null;
          throw itemNotFound(`Worksheet.${method}: the worksheet does not exist`);
        }
        const result = box(sheet, exec);
        return result === null ? null : { sheet, box: result };
      },
    });
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value);
  }
  get position(): number {
    return this._get('position');
  }
  set position(value: number) {
    this._set('position', value);
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(value: string) {
    this._set('visibility', value);
  }
  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(value: string) {
    this._set('tabColor', value);
  }
  get showGridlines(): boolean {
    return this._get('showGridlines');
  }
  set showGridlines(value: boolean) {
    this._set('showGridlines', value);
  }
  get standardWidth(): number {
    return this._get('standardWidth');
  }
  get standardHeight(): number {
    return this._get('standardHeight');
  }

  get charts(): ChartCollection {
    return this._child('charts', () => new ChartCollection(this.context, (exec) => this._tryTarget(exec)));
  }
  get autoFilter(): AutoFilter {
    return this._child('autoFilter', () => new AutoFilter(this.context, (exec) => this._tryTarget(exec)));
  }

  get freezePanes(): WorksheetFreezePanes {
    return this._child('freezePanes', () => new WorksheetFreezePanes(this.context, (exec) => this._tryTarget(exec)));
  }
  get pageLayout(): PageLayout {
    return this._child('pageLayout', () => new PageLayout(this.context, (exec) => this._tryTarget(exec)));
  }
  get comments(): CommentCollection {
    return this._child('comments', () => new CommentCollection(this.context, (exec) => {
      const sheet = this._tryTarget(exec);
      return sheet === null ? null : { sheet };
    }));
  }

  /** The whole sheet when no address is given. */
  getRange(address?: string): Range {
    return this._range('getRange', [address], (sheet) => (address === undefined ? wholeSheet() : boxOnSheet(sheet, address, 'Worksheet.getRange')));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const box = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      const valid = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1 &&
        startRow + rowCount <= MAX_ROWS && startColumn + columnCount <= MAX_COLUMNS;
      if (!valid) throw invalidArgument(`Worksheet.getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet`);
      return box;
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel returns A1 on a blank sheet. */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._range('getUsedRange', [valuesOnly], (sheet) => usedBox(sheet, valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._range('getUsedRangeOrNullObject', [valuesOnly], (sheet) => usedBox(sheet, valuesOnly === true), true);
  }

  /** Areas separated by commas, e.g. 'B2, B7:B9, D4'. */
  getRanges(address?: string): RangeAreas {
    return new RangeAreas(this.context, {
      kind: 'method',
      parent: this,
      method: 'getRanges',
      args: [address],
      nullable: false,
      resolve: (exec) => {
        const sheet = this._target(exec, 'getRanges');
        if (address === undefined) return { sheet, boxes: [sheet.selection] };
        if (address.length > GET_RANGES_MAX_ADDRESS_LENGTH) {
          throw invalidArgument(
            `Worksheet.getRanges: the address list is ${address.length} characters; Excel refuses lists longer than about ${GET_RANGES_MAX_ADDRESS_LENGTH}`,
          );
        }
        let areas;
        try {
          areas = parseAddressList(address);
        } catch (error) {
          throw invalidArgument(`Worksheet.getRanges: ${(error as Error).message}`);
        }
        const boxes = areas.map((area) => {
          if (area.sheetName !== undefined && area.sheetName.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase()) {
            throw invalidArgument(`Worksheet.getRanges: '${address}' names another sheet than '${sheet.name}'`);
          }
          return area.box;
        });
        return { sheet, boxes };
      },
    });
  }

  activate(): void {
    this._call('activate', [], (sheet, exec) => {
      if (sheet.visibility !== 'Visible') throw invalidOperation(`Worksheet.activate: sheet '${sheet.name}' is hidden`);
      if (exec.workbook.activeSheetId === sheet.id) return;
      keepWorkbookState(exec);
      exec.workbook.activeSheetId = sheet.id;
      exec.emit({ name: 'WorksheetActivated', worksheetId: sheet.id });
    });
  }

  delete(): void {
    this._call('delete', [], (sheet, exec) => {
      const workbook = exec.workbook;
      // Documented on Worksheet.delete: a very hidden sheet must be made hidden or visible first.
      if (sheet.visibility === 'VeryHidden') {
        throw invalidOperation(`Worksheet.delete: '${sheet.name}' is very hidden; set its visibility to Hidden or Visible first`);
      }
      if (sheet.visibility === 'Visible' && visibleSheets(workbook).length === 1) {
        throw invalidOperation(`Worksheet.delete: '${sheet.name}' is the only visible sheet`);
      }
      keepWorkbookState(exec);
      activateNeighbour(exec, sheet);
      workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
      workbook.comments = workbook.comments.filter((c) => c.sheetId !== sheet.id);
    });
  }
}

export class WorksheetCollection extends HostClientCollection<HostWorkbook, HostSheet, Worksheet> {
  readonly _typeName = 'WorksheetCollection';
  protected readonly _properties: PropertyTable<HostWorkbook> = {};

  constructor(context: HostRequestContext, resolve: (exec: Execution) => HostWorkbook | null) {
    super(context, { kind: 'navigation', resolve });
  }

  protected _enumerate(workbook: HostWorkbook): HostSheet[] {
    return workbook.sheets.slice();
  }

  protected _createItem(sheet: HostSheet): Worksheet {
    return new Worksheet(this.context, { kind: 'fixed', target: sheet });
  }

  protected _itemPropertyNames(): string[] {
    return Object.keys(WORKSHEET_PROPERTIES);
  }

  private _sheet(method: string, args: unknown[], find: (workbook: HostWorkbook, exec: Execution) => HostSheet | null, nullable = false): Worksheet {
    return new Worksheet(this.context, {
      kind: 'method',
      parent: this,
      method,
      args,
      nullable,
      resolve: (exec) => find(this._target(exec, method), exec),
    });
  }

  get onActivated(): HostEventHandlers {
    return new HostEventHandlers(this.context, 'WorksheetActivated');
  }
  get onSelectionChanged(): HostEventHandlers {
    return new HostEventHandlers(this.context, 'WorksheetSelectionChanged');
  }
  get onChanged(): HostEventHandlers {
    return new HostEventHandlers(this.context, 'WorksheetChanged');
  }

  getActiveWorksheet(): Worksheet {
    return this._sheet('getActiveWorksheet', [], (workbook) => sheetById(workbook, workbook.activeSheetId) ?? workbook.sheets[0]);
  }

  /** By name (any case) or id. */
  getItem(key: string): Worksheet {
    return this._sheet('getItem', [key], (workbook) => {
      const sheet = sheetByName(workbook, key) ?? sheetById(workbook, key);
      if (!sheet) throw itemNotFound(`There is no worksheet named '${key}'`, 'WorksheetCollection.getItem');
      return sheet;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return this._sheet('getItemOrNullObject', [key], (workbook) => sheetByName(workbook, key) ?? sheetById(workbook, key) ?? null, true);
  }

  getFirst(visibleOnly = false): Worksheet {
    return this._sheet('getFirst', [visibleOnly], (workbook) => (visibleOnly ? visibleSheets(workbook) : workbook.sheets)[0]);
  }

  getLast(visibleOnly = false): Worksheet {
    return this._sheet('getLast', [visibleOnly], (workbook) => {
      const list = visibleOnly ? visibleSheets(workbook) : workbook.sheets;
      return list[list.length - 1];
    });
  }

  override getCount(visibleOnly = false): HostClientResult<number> {
    return this._callForResult('getCount', [visibleOnly], (workbook) => (visibleOnly ? visibleSheets(workbook) : workbook.sheets).length);
  }

  /** Appends a sheet at the end, named 'SheetN' when no name is given; it does not become active. */
  add(name?: string): Worksheet {
    return this._sheet('add', [name], (workbook, exec) => {
      let chosen = name;
      if (chosen === undefined) {
        let n = workbook.sheets.length + 1;
        while (sheetByName(workbook, `Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      const sheet = newSheet(workbook, checkSheetName(workbook, chosen, undefined, 'WorksheetCollection.add'));
      keepWorkbookState(exec);
      workbook.sheets = [...workbook.sheets, sheet];
      return sheet;
    });
  }
}
