/**
 * createExcelHost: an Excel namespace (run, RequestContext, enums) over an in-memory workbook, with the
 * counters tests and benchmarks read, and a `user` who selects and types like a clerk (for the preview).
 * installGlobals puts Excel, Office and OfficeExtension on globalThis so production code runs unchanged.
 */
import { boxAddress, parseAddress, type Box } from './a1';
import { rewriteCells } from './cellSets';
import { HostClientObject, HostClientResult } from './clientObject';
import { Execution, HostRequestContext, runBatch } from './context';
import { excelEnums, officeExtensionErrorCodes } from './enums';
import { HostError } from './errors';
import { EventHub, type HostEventRecord } from './events';
import { activeSheet, sheetByName, type HostSheet, type HostWorkbook } from './model';
import { createOfficeNamespace, type HostOfficeNamespace } from './office';
import { enterInput } from './rangeContent';
import { selectBox } from './rangeProxy';
import { recalculateWorkbook } from './recalculate';
import { emptyStats, resolveOptions, type ExcelHostOptions, type HostState, type HostStats, type ResolvedOptions } from './state';

export type Batch<T> = (context: HostRequestContext) => Promise<T>;

export interface HostExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(objectOrOptions: unknown, batch: Batch<T>): Promise<T>;
  RequestContext: new () => HostRequestContext;
  [name: string]: unknown;
}

export interface HostOfficeExtensionNamespace {
  Error: typeof HostError;
  ErrorCodes: typeof officeExtensionErrorCodes;
  ClientResult: typeof HostClientResult;
  ClientRequestContext: typeof HostRequestContext;
  config: { extendedErrorLogging: boolean };
}

/** What the clerk does in the preview's grid. */
export interface HostUser {
  /** Selects cells ('B3' on the active sheet, or 'Sheet1!B3:C4'), activating their sheet. */
  select(address: string): void;
  activate(sheetName: string): void;
  /** Types text into every cell of the address, read as Excel reads typing ('=' starts a formula). */
  edit(address: string, input: string): void;
}

export interface ExcelHost {
  /** The model itself: assertions may read it, but change it only through the API or `user`. */
  readonly workbook: HostWorkbook;
  /** Live counters; resetStats() zeroes them in place. */
  readonly stats: HostStats;
  readonly options: ResolvedOptions;
  readonly Excel: HostExcelNamespace;
  readonly Office: HostOfficeNamespace;
  readonly OfficeExtension: HostOfficeExtensionNamespace;
  run<T>(batch: Batch<T>): Promise<T>;
  resetStats(): void;
  readonly user: HostUser;
  /** Called after every sync or user action that changed the workbook; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Recomputes all formulas with options.evaluateFormula (the host keeps no dependency graph). */
  recalculate(): void;
  /** Errors thrown by event handlers (Excel swallows them). */
  readonly eventErrors: readonly unknown[];
  /** Resolves once every event raised so far has been delivered and its handlers have finished. */
  eventsSettled(): Promise<void>;
}

function sheetAndBox(workbook: HostWorkbook, address: string): { sheet: HostSheet; box: Box } {
  const parsed = parseAddress(address);
  const sheet = parsed.sheetName === undefined ? activeSheet(workbook) : sheetByName(workbook, parsed.sheetName);
  if (!sheet) throw new Error(`there is no sheet named '${parsed.sheetName}' (address '${address}')`);
  return { sheet, box: parsed.box };
}

export function createExcelHost(workbook: HostWorkbook, hostOptions: ExcelHostOptions = {}): ExcelHost {
  const listeners = new Set<() => void>();
  const events = new EventHub();
  const stats = emptyStats();
  const options = resolveOptions(hostOptions);

  const eventArgs = (record: HostEventRecord): unknown => {
    switch (record.name) {
      case 'WorkbookSelectionChanged':
        return { workbook: new HostRequestContext(state).workbook };
      case 'WorksheetChanged':
        return {
          type: record.name,
          worksheetId: record.worksheetId,
          address: record.address,
          changeType: 'RangeEdited',
          source: 'Local',
          triggerSource: record.triggerSource ?? 'Unknown',
          details: null,
          getRange: (ctx: HostRequestContext) => ctx.workbook.worksheets.getItem(record.worksheetId!).getRange(record.address),
          getRangeOrNullObject: (ctx: HostRequestContext) => ctx.workbook.worksheets.getItem(record.worksheetId!).getRange(record.address),
        };
      default:
        return { type: record.name, worksheetId: record.worksheetId, ...(record.address === undefined ? {} : { address: record.address }) };
    }
  };

  const state: HostState = {
    workbook,
    options,
    stats,
    events,
    afterChange(records, changed) {
      events.dispatch(records, eventArgs);
      if (!changed && records.length === 0) return;
      for (const listener of [...listeners]) listener();
    },
  };

  /** Applies a user action at once (no round trip, no undo) and tells listeners. */
  const act = (apply: (exec: Execution) => void): void => {
    const exec = new Execution(state);
    apply(exec);
    state.afterChange(exec.events, exec.journal.changed);
  };

  const user: HostUser = {
    select(address) {
      act((exec) => {
        const { sheet, box } = sheetAndBox(workbook, address);
        selectBox(exec, sheet, box);
      });
    },
    activate(sheetName) {
      act((exec) => {
        const sheet = sheetByName(workbook, sheetName);
        if (!sheet) throw new Error(`there is no sheet named '${sheetName}'`);
        if (workbook.activeSheetId === sheet.id) return;
        workbook.activeSheetId = sheet.id;
        exec.emit({ name: 'WorksheetActivated', worksheetId: sheet.id });
      });
    },
    edit(address, input) {
      act((exec) => {
        const { sheet, box } = sheetAndBox(workbook, address);
        rewriteCells(exec.journal, { sheet, boxes: [box] }, true, 'edit', (cell, r, c) => enterInput(exec, sheet, r, c, cell, input, `edit ${address}`));
        exec.emit({ name: 'WorksheetChanged', worksheetId: sheet.id, address: boxAddress(box), triggerSource: 'Unknown' });
      });
    },
  };

  const run = <T>(batch: Batch<T>): Promise<T> => runBatch(state, batch);

  const Excel: HostExcelNamespace = {
    ...excelEnums,
    run<T>(first: unknown, second?: Batch<T>): Promise<T> {
      if (typeof first === 'function') return runBatch(state, first as Batch<T>);
      const reuse = first instanceof HostRequestContext ? first : first instanceof HostClientObject ? first.context : undefined;
      return runBatch(state, second as Batch<T>, reuse);
    },
    RequestContext: class extends HostRequestContext {
      constructor() {
        super(state);
      }
    },
  };

  const OfficeExtension: HostOfficeExtensionNamespace = {
    Error: HostError,
    ErrorCodes: officeExtensionErrorCodes,
    ClientResult: HostClientResult,
    ClientRequestContext: HostRequestContext,
    config: { extendedErrorLogging: false },
  };

  return {
    workbook,
    stats,
    options,
    Excel,
    Office: createOfficeNamespace(state),
    OfficeExtension,
    run,
    resetStats() {
      Object.assign(stats, emptyStats());
    },
    user,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recalculate() {
      act((exec) => recalculateWorkbook(workbook, options.evaluateFormula, exec.journal));
    },
    eventErrors: events.errors,
    eventsSettled: () => events.settled(),
  };
}

const GLOBAL_NAMES = ['Excel', 'Office', 'OfficeExtension'] as const;

/**
 * Makes the host the Excel the code sees: sets Excel, Office and OfficeExtension on target.
 * Returns a function that puts back what was there before.
 */
export function installGlobals(host: ExcelHost, target: object = globalThis): () => void {
  const slots = target as Record<string, unknown>;
  const previous = GLOBAL_NAMES.map((name) => [name, Object.prototype.hasOwnProperty.call(slots, name), slots[name]] as const);
  slots.Excel = host.Excel;
  slots.Office = host.Office;
  slots.OfficeExtension = host.OfficeExtension;
  return () => {
    for (const [name, had, value] of previous) {
      if (had) slots[name] = value;
      else delete slots[name];
    }
  };
}
