import type { Text } from './text';

/**
 * The records of the policy data files (src/policy/data/*.csv), as scripts/import-policy.js writes them into
 * policy.data.ts. Amounts are in fen here; the files give yuan.
 */
export interface DocumentRecord {
  readonly id: string;
  readonly issuer: Text;
  readonly title: Text;
  /** 文号; '' where not known. */
  readonly number: string;
  /** YYYY-MM-DD, or YYYY-MM where only the month is known. */
  readonly date: string;
  readonly url: string;
  /** The day the values citing it were last checked against it. */
  readonly verified: string;
  readonly note: string;
}

export type ParameterUnit = 'fen' | 'months' | 'persons' | 'percent' | 'date' | 'years';

/** The date a lookup of the parameter takes: the hire, or the day of the claim (the check's as-of date). */
export type DateUsed = 'hire_date' | 'claim_date';

export interface ParameterRow {
  readonly id: string;
  /** YYYY-MM-DD, first day in force. */
  readonly from: string;
  /** YYYY-MM-DD, last day in force; null: no end known. */
  readonly to: string | null;
  readonly value: number | string;
  readonly unit: ParameterUnit;
  readonly dateUsed: DateUsed;
  readonly label: Text;
  /** Id of a DocumentRecord. */
  readonly document: string;
  readonly measure: number | null;
  readonly clause: Text;
  /** Whether the clause is the document's words or a paraphrase (the Chinese text is not always at hand). */
  readonly clauseForm: 'quoted' | 'paraphrased';
  readonly reading: string | null;
  readonly verified: string;
}

/** One tier of one minimum-wage standard. */
export interface MinimumWageRow {
  readonly standard: string;
  readonly from: string;
  readonly to: string | null;
  readonly tier: number;
  readonly monthlyFen: number;
  readonly hourlyFen: number | null;
  readonly document: string;
}

export interface ReadingOptionRecord {
  readonly option: string;
  /** May name parameters as {id}: filled with the value in force on the day of the result. */
  readonly text: Text;
}

/** A reading of an ambiguous clause: the clause, the reading taken by default, why, and the alternatives. */
export interface ReadingRecord {
  readonly id: string;
  readonly measure: number | null;
  readonly default: string;
  readonly clause: Text;
  readonly reason: Text;
  readonly options: ReadonlyArray<ReadingOptionRecord>;
}

export interface PolicyData {
  readonly documents: ReadonlyArray<DocumentRecord>;
  readonly parameters: ReadonlyArray<ParameterRow>;
  readonly minimumWages: ReadonlyArray<MinimumWageRow>;
  readonly readings: ReadonlyArray<ReadingRecord>;
}
