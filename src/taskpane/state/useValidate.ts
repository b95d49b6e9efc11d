import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Lang, ReadingValues } from '../../policy';
import { formatDate, isoToSerial, pick, todaySerial } from '../../policy';
import { PAID_REGISTER, reportTable } from '../../roster';
import { findingAddress } from '../../roster/reportTable';
import type { Finding, RosterKind } from '../../roster/types';
import type { ExcelAdapter } from '../excel/adapter';
import { cellMarks } from '../excel/markPlan';
import { isAbort } from '../excel/run';
import { readHistoryFile } from '../files/readHistoryFile';
import { S, fill } from '../i18n/strings';
import type { RegisterPlan } from '../register/registerPlan';
import { REGISTER_CODE_COLUMN, REGISTER_DATE_COLUMN, REGISTER_ID_COLUMN, planRegistration } from '../register/registerPlan';
import { withRunTime } from '../report/withRunTime';
import { runValidation } from './runValidation';
import { sheetRole } from './sheetRoles';
import type { ValidateState } from './validateState';
import { initialValidateState, validateReducer } from './validateState';

/** An error as the clerk reads it: a file error's own bilingual message, else the error's text. */
function localMessage(error: unknown, lang: Lang): string {
  const text = (error as { messageText?: { zh: string; en: string } } | null)?.messageText;
  if (text) return pick(text, lang);
  return error instanceof Error ? error.message : String(error);
}

export function isValidIsoDate(iso: string): boolean {
  try {
    isoToSerial(iso);
    return true;
  } catch {
    return false;
  }
}

export interface ValidateController {
  readonly state: ValidateState;
  reloadSheets(): Promise<void>;
  toggleRoster(name: string, selected: boolean): void;
  setKind(name: string, kind: RosterKind | 'auto'): void;
  toggleHistory(name: string, selected: boolean): void;
  addFiles(files: ReadonlyArray<File>): Promise<void>;
  removeFile(id: number): void;
  setAsOf(iso: string): void;
  run(): Promise<void>;
  cancel(): void;
  select(finding: Finding): Promise<void>;
  mark(): Promise<void>;
  clearMarks(): Promise<void>;
  writeReport(): Promise<void>;
  planRegister(): Promise<RegisterPlan | null>;
  register(plan: RegisterPlan): Promise<void>;
  dismissNotice(): void;
}

/**
 * The validate view's state and everything it asks of Excel, through the adapter. Components render `state` and
 * call these functions; nothing here touches an Excel object.
 */
export function useValidate(adapter: ExcelAdapter, lang: Lang, defaultCounty: string | undefined, readings?: ReadingValues): ValidateController {
  const [state, dispatch] = useReducer(validateReducer, formatDate(todaySerial()), initialValidateState);
  const abortRef = useRef<AbortController | null>(null);
  const nextFileId = useRef(1);
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

  const mark = useCallback(async () => {
    const { report, workbook } = stateRef.current;
    if (!report) return;
    dispatch({ type: 'busy', busy: 'mark' });
    try {
      const marks = cellMarks(report.findings, workbook);
      const count = await adapter.markCells(marks, {
        onProgress: (done, total) => dispatch({ type: 'progress', progress: { phase: 'mark', done, total } }),
      });
      dispatch({ type: 'marked', count });
      dispatch({ type: 'notice', notice: { intent: 'success', text: t(S.marked, { count }) } });
    } catch (error) {
      dispatch({ type: 'notice', notice: { intent: 'error', text: t(S.actionFailed, { message: localMessage(error, lang) }) } });
    } finally {
      dispatch({ type: 'busy', busy: null });
    }
  }, [adapter, lang, t]);

  const run = useCallback(async () => {
    const s = stateRef.current;
    const rosters = s.rosters.filter((r) => r.selected).map((r) => ({ sheet: r.name, kind: r.kind }));
    if (rosters.length === 0 || !isValidIsoDate(s.asOf)) return;
    const controller = new AbortController();
    abortRef.current = controller;
    dispatch({ type: 'runStarted' });
    try {
      const { report } = await runValidation(
        adapter,
        {
          rosters,
          historySheets: s.historySheets.filter((h) => h.selected).map((h) => h.name),
          historyFiles: s.historyFiles.flatMap((f) => f.grids),
          registrySheets: (s.listSheets ?? []).filter((l) => l.list === 'registry').map((l) => l.name),
          deceasedSheets: (s.listSheets ?? []).filter((l) => l.list === 'deceased').map((l) => l.name),
          asOf: isoToSerial(s.asOf),
          defaultCounty,
          readings,
        },
        { signal: controller.signal, onProgress: (progress) => dispatch({ type: 'progress', progress }) },
      );
      dispatch({ type: 'runDone', report, at: Date.now() });
      stateRef.current = { ...stateRef.current, report };
      // Running again replaces the previous marks (markCells clears them first).
      await mark();
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
  }, [adapter, defaultCounty, lang, mark, readings, t]);

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  const select = useCallback(
    async (finding: Finding) => {
      try {
        await adapter.selectCell(finding.sheet, findingAddress(finding));
      } catch (error) {
        dispatch({ type: 'notice', notice: { intent: 'error', text: t(S.actionFailed, { message: localMessage(error, lang) }) } });
      }
    },
    [adapter, lang, t],
  );

  const clearMarks = useCallback(async () => {
    dispatch({ type: 'busy', busy: 'clear' });
    try {
      const count = await adapter.clearMarks({
        onProgress: (done, total) => dispatch({ type: 'progress', progress: { phase: 'mark', done, total } }),
      });
      dispatch({ type: 'marked', count: 0 });
      dispatch({ type: 'notice', notice: { intent: 'success', text: t(S.cleared, { count }) } });
    } catch (error) {
      dispatch({ type: 'notice', notice: { intent: 'error', text: t(S.actionFailed, { message: localMessage(error, lang) }) } });
    } finally {
      dispatch({ type: 'busy', busy: null });
    }
  }, [adapter, lang, t]);

  const writeReport = useCallback(async () => {
    const { report, ranAt } = stateRef.current;
    if (!report) return;
    dispatch({ type: 'busy', busy: 'report' });
    try {
      const table = withRunTime(reportTable(report, lang), ranAt ?? Date.now(), lang);
      await adapter.writeReport(table, { chartTitle: t(S.countsByCode) });
      dispatch({ type: 'notice', notice: { intent: 'success', text: t(S.reportWritten, { sheet: table.sheetName }) } });
      await reloadSheets();
    } catch (error) {
      dispatch({ type: 'notice', notice: { intent: 'error', text: t(S.actionFailed, { message: localMessage(error, lang) }) } });
    } finally {
      dispatch({ type: 'busy', busy: null });
    }
  }, [adapter, lang, reloadSheets, t]);

  const planRegister = useCallback(async () => {
    const { report } = stateRef.current;
    if (!report) return null;
    try {
      const register = await adapter.readRegister(PAID_REGISTER.sheetName);
      return planRegistration(report.persons, register, todaySerial());
    } catch (error) {
      dispatch({ type: 'notice', notice: { intent: 'error', text: t(S.actionFailed, { message: localMessage(error, lang) }) } });
      return null;
    }
  }, [adapter, lang, t]);

  const register = useCallback(
    async (plan: RegisterPlan) => {
      dispatch({ type: 'busy', busy: 'register' });
      try {
        const count = await adapter.appendRegister(
          {
            sheetName: PAID_REGISTER.sheetName,
            header: PAID_REGISTER.headers,
            textColumns: [REGISTER_ID_COLUMN, REGISTER_CODE_COLUMN],
            dateColumns: [REGISTER_DATE_COLUMN],
            dateFormat: 'yyyy-mm-dd',
          },
          plan.rows,
        );
        dispatch({ type: 'notice', notice: { intent: 'success', text: t(S.registerDone, { count, sheet: PAID_REGISTER.sheetName }) } });
        await reloadSheets();
      } catch (error) {
        dispatch({ type: 'notice', notice: { intent: 'error', text: t(S.actionFailed, { message: localMessage(error, lang) }) } });
      } finally {
        dispatch({ type: 'busy', busy: null });
      }
    },
    [adapter, lang, reloadSheets, t],
  );

  const addFiles = useCallback(
    async (files: ReadonlyArray<File>) => {
      for (const file of files) {
        try {
          const grids = await readHistoryFile(file.name, await file.arrayBuffer());
          dispatch({ type: 'addFile', file: { id: nextFileId.current++, name: file.name, grids } });
        } catch (error) {
          dispatch({ type: 'notice', notice: { intent: 'error', text: localMessage(error, lang) } });
        }
      }
    },
    [lang],
  );

  return {
    state,
    reloadSheets,
    toggleRoster: (name, selected) => dispatch({ type: 'toggleRoster', name, selected }),
    setKind: (name, kind) => dispatch({ type: 'setKind', name, kind }),
    toggleHistory: (name, selected) => dispatch({ type: 'toggleHistory', name, selected }),
    addFiles,
    removeFile: (id) => dispatch({ type: 'removeFile', id }),
    setAsOf: (asOf) => dispatch({ type: 'setAsOf', asOf }),
    run,
    cancel,
    select,
    mark,
    clearMarks,
    writeReport,
    planRegister,
    register,
    dismissNotice: () => dispatch({ type: 'notice', notice: null }),
  };
}
