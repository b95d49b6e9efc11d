import type { Text } from '../policy';
import type { RosterKindFacts } from './kindFacts';
import { SHIPPED_KIND_SPECS } from './kindSpecs';
import type { RosterKind } from './types';

/** The shipped kinds' names, measures and register words by id, for the command line's and the pane's texts. */
export const KIND_NAMES: Readonly<Record<RosterKind, Text>> = Object.fromEntries(SHIPPED_KIND_SPECS.map((s) => [s.id, s.name]));
export const SUBSIDY_NAMES: Readonly<Record<RosterKind, string>> = Object.fromEntries(SHIPPED_KIND_SPECS.map((s) => [s.id, s.subsidyName]));
export const KIND_MEASURE: Readonly<Record<RosterKind, number>> = Object.fromEntries(SHIPPED_KIND_SPECS.map((s) => [s.id, s.measure]));
export const SHIPPED_KINDS: ReadonlyArray<RosterKind> = SHIPPED_KIND_SPECS.map((s) => s.id);

/** Paid once per person (a shipped kind): a second claim is a duplicate. */
export function isOneTimePerPerson(kind: RosterKind): boolean {
  return SHIPPED_KIND_SPECS.some((s) => s.id === kind && s.oncePerPerson);
}

/** The kind named by a register's 补贴类型 or 措施 cell ('一次性吸纳就业补贴', 7, 'employ'), or undefined. */
export function kindOfSubsidyText(v: unknown, specs: ReadonlyArray<RosterKindFacts> = SHIPPED_KIND_SPECS): RosterKind | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v).replace(/\s+/g, '');
  if (s === '') return undefined;
  return specs.find((spec) => spec.subsidyWords.test(s))?.id;
}
