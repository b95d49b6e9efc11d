import type { Lang, Text } from '../../policy';
import type { RosterPerson, ValidateProgress, ValidationReport } from '../../roster/types';
import type { FileRole } from '../../check';
import type { RegisterPlan } from '../../taskpane/register/registerPlan';
import type { RowExplanation } from '../../taskpane/explain/explainRow';

/**
 * The messages between the page and its worker. The page keeps each file's bytes; the worker reads them (once per
 * file, cached by the page's id for the file), checks, and builds the files to download. Everything is plain data
 * (structured clone); bytes come back as transferred buffers.
 */
export interface WorkerFile {
  readonly id: number;
  readonly name: string;
  readonly role: FileRole;
  readonly bytes: Uint8Array;
}

/** A sheet as the page draws it: each cell as the clerk sees it (a date as its date, not its serial). */
export interface ShownSheet {
  readonly file: string;
  readonly sheet: string;
  /** 0-based sheet row and column of rows[0][0]. */
  readonly rowOffset: number;
  readonly columnOffset: number;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

export interface SheetSummary {
  readonly sheet: string;
  readonly rows: number;
}

export type Request =
  | { readonly type: 'recognise'; readonly file: WorkerFile }
  | { readonly type: 'forget'; readonly id: number }
  | { readonly type: 'check'; readonly files: ReadonlyArray<WorkerFile>; readonly asOf: number }
  | { readonly type: 'annotated'; readonly lang: Lang }
  | { readonly type: 'findings'; readonly format: 'xlsx' | 'csv'; readonly lang: Lang }
  | { readonly type: 'registerPlan'; readonly payDate: number; readonly batch: string }
  | { readonly type: 'register'; readonly payDate: number; readonly batch: string; readonly lang: Lang }
  | { readonly type: 'explain'; readonly file: string; readonly sheet: string; readonly row: number; readonly column: string; readonly lang: Lang };

export interface Envelope<T> {
  readonly requestId: number;
  readonly body: T;
}

export type Reply =
  | { readonly type: 'recognised'; readonly id: number; readonly role: FileRole; readonly sheets: ReadonlyArray<SheetSummary> }
  | { readonly type: 'unreadable'; readonly id: number; readonly reason: Text }
  | { readonly type: 'progress'; readonly phase: 'read'; readonly done: number; readonly total: number; readonly file: string }
  | { readonly type: 'progress'; readonly phase: 'check'; readonly progress: ValidateProgress }
  | { readonly type: 'checked'; readonly result: CheckResult }
  | { readonly type: 'bytes'; readonly bytes: Uint8Array; readonly plan?: RegisterPlan; readonly registerFile?: string | null }
  | { readonly type: 'plan'; readonly plan: RegisterPlan }
  | { readonly type: 'explained'; readonly explanation: RowExplanation | null }
  | { readonly type: 'failed'; readonly message: Text };

/** What a run gives the page: the report, the sheets checked to draw, and every line the command line would say. */
export interface CheckResult {
  /** The engine's report; persons only of the rows a finding is about (names in the list), the rest stay in the worker. */
  readonly report: ValidationReport & { readonly persons: ReadonlyArray<RosterPerson> };
  readonly sheets: ReadonlyArray<ShownSheet>;
  /** Sheets set aside, lock files skipped, files that could not be read: each one line, as jl-roster says them. */
  readonly notes: ReadonlyArray<Text>;
  readonly failures: ReadonlyArray<Text>;
  /** The file names of the paid registers used (the summary lists them). */
  readonly registers: ReadonlyArray<string>;
  readonly registries: ReadonlyArray<string>;
  readonly deathLists: ReadonlyArray<string>;
  /** No roster could be read: nothing was checked (jl-roster exits 2 without a report). */
  readonly nothingChecked: boolean;
}
