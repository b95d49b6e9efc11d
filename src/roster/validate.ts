import { crossChecks } from './crossChecks';
import { PaidHistory, readHistory } from './history';
import type { PersonTable } from './personTable';
import { readRoster } from './readRoster';
import { registryStep, registryWork } from './registry/registryRun';
import { SHIPPED_KIND_SPECS } from './kindSpecs';
import { RunContext } from './runContext';
import type { SheetGrid } from './sheetGrid';
import type { RosterPerson, SheetReport, ValidateAsyncOptions, ValidateOptions, ValidateProgress, ValidationReport } from './types';

/** Rows between two progress reports (and, in the async run, two yields to the event loop). */
export const DEFAULT_CHUNK_ROWS = 5_000;
const SYNC_PROGRESS_ROWS = 50_000;

function toPerson(t: PersonTable, k: number): RosterPerson | null {
  const kind = t.kind[k];
  if (kind === null) return null;
  const scope = t.scope(k);
  const months = t.months[k];
  const claimed = t.claimedFen[k];
  const computed = t.computedFen[k];
  return {
    file: scope.file,
    sheet: scope.sheet,
    row: scope.excelRow(t.gridRow[k]),
    kind,
    measure: scope.measure ?? 0,
    id: t.id[k],
    name: t.name[k],
    employer: t.employer[k],
    employerCode: t.employerCode[k],
    months: Number.isNaN(months) ? undefined : months,
    amountFen: Number.isNaN(claimed) ? null : claimed,
    computedFen: Number.isNaN(computed) ? null : computed,
    hasErrors: t.errors[k] > 0,
  };
}

/**
 * The one validation, as a sequence of steps: each yield is a progress report after a chunk of rows. The sync and
 * async entry points differ only in what they do between steps.
 */
export function* validationSteps(rosters: ReadonlyArray<SheetGrid>, options: ValidateOptions, chunk: number): Generator<ValidateProgress, ValidationReport> {
  const historyGrids = options.history ?? [];
  const rosterRows = rosters.reduce((n, g) => n + g.values.length, 0);
  const readTotal = rosterRows + historyGrids.reduce((n, g) => n + g.values.length, 0);
  const specs = options.kindSpecs ?? SHIPPED_KIND_SPECS;
  const run = new RunContext(options, rosterRows, specs);
  let read = 0;
  const history = new PaidHistory(run.readings, (kind) => run.spec(kind));
  for (let k = 0; k < historyGrids.length; k++) {
    const steps = readHistory(run, history, historyGrids[k], rosters.length + k, chunk);
    for (let r = steps.next(); !r.done; r = steps.next()) {
      read += r.value;
      yield { phase: 'read', done: read, total: readTotal };
    }
  }
  const sheets: SheetReport[] = [];
  for (let k = 0; k < rosters.length; k++) {
    const steps = readRoster(run, rosters[k], k, chunk, specs);
    let r = steps.next();
    for (; !r.done; r = steps.next()) {
      read += r.value;
      yield { phase: 'read', done: read, total: readTotal };
    }
    sheets.push(r.value);
  }
  yield { phase: 'read', done: readTotal, total: readTotal };

  const table = run.table;
  const checkTotal = Math.max(1, table.size + registryWork(run));
  let checked = 0;
  const cross = crossChecks(run, history, chunk, specs);
  for (let r = cross.next(); !r.done; r = cross.next()) {
    checked = Math.min(checkTotal, checked + r.value);
    yield { phase: 'check', done: checked, total: checkTotal };
  }
  const registry = registryStep(run, rosters.length + historyGrids.length, chunk);
  let r = registry.next();
  for (; !r.done; r = registry.next()) {
    checked = Math.min(checkTotal, checked + r.value);
    yield { phase: 'check', done: checked, total: checkTotal };
  }
  const notes = r.value;
  yield { phase: 'check', done: checkTotal, total: checkTotal };

  const sink = run.sink;
  const report = {
    readings: run.readings,
    findings: sink.sorted(),
    sheets,
    summary: {
      files: new Set(rosters.map((g) => g.file)).size,
      sheets: rosters.length,
      rows: table.size,
      errors: sink.errors,
      warnings: sink.warnings,
      byCode: { ...sink.byCode },
    },
    notes,
  };
  return withPersons(report, table);
}

/**
 * The persons are built on first read: a run that only reports (the command line, the benchmark) does not hold a
 * million more objects at its peak. Once built they replace the table, which is then let go.
 */
function withPersons(report: Omit<ValidationReport, 'persons'>, table: PersonTable): ValidationReport {
  let source: PersonTable | undefined = table;
  let persons: RosterPerson[] | undefined;
  return Object.defineProperty(report, 'persons', {
    enumerable: true,
    get(): RosterPerson[] {
      if (!persons) {
        persons = [];
        const t = source!;
        for (let k = 0; k < t.size; k++) {
          const person = toPerson(t, k);
          if (person) persons.push(person);
        }
        source = undefined;
      }
      return persons;
    },
  }) as ValidationReport;
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
