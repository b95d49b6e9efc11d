/**
 * The Workbook proxy (context.workbook) and Application.
 */
import { HostClientObject, type PropertyTable } from './clientObject';
import { CommentCollection } from './commentProxy';
import type { Execution, HostRequestContext } from './context';
import { invalidArgument } from './errors';
import { HostEventHandlers } from './eventHandlers';
import { activeSheet, type HostWorkbook } from './model';
import { Range, RangeAreas } from './rangeProxy';
import { recalculateWorkbook } from './recalculate';
import { SettingCollection } from './settingsProxy';
import { WorksheetCollection } from './worksheetProxy';

const CALCULATION_MODES = ['Automatic', 'AutomaticExceptTables', 'Manual'];

const APPLICATION_PROPERTIES: PropertyTable<HostWorkbook> = {
  calculationMode: {
    read: (w) => w.calculationMode,
    write: (w, v, exec) => {
      if (typeof v !== 'string' || !CALCULATION_MODES.includes(v)) throw invalidArgument(`Application.calculationMode takes ${CALCULATION_MODES.join(', ')}`);
      const before = w.calculationMode;
      w.calculationMode = v;
      exec.journal.record(() => {
        w.calculationMode = before;
      });
    },
  },
};

export class Application extends HostClientObject<HostWorkbook> {
  readonly _typeName = 'Application';
  protected readonly _properties = APPLICATION_PROPERTIES;

  constructor(context: HostRequestContext, resolve: (exec: Execution) => HostWorkbook | null) {
    super(context, { kind: 'navigation', resolve });
  }

  get calculationMode(): string {
    return this._get('calculationMode');
  }
  set calculationMode(value: string) {
    this._set('calculationMode', value);
  }

  /** Recomputes formulas with the host's evaluator, if it has one. */
  calculate(calculationType?: string): void {
    this._call('calculate', [calculationType], (workbook, exec) => recalculateWorkbook(workbook, exec.state.options.evaluateFormula, exec.journal));
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => {});
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => {});
  }
}

const WORKBOOK_PROPERTIES: PropertyTable<HostWorkbook> = {
  name: { read: (w) => w.name },
};

export class Workbook extends HostClientObject<HostWorkbook> {
  readonly _typeName = 'Workbook';
  protected readonly _properties = WORKBOOK_PROPERTIES;
  protected override readonly _navigationNames = ['worksheets', 'settings', 'comments', 'application'];

  constructor(context: HostRequestContext) {
    super(context, { kind: 'fixed', target: context._state.workbook });
  }

  get name(): string {
    return this._get('name');
  }

  get worksheets(): WorksheetCollection {
    return this._child('worksheets', () => new WorksheetCollection(this.context, (exec) => this._tryTarget(exec)));
  }
  get settings(): SettingCollection {
    return this._child('settings', () => new SettingCollection(this.context, (exec) => this._tryTarget(exec)));
  }
  get comments(): CommentCollection {
    return this._child('comments', () => new CommentCollection(this.context, () => ({})));
  }
  get application(): Application {
    return this._child('application', () => new Application(this.context, (exec) => this._tryTarget(exec)));
  }

  get onSelectionChanged(): HostEventHandlers {
    return new HostEventHandlers(this.context, 'WorkbookSelectionChanged');
  }

  /** The active cell: the top-left cell of the active sheet's selection. */
  getActiveCell(): Range {
    return new Range(this.context, {
      kind: 'method',
      parent: this,
      method: 'getActiveCell',
      args: [],
      nullable: false,
      resolve: (exec) => {
        const sheet = activeSheet(exec.workbook);
        return { sheet, box: { row: sheet.selection.row, col: sheet.selection.col, rows: 1, cols: 1 } };
      },
    });
  }

  getSelectedRange(): Range {
    return new Range(this.context, {
      kind: 'method',
      parent: this,
      method: 'getSelectedRange',
      args: [],
      nullable: false,
      resolve: (exec) => {
        const sheet = activeSheet(exec.workbook);
        return { sheet, box: sheet.selection };
      },
    });
  }

  getSelectedRanges(): RangeAreas {
    return new RangeAreas(this.context, {
      kind: 'method',
      parent: this,
      method: 'getSelectedRanges',
      args: [],
      nullable: false,
      resolve: (exec) => {
        const sheet = activeSheet(exec.workbook);
        return { sheet, boxes: sheet.selectionAreas ?? [sheet.selection] };
      },
    });
  }
}
