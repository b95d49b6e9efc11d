import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Lang, ReadingValues } from '../../policy';
import { formatDate, isoToSerial, pick, todaySerial } from '../../policy';
import { PAID_REGISTER, reportTable } from '../../roster';
import { FINDING_CODES } from '../../roster';
import { findingAdvice } from '../../roster/findingAdvice';
import { findingAddress } from '../../roster/reportTable';
import type { SheetGrid } from '../../roster/sheetGrid';
import type { Finding, RosterKind } from '../../roster/types';
import type { ExcelAdapter } from '../excel/adapter';
import { cellMarks } from '../excel/markPlan';
import { isAbort } from '../excel/run';
import { readHistoryFile } from '../files/readHistoryFile';
import { S, fill } from '../i18n/strings';
import type { RegisterPlan } from '../register/registerPlan';
import {
  REGISTER_BATCH_COLUMN, REGISTER_CODE_COLUMN, REGISTER_DATE_COLUMN, REGISTER_HEADERS, REGISTER_ID_COLUMN, planRegistration, withPayment,
} from '../register/registerPlan';
import { exportFileName, findingsWorkbook } from '../report/exportFindings';
import type { RunFacts } from '../report/runFacts';
import { withRunFacts } from '../report/runFacts';
import type { RegistryFindingFacts } from '../explain/registryFacts';
import { registryFactsOfRow } from '../explain/registryFacts';
import type { RunResult } from './runValidation';
import { runValidation } from './runValidation';
import { isValidIsoDate } from './isoDate';
import { rosterColumnsOf, sheetRole } from './sheetRoles';
import type { Busy, HistoryFile, ListKind, RunSources, ValidateState } from './validateState';
import { initialValidateState, listsOfRun, validateReducer } from './validateState';

/** An error as the clerk reads it: a file error's own bilingual message, else the error's text. */
function localMessage(error: unknown, lang: Lang): string {
  const text = (error as { messageText?: { zh: string; en: string } } | null)?.messageText;
  if (text) return pick(text, lang);
  return error instanceof Error ? error.message : String(error);
}

export { isValidIsoDate };

/** The note a marked cell gets: what is wrong there and what to do, in the pane's language. */
function noteText(f: Finding, lang: Lang): string {
  return `${pick(FINDING_CODES[f.code].title, lang)}${lang === 'zh' ? '：' : ': '}${pick(f.message, lang)}\n${pick(S.nextStep, lang)}${pick(findingAdvice(f), lang)}`;
}

/** Sheets of a file from disk that can be rosters: a table, not a register nor a sheet the pane wrote. */
function rosterGrids(file: HistoryFile): SheetGrid[] {
  return file.grids.filter((g) => {
    const role = sheetRole(g);
    return role.hasTable && !role.register && !role.ownOutput;
  });
}

/** The facts of the last run for its report and export: when, as of which day, against what. */
function runFactsOf(s: ValidateState): RunFacts {
  return { at: s.ranAt ?? Date.now(), asOf: s.asOf, sources: s.ranWith ?? { registers: [], rosters: [] } };
}

/** What a run is checked against, for the summary and the report. */
function runSources(s: ValidateState): RunSources {
  return {
    registries: listsOfRun(s, 'registry').names,
    deathLists: listsOfRun(s, 'deceased').names,
    registers: [...s.historySheets.filter((h) => h.selected).map((h) => h.name), ...s.historyFiles.flatMap((f) => f.grids.map((g) => `${f.name} / ${g.sheet}`))],
    rosters: [...s.rosters.filter((r) => r.selected).map((r) => r.name), ...s.otherRosters.flatMap((f) => rosterGrids(f).map((g) => `${f.name} / ${g.sheet}`))],
  };
}

export interface ValidateController {
  readonly state: ValidateState;
  reloadSheets(): Promise<void>;
  toggleRoster(name: string, selected: boolean): void;
  setKind(name: string, kind: RosterKind | 'auto'): void;
  toggleHistory(name: string, selected: boolean): void;
  addFiles(files: ReadonlyArray<File>): Promise<void>;
  removeFile(id: number): void;
  toggleList(name: string, selected: boolean): void;
  /** Registry exports or death lists picked from disk, read with the paid registers' reader and limits. */
  addListFiles(list: ListKind, files: ReadonlyArray<File>): Promise<void>;
  removeListFile(list: ListKind, id: number): void;
  addOtherRosters(files: ReadonlyArray<File>): Promise<void>;
  removeOtherRoster(id: number): void;
  /** The clerk's answer to the first question about a register that looks like a roster. */
  answer(use: boolean): void;
  setMarkAfterRun(on: boolean): void;
  selectAll(findings: ReadonlyArray<Finding>): Promise<void>;
  setAsOf(iso: string): void;
  run(): Promise<void>;
  cancel(): void;
  select(finding: Finding): Promise<void>;
  mark(): Promise<void>;
  clearMarks(): Promise<void>;
  writeReport(): Promise<void>;
  planRegister(): Promise<RegisterPlan | null>;
  register(plan: RegisterPlan, payDate: string, batch: string): Promise<void>;
  undoBatch(): Promise<void>;
  /** The findings to a new workbook (masked), as jl-roster --out writes it. */
  exportFindings(): Promise<void>;
  dismissNotice(): void;
  /** 说明此行: the last run's registry findings on a row of this workbook, with the export rows they rest on. */
  registryFactsOf(sheet: string, row: number): RegistryFindingFacts[];
}

/**
 * The validate view's state and everything it asks of Excel, through the adapter. Components render `state` and
 * call these functions; nothing here touches an Excel object.
 */
export function useValidate(adapter: ExcelAdapter, lang: Lang, defaultCounty: string | undefined, readings?: ReadingValues): ValidateController {
  const [state, dispatch] = useReducer(validateReducer, formatDate(todaySerial()), initialValidateState);
  const abortRef = useRef<AbortController | null>(null);
  const nextFileId = useRef(1);
  // The sheets of the last run as read, for the export; kept out of the state, which renders.
  const lastRosters = useRef<ReadonlyArray<SheetGrid>>([]);
  const lastLists = useRef<RunResult['lists']>([]);
  const stateRef = useRef(state);
  stateRef.current = state;
  const t = useCallback((m: { zh: string; en: string }, values?: Record<string, string | number>) => fill(pick(m, lang), values ?? {}), [lang]);

  const reloadSheets = useCallback(async () => {
    try {
      const info = await adapter.workbookInfo();
      const names = info.sheets.filter((s) => s.visible).map((s) => s.name);
      const heads = await adapter.readSheetHeads(names);
      const marked = await adapter.markedCount();
      dispatch({ type: 'sheetsLoaded', workbook: info.name, roles: heads.map(sheetRole), active: info.activeSheet, marked });
    } catch (error) {
      dispatch({ type: 'runFailed', text: t(S.failed, { message: localMessage(error, lang) }) });
    }
  }, [adapter, lang, t]);

  useEffect(() => {
    void reloadSheets();
  }, [reloadSheets]);

  const markProgress = (done: number, total: number) => dispatch({ type: 'progress', progress: { phase: 'mark', done, total } });

  /** A failed action as the clerk reads it: a notice with the reason, never a stack trace. */
  const fail = useCallback((error: unknown) => dispatch({ type: 'notice', notice: { intent: 'error', text: t(S.actionFailed, { message: localMessage(error, lang) }) } }), [lang, t]);
  const succeed = (text: string) => dispatch({ type: 'notice', notice: { intent: 'success', text } });

  /** One action of the pane: busy while it runs (the buttons wait), its failure a notice, idle after. */
  const act = useCallback(
    async (busy: Exclude<Busy, null>, work: () => Promise<void>) => {
      dispatch({ type: 'busy', busy });
      try {
        await work();
      } catch (error) {
        fail(error);
      } finally {
        dispatch({ type: 'busy', busy: null });
      }
    },
    [fail],
  );

  const mark = useCallback(async () => {
    const { report, workbook } = stateRef.current;
    if (!report) return;
    await act('mark', async () => {
      const marks = cellMarks(report.findings, workbook, (f) => noteText(f, lang));
      const count = await adapter.markCells(marks, { onProgress: markProgress });
      dispatch({ type: 'marked', count });
      succeed(t(S.marked, { count }));
    });
  }, [act, adapter, lang, t]);

  const clearMarks = useCallback(
    () =>
      act('clear', async () => {
        const count = await adapter.clearMarks({ onProgress: markProgress });
        dispatch({ type: 'marked', count: 0 });
        succeed(t(S.cleared, { count }));
      }),
    [act, adapter, t],
  );

  const run = useCallback(async () => {
    const s = stateRef.current;
    const rosters = s.rosters.filter((r) => r.selected).map((r) => ({ sheet: r.name, kind: r.kind }));
    if (rosters.length === 0 || !isValidIsoDate(s.asOf)) return;
    const registry = listsOfRun(s, 'registry');
    const deceased = listsOfRun(s, 'deceased');
    const controller = new AbortController();
    abortRef.current = controller;
    dispatch({ type: 'runStarted' });
    try {
      const { report, earlier, rosters: checkedSheets, lists } = await runValidation(
        adapter,
        {
          rosters,
          historySheets: s.historySheets.filter((h) => h.selected).map((h) => h.name),
          historyFiles: s.historyFiles.flatMap((f) => f.grids),
          registrySheets: registry.sheets,
          registryFiles: registry.files,
          deceasedSheets: deceased.sheets,
          deceasedFiles: deceased.files,
          otherRosters: s.otherRosters.flatMap(rosterGrids),
          asOf: isoToSerial(s.asOf),
          defaultCounty,
          readings,
        },
        { signal: controller.signal, onProgress: (progress) => dispatch({ type: 'progress', progress }) },
      );
      lastRosters.current = checkedSheets;
      lastLists.current = lists;
      dispatch({ type: 'runDone', report, at: Date.now(), sources: { ...runSources(s), earlier } });
      stateRef.current = { ...stateRef.current, report };
      // Running again replaces the previous marks (markCells clears them first); with marks switched off, the
      // previous marks go, so that no cell stays red for a finding this run no longer has.
      if (s.markAfterRun) await mark();
      else if (stateRef.current.marked > 0) await clearMarks();
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) dispatch({ type: 'runCancelled', text: t(S.cancelled) });
      else {
        // The message is shown in the pane; the stack is for whoever opens the developer tools.
        console.error(error);
        dispatch({ type: 'runFailed', text: t(S.failed, { message: localMessage(error, lang) }) });
      }
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
    }
  }, [adapter, clearMarks, defaultCounty, lang, mark, readings, t]);

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  const select = useCallback(
    async (finding: Finding) => {
      try {
        await adapter.selectCell(finding.sheet, findingAddress(finding));
      } catch (error) {
        fail(error);
      }
    },
    [adapter, fail],
  );

  const writeReport = useCallback(async () => {
    const { report } = stateRef.current;
    if (!report) return;
    await act('report', async () => {
      const table = withRunFacts(reportTable(report, lang), runFactsOf(stateRef.current), lang);
      await adapter.writeReport(table, { chartTitle: t(S.countsByCode) });
      succeed(t(S.reportWritten, { sheet: table.sheetName }));
      await reloadSheets();
    });
  }, [act, adapter, lang, reloadSheets, t]);

  const planRegister = useCallback(async () => {
    const { report } = stateRef.current;
    if (!report) return null;
    try {
      const register = await adapter.readRegister(PAID_REGISTER.sheetName);
      return planRegistration(report.persons, register, todaySerial());
    } catch (error) {
      fail(error);
      return null;
    }
  }, [adapter, fail]);

  const register = useCallback(
    (planned: RegisterPlan, payDate: string, batch: string) =>
      act('register', async () => {
        const plan = withPayment(planned, isoToSerial(payDate), batch);
        const count = await adapter.appendRegister(
          {
            sheetName: PAID_REGISTER.sheetName,
            header: REGISTER_HEADERS,
            textColumns: [REGISTER_ID_COLUMN, REGISTER_CODE_COLUMN],
            dateColumns: [REGISTER_DATE_COLUMN],
            dateFormat: 'yyyy-mm-dd',
          },
          plan.rows,
        );
        succeed(t(S.registerDone, { count, sheet: PAID_REGISTER.sheetName }));
        dispatch({ type: 'batch', batch: { name: batch, count } });
        await reloadSheets();
      }),
    [act, adapter, reloadSheets, t],
  );

  const readFiles = useCallback(
    async (files: ReadonlyArray<File>, use: (file: HistoryFile) => void) => {
      for (const file of files) {
        try {
          const grids = await readHistoryFile(file.name, await file.arrayBuffer());
          use({ id: nextFileId.current++, name: file.name, grids });
        } catch (error) {
          dispatch({ type: 'notice', notice: { intent: 'error', text: localMessage(error, lang) } });
        }
      }
    },
    [lang],
  );

  const exportFindings = useCallback(async () => {
    const { report, workbook } = stateRef.current;
    if (!report) return;
    await act('export', async () => {
      const facts = runFactsOf(stateRef.current);
      const bytes = await findingsWorkbook(report, lastRosters.current, facts, lang);
      const name = exportFileName(workbook, facts.at);
      const how = await adapter.openNewWorkbook(bytes, name);
      succeed(t(how === 'opened' ? S.exportOpened : S.exportDownloaded, { file: name }));
    });
  }, [act, adapter, lang, t]);

  /** 撤销本批: only when the register's last rows are still that batch (nobody registered after it). */
  const undoBatch = useCallback(async () => {
    const batch = stateRef.current.lastBatch;
    if (!batch) return;
    await act('register', async () => {
      const grid = await adapter.readRegister(PAID_REGISTER.sheetName);
      const rows = grid?.values ?? [];
      const tail = rows.slice(Math.max(1, rows.length - batch.count));
      const intact = tail.length === batch.count && tail.every((r) => r[REGISTER_BATCH_COLUMN] === batch.name);
      if (!intact) {
        dispatch({ type: 'notice', notice: { intent: 'warning', text: t(S.undoBatchChanged, { sheet: PAID_REGISTER.sheetName, batch: batch.name }) } });
        return;
      }
      const count = await adapter.clearLastRegisterRows(PAID_REGISTER.sheetName, batch.count);
      dispatch({ type: 'batch', batch: null });
      succeed(t(S.undoBatchDone, { batch: batch.name, count, sheet: PAID_REGISTER.sheetName }));
      await reloadSheets();
    });
  }, [act, adapter, reloadSheets, t]);

  /** A file picked as 已发放记录 that looks like a roster is asked about first: used, everyone in it counts as paid. */
  const addFiles = useCallback(
    (files: ReadonlyArray<File>) =>
      readFiles(files, (file) => {
        const why = file.grids.map(rosterColumnsOf).find((w) => w !== undefined);
        dispatch(why ? { type: 'ask', question: { kind: 'file', file, name: file.name, why } } : { type: 'addFile', file });
      }),
    [readFiles],
  );

  const addListFiles = useCallback((list: ListKind, files: ReadonlyArray<File>) => readFiles(files, (file) => dispatch({ type: 'addListFile', list, file })), [readFiles]);

  const addOtherRosters = useCallback((files: ReadonlyArray<File>) => readFiles(files, (file) => dispatch({ type: 'addOtherRoster', file })), [readFiles]);

  const toggleHistory = useCallback((name: string, selected: boolean) => {
    const choice = stateRef.current.historySheets.find((h) => h.name === name);
    if (selected && choice?.rosterLike) dispatch({ type: 'ask', question: { kind: 'sheet', name, why: choice.rosterLike } });
    else dispatch({ type: 'toggleHistory', name, selected });
  }, []);

  const selectAll = useCallback(
    async (findings: ReadonlyArray<Finding>) => {
      // One sheet at a time, as in Excel: the sheet of the first finding, the others named in the notice.
      const sheet = findings[0]?.sheet;
      if (sheet === undefined) return;
      const here = [...new Set(findings.filter((f) => f.sheet === sheet).map(findingAddress))];
      try {
        const count = await adapter.selectCells(sheet, here);
        const rest = findings.length - findings.filter((f) => f.sheet === sheet).length + (here.length - count);
        dispatch({ type: 'notice', notice: { intent: 'info', text: rest > 0 ? t(S.selectedSome, { sheet, count, rest }) : t(S.selectedAll, { sheet, count }) } });
      } catch (error) {
        fail(error);
      }
    },
    [adapter, lang, t],
  );

  return {
    state,
    reloadSheets,
    toggleRoster: (name, selected) => dispatch({ type: 'toggleRoster', name, selected }),
    setKind: (name, kind) => dispatch({ type: 'setKind', name, kind }),
    toggleHistory,
    addFiles,
    removeFile: (id) => dispatch({ type: 'removeFile', id }),
    toggleList: (name, selected) => dispatch({ type: 'toggleList', name, selected }),
    addListFiles,
    removeListFile: (list, id) => dispatch({ type: 'removeListFile', list, id }),
    addOtherRosters,
    removeOtherRoster: (id) => dispatch({ type: 'removeOtherRoster', id }),
    answer: (use) => dispatch({ type: 'answer', use }),
    setMarkAfterRun: (on) => dispatch({ type: 'setMarkAfterRun', on }),
    selectAll,
    setAsOf: (asOf) => dispatch({ type: 'setAsOf', asOf }),
    run,
    cancel,
    select,
    mark,
    clearMarks,
    writeReport,
    planRegister,
    register,
    undoBatch,
    exportFindings,
    dismissNotice: () => dispatch({ type: 'notice', notice: null }),
    registryFactsOf: (sheet, row) => {
      const { report, workbook } = stateRef.current;
      return report ? registryFactsOfRow(report.findings, lastLists.current, { file: workbook, sheet, row }, lang) : [];
    },
  };
}
