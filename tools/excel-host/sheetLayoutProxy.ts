/**
 * Worksheet.pageLayout and Worksheet.freezePanes: recorded on the sheet so tests can check how a report
 * prints (A4, landscape, title rows) and which rows stay in view.
 */
import { MAX_COLUMNS, MAX_ROWS, boxAddress, qualifiedAddress } from './a1';
import { HostClientObject, type PropertySpec, type PropertyTable } from './clientObject';
import type { Execution, HostRequestContext } from './context';
import { invalidArgument } from './errors';
import type { HostSheet } from './model';
import { Range, resolveRangeArgument } from './rangeProxy';

type Resolve = (exec: Execution) => HostSheet | null;

const PAPER_TYPES = [
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5',
  'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12',
  'Envelope14', 'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6',
  'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal',
  'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman',
];

type Check = (value: unknown) => boolean;

const isBool: Check = (v) => typeof v === 'boolean';
const isMargin: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const among = (list: readonly string[]): Check => (v) => typeof v === 'string' && list.includes(v);
const isZoom: Check = (v) =>
  typeof v === 'object' && v !== null &&
  Object.entries(v).every(([k, n]) => ['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k) && (n === undefined || typeof n === 'number'));

/** Property, default (a new sheet in Excel, en-US), and what may be written. */
const PAGE_LAYOUT_FIELDS: Record<string, [unknown, Check]> = {
  orientation: ['Portrait', among(['Portrait', 'Landscape'])],
  paperSize: ['Letter', among(PAPER_TYPES)],
  printGridlines: [false, isBool],
  printHeadings: [false, isBool],
  blackAndWhite: [false, isBool],
  draftMode: [false, isBool],
  centerHorizontally: [false, isBool],
  centerVertically: [false, isBool],
  alignMarginsHeaderFooter: [true, isBool],
  printComments: ['NoComments', among(['NoComments', 'EndSheet', 'InPlace'])],
  printErrors: ['AsDisplayed', among(['AsDisplayed', 'Blank', 'Dash', 'NotAvailable'])],
  printOrder: ['DownThenOver', among(['DownThenOver', 'OverThenDown'])],
  firstPageNumber: ['', (v) => v === '' || (typeof v === 'number' && Number.isInteger(v))],
  leftMargin: [50.4, isMargin],
  rightMargin: [50.4, isMargin],
  topMargin: [54, isMargin],
  bottomMargin: [54, isMargin],
  headerMargin: [21.6, isMargin],
  footerMargin: [21.6, isMargin],
  zoom: [{ scale: 100 }, isZoom],
};

function pageLayoutSpec(name: string, [fallback, check]: [unknown, Check]): PropertySpec<HostSheet> {
  const where = `PageLayout.${name}`;
  return {
    read: (sheet) => {
      const value = sheet.pageLayout[name] ?? fallback;
      return typeof value === 'object' && value !== null ? { ...value } : value;
    },
    write: (sheet, value, exec) => {
      if (!check(value)) throw invalidArgument(`${where}: ${JSON.stringify(value)} is not allowed`, where);
      const before = sheet.pageLayout;
      sheet.pageLayout = { ...before, [name]: typeof value === 'object' && value !== null ? { ...value } : value };
      exec.journal.record(() => {
        sheet.pageLayout = before;
      });
    },
  };
}

const PAGE_LAYOUT_PROPERTIES: PropertyTable<HostSheet> = Object.fromEntries(
  Object.entries(PAGE_LAYOUT_FIELDS).map(([name, field]) => [name, pageLayoutSpec(name, field)]),
);

function recordLayout(exec: Execution, sheet: HostSheet, key: string, value: unknown): void {
  const before = sheet.pageLayout;
  sheet.pageLayout = { ...before, [key]: value };
  exec.journal.record(() => {
    sheet.pageLayout = before;
  });
}

export class PageLayout extends HostClientObject<HostSheet> {
  readonly _typeName = 'PageLayout';
  protected readonly _properties = PAGE_LAYOUT_PROPERTIES;

  constructor(context: HostRequestContext, resolve: Resolve) {
    super(context, { kind: 'navigation', resolve });
  }

  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(value: string) {
    this._set('orientation', value);
  }
  get paperSize(): string {
    return this._get('paperSize');
  }
  set paperSize(value: string) {
    this._set('paperSize', value);
  }
  get printGridlines(): boolean {
    return this._get('printGridlines');
  }
  set printGridlines(value: boolean) {
    this._set('printGridlines', value);
  }
  get printHeadings(): boolean {
    return this._get('printHeadings');
  }
  set printHeadings(value: boolean) {
    this._set('printHeadings', value);
  }
  get blackAndWhite(): boolean {
    return this._get('blackAndWhite');
  }
  set blackAndWhite(value: boolean) {
    this._set('blackAndWhite', value);
  }
  get draftMode(): boolean {
    return this._get('draftMode');
  }
  set draftMode(value: boolean) {
    this._set('draftMode', value);
  }
  get centerHorizontally(): boolean {
    return this._get('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    this._set('centerHorizontally', value);
  }
  get centerVertically(): boolean {
    return this._get('centerVertically');
  }
  set centerVertically(value: boolean) {
    this._set('centerVertically', value);
  }
  get alignMarginsHeaderFooter(): boolean {
    return this._get('alignMarginsHeaderFooter');
  }
  set alignMarginsHeaderFooter(value: boolean) {
    this._set('alignMarginsHeaderFooter', value);
  }
  get printComments(): string {
    return this._get('printComments');
  }
  set printComments(value: string) {
    this._set('printComments', value);
  }
  get printErrors(): string {
    return this._get('printErrors');
  }
  set printErrors(value: string) {
    this._set('printErrors', value);
  }
  get printOrder(): string {
    return this._get('printOrder');
  }
  set printOrder(value: string) {
    this._set('printOrder', value);
  }
  get firstPageNumber(): number | '' {
    return this._get('firstPageNumber');
  }
  set firstPageNumber(value: number | '') {
    this._set('firstPageNumber', value);
  }
  get leftMargin(): number {
    return this._get('leftMargin');
  }
  set leftMargin(value: number) {
    this._set('leftMargin', value);
  }
  get rightMargin(): number {
    return this._get('rightMargin');
  }
  set rightMargin(value: number) {
    this._set('rightMargin', value);
  }
  get topMargin(): number {
    return this._get('topMargin');
  }
  set topMargin(value: number) {
    this._set('topMargin', value);
  }
  get bottomMargin(): number {
    return this._get('bottomMargin');
  }
  set bottomMargin(value: number) {
    this._set('bottomMargin', value);
  }
  get headerMargin(): number {
    return this._get('headerMargin');
  }
  set headerMargin(value: number) {
    this._set('headerMargin', value);
  }
  get footerMargin(): number {
    return this._get('footerMargin');
  }
  set footerMargin(value: number) {
    this._set('footerMargin', value);
  }
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this._get('zoom');
  }
  set zoom(value: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this._set('zoom', value);
  }

  /** Recorded as pageLayout.printTitleRows ('$1:$3' style address without the sheet). */
  setPrintTitleRows(printTitleRows: Range | string): void {
    this._call('setPrintTitleRows', [printTitleRows], (sheet, exec) => {
      const target = resolveRangeArgument(printTitleRows, exec, sheet, 'PageLayout.setPrintTitleRows');
      recordLayout(exec, sheet, 'printTitleRows', boxAddress({ ...target.box, col: 0, cols: MAX_COLUMNS }));
    });
  }

  setPrintTitleColumns(printTitleColumns: Range | string): void {
    this._call('setPrintTitleColumns', [printTitleColumns], (sheet, exec) => {
      const target = resolveRangeArgument(printTitleColumns, exec, sheet, 'PageLayout.setPrintTitleColumns');
      recordLayout(exec, sheet, 'printTitleColumns', boxAddress({ ...target.box, row: 0, rows: MAX_ROWS }));
    });
  }

  /** Recorded as pageLayout.printArea (sheet-qualified address). */
  setPrintArea(printArea: Range | string): void {
    this._call('setPrintArea', [printArea], (sheet, exec) => {
      const target = resolveRangeArgument(printArea, exec, sheet, 'PageLayout.setPrintArea');
      recordLayout(exec, sheet, 'printArea', qualifiedAddress(target.sheet.name, target.box));
    });
  }
}

/** Worksheet.autoFilter: one filtered range per sheet, its header row first (no criteria are kept: none are used). */
export class AutoFilter extends HostClientObject<HostSheet> {
  readonly _typeName = 'AutoFilter';
  protected readonly _properties: PropertyTable<HostSheet> = {
    enabled: { read: (sheet) => sheet.autoFilter !== undefined },
  };

  constructor(context: HostRequestContext, resolve: Resolve) {
    super(context, { kind: 'navigation', resolve });
  }

  get enabled(): boolean {
    return this._get('enabled');
  }

  apply(range: Range | string): void {
    this._call('apply', [range], (sheet, exec) => {
      const { box } = resolveRangeArgument(range, exec, sheet, 'AutoFilter.apply');
      if (box.rows < 1) throw invalidArgument('AutoFilter.apply: the range needs a header row', 'AutoFilter.apply');
      const before = sheet.autoFilter;
      sheet.autoFilter = box;
      exec.journal.record(() => {
        sheet.autoFilter = before;
      });
    });
  }

  remove(): void {
    this._call('remove', [], (sheet, exec) => {
      const before = sheet.autoFilter;
      delete sheet.autoFilter;
      exec.journal.record(() => {
        sheet.autoFilter = before;
      });
    });
  }
}

function freeze(exec: Execution, sheet: HostSheet, rows: number, columns: number, where: string): void {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
    throw invalidArgument(`${where}: counts must be whole numbers >= 0`, where);
  }
  const before = sheet.frozen;
  sheet.frozen = { rows, columns };
  exec.journal.record(() => {
    sheet.frozen = before;
  });
}

export class WorksheetFreezePanes extends HostClientObject<HostSheet> {
  readonly _typeName = 'WorksheetFreezePanes';
  protected readonly _properties: PropertyTable<HostSheet> = {};

  constructor(context: HostRequestContext, resolve: Resolve) {
    super(context, { kind: 'navigation', resolve });
  }

  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (sheet, exec) => freeze(exec, sheet, count, 0, 'WorksheetFreezePanes.freezeRows'));
  }

  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (sheet, exec) => freeze(exec, sheet, 0, count, 'WorksheetFreezePanes.freezeColumns'));
  }

  /** Freezes the rows above and the columns left of the range's bottom-right corner, counting from A1. */
  freezeAt(frozenRange: Range | string): void {
    this._call('freezeAt', [frozenRange], (sheet, exec) => {
      const { box } = resolveRangeArgument(frozenRange, exec, sheet, 'WorksheetFreezePanes.freezeAt');
      freeze(exec, sheet, box.row + box.rows, box.col + box.cols, 'WorksheetFreezePanes.freezeAt');
    });
  }

  unfreeze(): void {
    this._call('unfreeze', [], (sheet, exec) => freeze(exec, sheet, 0, 0, 'WorksheetFreezePanes.unfreeze'));
  }

  getLocationOrNullObject(): Range {
    return new Range(this.context, {
      kind: 'method',
      parent: this,
      method: 'getLocationOrNullObject',
      args: [],
      nullable: true,
      resolve: (exec) => {
        const sheet = this._target(exec, 'getLocationOrNullObject');
        const { rows, columns } = sheet.frozen;
        if (rows === 0 && columns === 0) return null;
        const box = rows > 0 && columns > 0
          ? { row: 0, col: 0, rows, cols: columns }
          : rows > 0
            ? { row: 0, col: 0, rows, cols: MAX_COLUMNS }
            : { row: 0, col: 0, rows: MAX_ROWS, cols: columns };
        return { sheet, box };
      },
    });
  }
}
