import type { Text } from '../policy';
import { text } from '../policy';
import type { FieldId, RosterKind } from './types';

export const KIND_NAMES: Readonly<Record<RosterKind, Text>> = {
  employ: text('一次性吸纳就业补贴花名册', 'one-off employment subsidy roster'),
  travel: text('跨省务工交通补助花名册', 'cross-province travel subsidy roster'),
  welfare: text('临时公益岗位补贴花名册', 'temporary welfare post roster'),
  production: text('联农带农生产补贴表', 'production subsidy sheet'),
  unsalable: text('滞销产品采购奖补表', 'unsalable-product reward sheet'),
};

/** The subsidy name as written in the paid register's 补贴类型 column. */
export const SUBSIDY_NAMES: Readonly<Record<RosterKind, string>> = {
  employ: '一次性吸纳就业补贴',
  travel: '跨省务工交通补助',
  welfare: '临时公益岗位补贴',
  production: '联农带农生产补贴',
  unsalable: '滞销产品采购奖补',
};

export const KIND_MEASURE: Readonly<Record<RosterKind, number>> = { employ: 7, travel: 6, welfare: 9, production: 3, unsalable: 10 };

/** Paid once per person: a second claim is a duplicate. */
export function isOneTimePerPerson(kind: RosterKind): boolean {
  return kind === 'employ' || kind === 'travel';
}

/** Entity sheets (measures 3 and 10): rows are business entities, not persons. */
export function isEntityKind(kind: RosterKind): boolean {
  return kind === 'production' || kind === 'unsalable';
}

/**
 * Columns a kind cannot be checked without. Alternatives are listed together: one of them is enough
 * (the employer by name or by code; the contract as one column or two).
 */
export const REQUIRED_COLUMNS: Readonly<Record<RosterKind, ReadonlyArray<ReadonlyArray<FieldId>>>> = {
  employ: [['id'], ['name'], ['employer', 'employerCode'], ['hireDate'], ['monthsWorked'], ['wage']],
  travel: [['id'], ['name'], ['contract', 'contractStart'], ['province'], ['fare']],
  welfare: [['id'], ['name'], ['months']],
  production: [['employer', 'employerCode'], ['personsDriven']],
  unsalable: [['employer', 'employerCode'], ['purchase']],
};

const KIND_WORDS: ReadonlyArray<readonly [RosterKind, RegExp]> = [
  ['employ', /^(7|第?七条?|措施7|employ|employment)$|吸纳就业|就业补贴/i],
  ['travel', /^(6|第?六条?|措施6|travel)$|交通/i],
  ['welfare', /^(9|第?九条?|措施9|welfare)$|公益岗/i],
  ['production', /^(3|第?三条?|措施3|production)$|生产补贴|联农带农/i],
  ['unsalable', /^(10|第?十条?|措施10|unsalable)$|滞销|奖补/i],
];

/** The kind named by a register's 补贴类型 or 措施 cell ('一次性吸纳就业补贴', 7, 'employ'), or undefined. */
export function kindOfSubsidyText(v: unknown): RosterKind | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v).replace(/\s+/g, '');
  if (s === '') return undefined;
  for (const [kind, words] of KIND_WORDS) if (words.test(s)) return kind;
  return undefined;
}
