import type { Text } from '../policy';
import type { FieldId, RosterKind } from './types';

/**
 * What a kind of roster is, as data: the part of its spec (kindSpec.ts) the run and the checks across rows consult.
 * Kept apart from the behaviour so that RunContext need not know SheetScope.
 */
export interface RosterKindFacts {
  /** The id of --kind and of the workbook settings ('employ'). */
  readonly id: RosterKind;
  readonly name: Text;
  /** The subsidy as written in the paid register's 补贴类型 column. */
  readonly subsidyName: string;
  readonly measure: number;
  /** Words of a roster's title (or sheet name) that say it is this kind. */
  readonly titleWords: RegExp;
  /** A register's 补贴类型 or 措施 cell naming this kind ('一次性吸纳就业补贴', 7, 'employ'). */
  readonly subsidyWords: RegExp;
  /** Columns only this kind has: each one found counts towards recognising it. */
  readonly distinctiveColumns: ReadonlyArray<FieldId>;
  /** Columns it cannot be checked without; the fields of one entry are alternatives (one of them is enough). */
  readonly requiredColumns: ReadonlyArray<ReadonlyArray<FieldId>>;
  /** [field this kind needs, field of a generic header]: a generic header ('月数', '就业地') stands for the field. */
  readonly columnSynonyms: ReadonlyArray<readonly [FieldId, FieldId]>;
  /** Rows are persons (identified by ID) or business entities (by credit code or name). */
  readonly rows: 'persons' | 'entities';
  /** Paid once per person: a second claim is a duplicate (under the reading once_scope). */
  readonly oncePerPerson: boolean;
  /**
   * What a paid-list line of this kind counts for besides the person's ID: the employer's total under its cap, the
   * entity's total under its cap, or the person's months.
   */
  readonly historyCounts: 'employer-total' | 'entity-total' | 'months' | 'nothing-more';
}
