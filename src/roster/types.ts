import type { DaySerial, Lang, ReadingValues, Text } from '../policy';
import type { FindingCode, Severity } from './findingCodes';
import type { RosterKindSpec } from './kindSpec';
import type { SheetGrid } from './sheetGrid';

/**
 * Which subsidy a roster (花名册) or entity sheet claims: the id of its RosterKindSpec. The shipped ones are
 * 'employ', 'travel', 'welfare', 'production' and 'unsalable' (measures 7, 6, 9, 3 and 10); see kindSpecs.ts.
 */
export type RosterKind = string;

export type { FindingCode, FindingCodeInfo, Severity } from './findingCodes';

/** A roster row, as the clerk finds it: the file, the sheet tab and the Excel row number. */
export interface RowRef {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

/**
 * The canonical fields a roster column can hold. Persons: id .. remark; entities (measures 3 and 10): employer is the
 * entity's name, personsDriven and purchase their figures; history registers: subsidyKind, payDate, source.
 */
export type FieldId =
  | 'seq'
  | 'id'
  | 'name'
  | 'sex'
  | 'category'
  | 'employer'
  | 'employerCode'
  | 'hireDate'
  | 'monthsWorked'
  | 'wage'
  | 'county'
  | 'province'
  | 'contract'
  | 'contractStart'
  | 'contractEnd'
  | 'transportClass'
  | 'fare'
  | 'post'
  | 'months'
  | 'amount'
  | 'bankAccount'
  | 'remark'
  | 'personsDriven'
  | 'purchase'
  | 'subsidyKind'
  | 'measure'
  | 'payDate'
  | 'source';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly file: string;
  readonly sheet: string;
  /** Excel row number (1-based, as the clerk sees it); for a table-level finding the header row, or 1. */
  readonly row: number;
  /** Column letter ('B'); '' for a finding about the table or the row as a whole. */
  readonly column: string;
  /** Canonical field id ('id', 'name', 'hireDate' ...); '' for table-level findings. */
  readonly field: FieldId | '';
  /** The value as shown; ID numbers and bank accounts masked. Never the unmasked value. */
  readonly value: string;
  readonly message: Text;
  readonly measure: number | null;
  readonly related: ReadonlyArray<RowRef>;
}

export interface ValidateProgress {
  readonly phase: 'read' | 'check';
  readonly done: number;
  readonly total: number;
}

export interface ValidateOptions {
  /** The day of the check: dates after it are in the future. */
  readonly asOf: DaySerial;
  /** Forces the kind of every roster; otherwise each sheet's kind is recognised from its headers and title. */
  readonly kind?: RosterKind;
  /** Per-sheet kinds, keyed by rosterKey(file, sheet) = `${file}\u0000${sheet}`. */
  readonly kinds?: Readonly<Record<string, RosterKind>>;
  /** "Already paid" lists: any sheet with at least an ID column (PAID_REGISTER is the canonical one). */
  readonly history?: ReadonlyArray<SheetGrid>;
  /** County of the jobs when a roster has no county column (the pane's setting). */
  readonly defaultCounty?: string;
  readonly readings?: ReadingValues;
  /** Person tables exported from the national poverty-monitoring system (全国防返贫监测信息系统), any counties. */
  readonly registry?: ReadonlyArray<SheetGrid>;
  /** Death lists (civil affairs, public security, medical insurance): 姓名, 身份证号码, 死亡日期. */
  readonly deceased?: ReadonlyArray<SheetGrid>;
  /** Most members of one household (户编号) who may claim a kind's subsidy; null: no limit (defaults: householdLimits.ts). */
  readonly householdClaimLimits?: Readonly<Partial<Record<RosterKind, number | null>>>;
  /** The kinds of roster the run knows; default the shipped ones (SHIPPED_KIND_SPECS). */
  readonly kindSpecs?: ReadonlyArray<RosterKindSpec>;
  readonly onProgress?: (p: ValidateProgress) => void;
}

export interface ValidateAsyncOptions extends ValidateOptions {
  readonly signal?: AbortSignal;
  /** Rows processed between two yields to the event loop (default 5,000). */
  readonly chunkRows?: number;
}

/** Rows under the header that are not persons, by reason. */
export interface SkippedRows {
  readonly blank: number;
  readonly total: number;
  readonly signOff: number;
  readonly repeatedHeader: number;
}

export interface SheetReport {
  readonly file: string;
  readonly sheet: string;
  /** null when the sheet is not a roster (HEADER_NOT_FOUND) or its kind could not be recognised. */
  readonly kind: RosterKind | null;
  /** true when the kind was recognised from the sheet, false when given by the caller. */
  readonly kindDetected: boolean;
  /** Excel row numbers; null when no table was found. headerRow is the last header row when it is two deep. */
  readonly headerRow: number | null;
  readonly firstDataRow: number | null;
  readonly lastDataRow: number | null;
  /** Persons (or entities) checked. */
  readonly rows: number;
  /** Hidden rows among those checked. */
  readonly hiddenRows: number;
  /** Field id -> column letter. */
  readonly columns: Readonly<Partial<Record<FieldId, string>>>;
  readonly skipped: SkippedRows;
}

export interface ValidationSummary {
  readonly files: number;
  readonly sheets: number;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly byCode: Readonly<Record<string, number>>;
}

/** What the paid register needs of one checked row. */
export interface RosterPerson {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly kind: RosterKind;
  readonly measure: number;
  /** Normalised 18-character ID. Unmasked: kept in memory for the register, never written into a finding. */
  readonly id?: string;
  readonly name: string;
  readonly employer: string;
  readonly employerCode: string;
  /** Months claimed (welfare posts) or worked (employment); undefined when the roster has none. */
  readonly months?: number;
  /** The amount claimed in the roster, in fen; null when the roster has no amount. */
  readonly amountFen: number | null;
  /** The amount the policy module computes (after duplicates and caps), in fen; null when inputs are unreadable. */
  readonly computedFen: number | null;
  readonly hasErrors: boolean;
}

export interface ValidationReport {
  /** The readings the run took (shown in every report). */
  readonly readings: ReadingValues;
  readonly findings: Finding[];
  readonly sheets: SheetReport[];
  readonly summary: ValidationSummary;
  readonly persons: RosterPerson[];
  /** Said once about the whole run (what was not checked, e.g. no registry given); not findings of a row. */
  readonly notes: ReadonlyArray<Text>;
}

/** Where the table sits in a grid. Indexes are 0-based into grid.values. */
export interface TableLayout {
  /** First and last header rows (equal unless the header is two rows deep). */
  readonly headerStart: number;
  readonly headerEnd: number;
  readonly firstDataRow: number;
  /** Field -> column index into the grid's rows. */
  readonly columns: Readonly<Partial<Record<FieldId, number>>>;
  /** The header text of each recognised column, as the clerk wrote it. */
  readonly headers: Readonly<Partial<Record<FieldId, string>>>;
  /** Text of the rows above the header (merged titles), joined: used to recognise the kind. */
  readonly title: string;
}

export interface TableProblem {
  readonly problem: Text;
}

export interface KindDetection {
  readonly kind: RosterKind | null;
  /** Why: the title words or columns that decided it. */
  readonly because: Text;
}

/** The JSON object `jl-roster validate --json` prints. */
export interface JsonReport {
  /** Every reading with the option taken. */
  readonly readings: Readonly<Record<string, string>>;
  readonly summary: ValidationSummary;
  readonly findings: ReadonlyArray<{
    readonly code: FindingCode;
    readonly severity: Severity;
    readonly file: string;
    readonly sheet: string;
    readonly row: number;
    readonly column: string;
    readonly field: string;
    readonly value: string;
    readonly message: string;
    readonly measure: number | null;
    readonly related: ReadonlyArray<RowRef>;
  }>;
}

/** A cell the report links to: its sheet and A1 address. */
export interface LinkTarget {
  readonly sheet: string;
  readonly address: string;
}

export type ReportCell = string | number;

export interface ReportTableRow {
  readonly cells: ReadonlyArray<ReportCell>;
  /** Set on finding rows: the cell to link to (from the 位置 column). */
  readonly link?: LinkTarget;
  readonly severity?: Severity;
}

/** The content of the 校验报告 sheet, shared by the CLI's ExcelJS writer and the pane's Office.js writer. */
export interface ReportTable {
  readonly sheetName: string;
  readonly title: string;
  /** Label/value pairs: run facts (sheets, rows, errors, warnings). */
  readonly facts: ReadonlyArray<readonly [string, ReportCell]>;
  readonly summaryHeader: ReadonlyArray<string>;
  readonly summaryRows: ReadonlyArray<ReportTableRow>;
  readonly findingsHeader: ReadonlyArray<string>;
  /** Index of the column in findingsHeader that holds the link text (位置). */
  readonly linkColumn: number;
  readonly findingRows: ReadonlyArray<ReportTableRow>;
}

export type { Lang };
