import type { SheetGrid } from '../../roster/sheetGrid';
import type { RosterKind, ValidationReport } from '../../roster/types';
import type { EarlierBatch } from '../register/registeredBefore';
import type { SheetRole } from './sheetRoles';
import { listKindOf } from '../../roster';
import { isReportSheet } from './sheetRoles';

export interface RosterChoice {
  readonly name: string;
  readonly selected: boolean;
  readonly detected: RosterKind | null;
  readonly kind: RosterKind | 'auto';
}

export interface HistoryChoice {
  readonly name: string;
  readonly selected: boolean;
  /** Set when the register has a roster's columns: why, for the question asked before it is used. */
  readonly rosterLike?: string;
}

export interface HistoryFile {
  readonly id: number;
  readonly name: string;
  readonly grids: ReadonlyArray<SheetGrid>;
}

export type Phase = 'loading' | 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
export type Busy = null | 'mark' | 'clear' | 'report' | 'register' | 'export';

export interface Progress {
  readonly phase: 'read' | 'check' | 'mark';
  readonly done: number;
  readonly total: number;
}

/** What a run checked against: shown in the summary and written in the report. */
export interface RunSources {
  /** Paid registers: sheets of this workbook, and "file / sheet" for files from disk. */
  readonly registers: ReadonlyArray<string>;
  /** Rosters: sheets of this workbook, and "file / sheet" for other rosters from disk. */
  readonly rosters: ReadonlyArray<string>;
  /** Batches of these rosters the registers already hold (本批已于 … 登记): information, not errors. */
  readonly earlier?: ReadonlyArray<EarlierBatch>;
  /** Poverty-monitoring registry exports (issue 12): sheets of this workbook, and "file / sheet" for files. */
  readonly registries?: ReadonlyArray<string>;
  /** Death lists, likewise. */
  readonly deathLists?: ReadonlyArray<string>;
}

/** A registry export or a death list: what the engine checks claimants against (issue 12). */
export type ListKind = 'registry' | 'deceased';

/** A registry export or death list of this workbook: used unless the clerk unticks it. */
export interface ListChoice {
  readonly name: string;
  readonly list: ListKind;
  readonly selected: boolean;
}

/** A register that looks like a roster, waiting for the clerk's answer before it is used. */
export type RegisterQuestion =
  | { readonly kind: 'file'; readonly file: HistoryFile; readonly name: string; readonly why: string }
  | { readonly kind: 'sheet'; readonly name: string; readonly why: string };

export interface Notice {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly text: string;
}

export interface ValidateState {
  readonly workbook: string;
  readonly rosters: ReadonlyArray<RosterChoice>;
  readonly historySheets: ReadonlyArray<HistoryChoice>;
  readonly historyFiles: ReadonlyArray<HistoryFile>;
  /** The workbook's registry exports and death lists (issue 12), each ticked until the clerk unticks it. */
  readonly listSheets: ReadonlyArray<ListChoice>;
  /** Registry exports and death lists picked from disk, read in the pane as paid registers are. */
  readonly listFiles: Readonly<Record<ListKind, ReadonlyArray<HistoryFile>>>;
  /** Rosters of other files (other counties), checked together with this workbook's. */
  readonly otherRosters: ReadonlyArray<HistoryFile>;
  /** Registers that look like rosters, asked about one at a time. */
  readonly questions: ReadonlyArray<RegisterQuestion>;
  /** Mark the flagged cells (with notes) after each run. */
  readonly markAfterRun: boolean;
  /** What the last run checked against. */
  readonly ranWith: RunSources | null;
  /** yyyy-mm-dd as the date input holds it. */
  readonly asOf: string;
  readonly phase: Phase;
  readonly progress: Progress | null;
  readonly report: ValidationReport | null;
  /** When the results were produced (ms since epoch). */
  readonly ranAt: number | null;
  readonly notice: Notice | null;
  readonly busy: Busy;
  /** Cells marked now. */
  readonly marked: number;
  /** The workbook holds a 校验报告 sheet already: writing another replaces it, after a question. */
  readonly reportExists: boolean;
  /** The batch registered last in this session, which 撤销本批 can undo. */
  readonly lastBatch: RegisteredBatch | null;
}

export interface RegisteredBatch {
  readonly name: string;
  /** Rows appended at the end of the register. */
  readonly count: number;
}

export type ValidateAction =
  | { type: 'sheetsLoaded'; workbook: string; roles: ReadonlyArray<SheetRole>; active: string; marked: number }
  | { type: 'toggleRoster'; name: string; selected: boolean }
  | { type: 'setKind'; name: string; kind: RosterKind | 'auto' }
  | { type: 'toggleHistory'; name: string; selected: boolean }
  | { type: 'addFile'; file: HistoryFile }
  | { type: 'removeFile'; id: number }
  | { type: 'toggleList'; name: string; selected: boolean }
  | { type: 'addListFile'; list: ListKind; file: HistoryFile }
  | { type: 'removeListFile'; list: ListKind; id: number }
  | { type: 'addOtherRoster'; file: HistoryFile }
  | { type: 'removeOtherRoster'; id: number }
  | { type: 'ask'; question: RegisterQuestion }
  | { type: 'answer'; use: boolean }
  | { type: 'setMarkAfterRun'; on: boolean }
  | { type: 'batch'; batch: RegisteredBatch | null }
  | { type: 'setAsOf'; asOf: string }
  | { type: 'runStarted' }
  | { type: 'progress'; progress: Progress }
  | { type: 'runDone'; report: ValidationReport; at: number; sources?: RunSources }
  | { type: 'runCancelled'; text: string }
  | { type: 'runFailed'; text: string }
  | { type: 'busy'; busy: Busy }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'marked'; count: number };

export function initialValidateState(asOf: string): ValidateState {
  return {
    workbook: '',
    rosters: [],
    historySheets: [],
    historyFiles: [],
    listSheets: [],
    listFiles: { registry: [], deceased: [] },
    otherRosters: [],
    questions: [],
    markAfterRun: true,
    ranWith: null,
    asOf,
    phase: 'loading',
    progress: null,
    report: null,
    ranAt: null,
    notice: null,
    busy: null,
    marked: 0,
    reportExists: false,
    lastBatch: null,
  };
}

/**
 * Keeps what the clerk chose when the sheet list is reloaded; otherwise the active sheet is the one roster chosen
 * (when it is one), and every register is chosen as history.
 */
function withSheets(state: ValidateState, roles: ReadonlyArray<SheetRole>, active: string): Pick<ValidateState, 'rosters' | 'historySheets' | 'listSheets'> {
  const before = new Map(state.rosters.map((r) => [r.name, r]));
  const beforeHistory = new Map(state.historySheets.map((h) => [h.name, h]));
  const firstLoad = state.rosters.length === 0;
  const rosters = roles
    .filter((r) => !r.ownOutput && !r.register && !r.list)
    .map((r): RosterChoice => {
      const old = before.get(r.name);
      return { name: r.name, detected: r.detected, selected: old ? old.selected : firstLoad && r.name === active, kind: old ? old.kind : 'auto' };
    });
  const historySheets = roles
    .filter((r) => r.register)
    // A register that looks like a roster is not chosen until the clerk says it is one.
    .map((r): HistoryChoice => ({ name: r.name, selected: beforeHistory.get(r.name)?.selected ?? !r.rosterLike, ...(r.rosterLike ? { rosterLike: r.rosterLike } : {}) }));
  const beforeList = new Map(state.listSheets.map((l) => [l.name, l]));
  const listSheets = roles.flatMap((r): ListChoice[] => (r.list ? [{ name: r.name, list: r.list, selected: beforeList.get(r.name)?.selected ?? true }] : []));
  return { rosters, historySheets, listSheets };
}

export function validateReducer(state: ValidateState, action: ValidateAction): ValidateState {
  switch (action.type) {
    case 'sheetsLoaded':
      return {
        ...state,
        workbook: action.workbook,
        ...withSheets(state, action.roles, action.active),
        marked: action.marked,
        reportExists: action.roles.some((r) => isReportSheet(r.name)),
        phase: state.phase === 'loading' ? 'idle' : state.phase,
      };
    case 'toggleRoster':
      return { ...state, rosters: state.rosters.map((r) => (r.name === action.name ? { ...r, selected: action.selected } : r)) };
    case 'setKind':
      return { ...state, rosters: state.rosters.map((r) => (r.name === action.name ? { ...r, kind: action.kind } : r)) };
    case 'toggleHistory':
      return { ...state, historySheets: state.historySheets.map((h) => (h.name === action.name ? { ...h, selected: action.selected } : h)) };
    case 'addFile':
      return { ...state, historyFiles: [...state.historyFiles.filter((f) => f.name !== action.file.name), action.file] };
    case 'removeFile':
      return { ...state, historyFiles: state.historyFiles.filter((f) => f.id !== action.id) };
    case 'toggleList':
      return { ...state, listSheets: state.listSheets.map((l) => (l.name === action.name ? { ...l, selected: action.selected } : l)) };
    case 'addListFile': {
      const files = state.listFiles[action.list];
      return { ...state, listFiles: { ...state.listFiles, [action.list]: [...files.filter((f) => f.name !== action.file.name), action.file] } };
    }
    case 'removeListFile':
      return { ...state, listFiles: { ...state.listFiles, [action.list]: state.listFiles[action.list].filter((f) => f.id !== action.id) } };
    case 'addOtherRoster':
      return { ...state, otherRosters: [...state.otherRosters.filter((f) => f.name !== action.file.name), action.file] };
    case 'removeOtherRoster':
      return { ...state, otherRosters: state.otherRosters.filter((f) => f.id !== action.id) };
    case 'ask':
      return { ...state, questions: [...state.questions, action.question] };
    case 'answer': {
      const [question, ...rest] = state.questions;
      if (!question) return state;
      const next = { ...state, questions: rest };
      if (!action.use) return next;
      if (question.kind === 'file') return validateReducer(next, { type: 'addFile', file: question.file });
      return { ...next, historySheets: next.historySheets.map((h) => (h.name === question.name ? { ...h, selected: true } : h)) };
    }
    case 'setMarkAfterRun':
      return { ...state, markAfterRun: action.on };
    case 'batch':
      return { ...state, lastBatch: action.batch };
    case 'setAsOf':
      return { ...state, asOf: action.asOf };
    case 'runStarted':
      return { ...state, phase: 'running', progress: { phase: 'read', done: 0, total: 0 }, notice: null };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'runDone':
      return { ...state, phase: 'done', progress: null, report: action.report, ranAt: action.at, ranWith: action.sources ?? { registers: [], rosters: [] } };
    case 'runCancelled':
      return { ...state, phase: 'cancelled', progress: null, notice: { intent: 'info', text: action.text } };
    case 'runFailed':
      return { ...state, phase: 'failed', progress: null, notice: { intent: 'error', text: action.text } };
    case 'busy':
      return { ...state, busy: action.busy, progress: action.busy === null ? null : state.progress };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'marked':
      return { ...state, marked: action.count };
  }
}

/**
 * The sheets of a file picked as a registry export or death list that the run reads: those that look like one (an
 * export may carry a sheet of notes); when none does, all of them, so the engine says why the file cannot be used.
 */
export function listGridsOf(file: HistoryFile, list: ListKind): ReadonlyArray<SheetGrid> {
  const alike = file.grids.filter((g) => listKindOf(g) === list);
  return alike.length > 0 ? alike : file.grids;
}

/** The registry exports (or death lists) a run uses: the ticked sheets of this workbook and the files picked. */
export function listsOfRun(s: Pick<ValidateState, 'listSheets' | 'listFiles'>, list: ListKind): { sheets: string[]; files: SheetGrid[]; names: string[] } {
  const sheets = s.listSheets.filter((l) => l.list === list && l.selected).map((l) => l.name);
  const picked = s.listFiles[list].map((f) => ({ file: f, grids: listGridsOf(f, list) }));
  return {
    sheets,
    files: picked.flatMap((p) => p.grids),
    names: [...sheets, ...picked.flatMap((p) => p.grids.map((g) => `${p.file.name} / ${g.sheet}`))],
  };
}
