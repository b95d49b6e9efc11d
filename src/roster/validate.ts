import { crossChecks } from './crossChecks';
import { PaidHistory, readHistory } from './history';
import { KIND_MEASURE } from './kinds';
import type { PersonRow } from './personRow';
import { readRoster } from './readRoster';
import { RunContext } from './runContext';
import type { SheetGrid } from './sheetGrid';
import type { RosterPerson, SheetReport, ValidateAsyncOptions, ValidateOptions, ValidateProgress, ValidationReport } from './types';

/** Rows between two progress reports (and, in the async run, two yields to the event loop). */
export const DEFAULT_CHUNK_ROWS = 5_000;
const SYNC_PROGRESS_ROWS = 50_000;

function toPerson(p: PersonRow): RosterPerson | null {
  if (p.kind === null) return null;
  return {
    file: p.scope.file,
    sheet: p.scope.sheet,
    row: p.row,
    kind: p.kind,
    measure: KIND_MEASURE[p.kind],
    id: p.id,
    name: p.name,
    employer: p.employer,
    employerCode: p.employerCode,
    months: Number.isNaN(p.months) ? undefined : p.months,
    amountFen: Number.isNaN(p.claimedFen) ? null : p.claimedFen,
    computedFen: Number.isNaN(p.computedFen) ? null : p.computedFen,
    hasErrors: p.errors > 0,
  };
}

/**
 * The one validation, as a sequence of steps: each yield is a progress report after a chunk of rows. The sync and
 * async entry points differ only in what they do between steps.
 */
export function* validationSteps(rosters: ReadonlyArray<SheetGrid>, options: ValidateOptions, chunk: number): Generator<ValidateProgress, ValidationReport> {
  const run = new RunContext(options);
  const historyGrids = options.history ?? [];
  const readTotal = [...rosters, ...historyGrids].reduce((n, g) => n + g.values.length, 0);
  let read = 0;
  const history = new PaidHistory();
  for (let k = 0; k < historyGrids.length; k++) {
    const steps = readHistory(run, history, historyGrids[k], rosters.length + k, chunk);
    for (let r = steps.next(); !r.done; r = steps.next()) {
      read += r.value;
      yield { phase: 'read', done: read, total: readTotal };
    }
  }
  const sheets: SheetReport[] = [];
  for (let k = 0; k < rosters.length; k++) {
    const steps = readRoster(run, rosters[k], k, chunk);
    let r = steps.next();
    for (; !r.done; r = steps.next()) {
      read += r.value;
      yield { phase: 'read', done: read, total: readTotal };
    }
    sheets.push(r.value);
  }
  yield { phase: 'read', done: readTotal, total: readTotal };

  const checkTotal = Math.max(1, run.persons.length);
  let checked = 0;
  const cross = crossChecks(run, history, chunk);
  for (let r = cross.next(); !r.done; r = cross.next()) {
    checked = Math.min(checkTotal, checked + r.value);
    yield { phase: 'check', done: checked, total: checkTotal };
  }
  yield { phase: 'check', done: checkTotal, total: checkTotal };

  const persons: RosterPerson[] = [];
  for (const p of run.persons) {
    const person = toPerson(p);
    if (person) persons.push(person);
  }
  const sink = run.sink;
  return {
    findings: sink.sorted(),
    sheets,
    summary: {
      files: new Set(rosters.map((g) => g.file)).size,
      sheets: rosters.length,
      rows: run.persons.length,
      errors: sink.errors,
      warnings: sink.warnings,
      byCode: { ...sink.byCode },
    },
    persons,
  };
}

/** Validates rosters (sheets of one or several files) together, against the history of payments. Never changes its input. */
export function validateRosters(rosters: ReadonlyArray<SheetGrid>, options: ValidateOptions): ValidationReport {
  const steps = validationSteps(rosters, options, SYNC_PROGRESS_ROWS);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    options.onProgress?.(r.value);
  }
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const e = new Error('validation cancelled');
  e.name = 'AbortError';
  return e;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same validation in chunks of rows, giving the event loop a turn between chunks so a task pane stays responsive;
 * rejects with an AbortError as soon as `signal` aborts.
 */
export async function validateRostersAsync(rosters: ReadonlyArray<SheetGrid>, options: ValidateAsyncOptions): Promise<ValidationReport> {
  const { signal } = options;
  const steps = validationSteps(rosters, options, Math.max(1, options.chunkRows ?? DEFAULT_CHUNK_ROWS));
  for (;;) {
    if (signal?.aborted) throw abortError(signal);
    const r = steps.next();
    if (r.done) return r.value;
    options.onProgress?.(r.value);
    await nextTurn();
  }
}
