import type { DaySerial, Lang, ReadingValues, Text } from '../policy';
import type { SheetGrid } from './sheetGrid';

/** Which subsidy a roster (花名册) or entity sheet claims: measures 7, 6, 9, 3 and 10. */
export type RosterKind = 'employ' | 'travel' | 'welfare' | 'production' | 'unsalable';

export type Severity = 'error' | 'warning';

export type FindingCode =
  // table
  | 'HEADER_NOT_FOUND'
  | 'COLUMN_MISSING'
  | 'KIND_UNKNOWN'
  // identity
  | 'ID_MISSING'
  | 'ID_FORMAT'
  | 'ID_CHECKSUM'
  | 'ID_BIRTHDATE'
  | 'ID_NUMERIC'
  | 'ID_OLD_15'
  | 'SEX_MISMATCH'
  | 'NAME_MISSING'
  | 'NAME_ID_CONFLICT'
  | 'UNDER_WORKING_AGE'
  // duplicates
  | 'DUPLICATE_IN_ROSTER'
  | 'DUPLICATE_PAID'
  | 'SHARED_BANK_ACCOUNT'
  // values
  | 'CELL_ERROR'
  | 'VALUE_MISSING'
  | 'NUMBER_INVALID'
  | 'DATE_INVALID'
  | 'DATE_FUTURE'
  | 'CATEGORY_INVALID'
  | 'BANK_ACCOUNT_SUSPECT'
  // measure 7
  | 'HIRE_BEFORE_CUTOFF'
  | 'MONTHS_BELOW_MIN'
  | 'WAGE_BELOW_MIN'
  | 'EMPLOYER_CODE_INVALID'
  | 'EMPLOYER_NOT_JILIN'
  | 'EMPLOYER_CAP_EXCEEDED'
  // measure 6
  | 'CONTRACT_TOO_SHORT'
  | 'NOT_CROSS_PROVINCE'
  | 'TRANSPORT_CLASS_NOT_ALLOWED'
  // measure 9
  | 'WELFARE_MONTHS_OVER_LIMIT'
  // measures 3 and 10
  | 'ENTITY_CAP_EXCEEDED'
  // amounts
  | 'AMOUNT_MISMATCH'
  | 'TOTAL_MISMATCH'
  // what the reader saw in the file (src/xlsx)
  | 'CELL_STRAY'
  | 'FORMULA_NOT_CALCULATED'
  | 'MERGED_NOT_EXPANDED'
  | 'ROW_WITHDRAWN';

export interface FindingCodeInfo {
  readonly severity: Severity;
  /** The measure the check rests on; null for checks of the table or the cell itself. */
  readonly measure: number | null;
  readonly title: Text;
}

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
  readonly findings: Finding[];
  readonly sheets: SheetReport[];
  readonly summary: ValidationSummary;
  readonly persons: RosterPerson[];
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
