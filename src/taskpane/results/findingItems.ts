import type { Text } from '../../policy';
import { maskId } from '../../policy';
import { FINDING_CODES } from '../../roster';
import { findingAdvice } from '../../roster/findingAdvice';
import type { Finding, FindingCode, RosterPerson, RowRef, Severity, ValidationReport } from '../../roster/types';

/** One finding as the pane lists it: the person it is about and what to do next. */
export interface FindingItem {
  /** Position in the sorted list; stable key. */
  readonly index: number;
  readonly finding: Finding;
  /** The person's (or entity's) name on that row; '' when the row has none or the finding is about the table. */
  readonly name: string;
  /** The row's ID number masked, for search; ''. */
  readonly maskedId: string;
  readonly title: Text;
  readonly advice: Text;
}

const rowKey = (r: RowRef) => `${r.file}\u0000${r.sheet}\u0000${r.row}`;

/** Errors before warnings, then file, sheet and row as they stand in the workbook. */
function compareFindings(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  return a.row - b.row;
}

/** The row of a duplicate group the engine left paid (its computed amount is not zero), else the first. */
function keeperOf(f: Finding, persons: ReadonlyMap<string, RosterPerson>): RowRef | undefined {
  const rows: RowRef[] = [f, ...f.related];
  const paid = rows.find((r) => (persons.get(rowKey(r))?.computedFen ?? 0) > 0);
  return paid ?? [...rows].sort((a, b) => (a.file === b.file && a.sheet === b.sheet ? a.row - b.row : 0))[0];
}

/** The findings of a run as one list, sorted, each with its name, masked ID, Chinese title and next step. */
export function findingItems(report: ValidationReport): FindingItem[] {
  const persons = new Map(report.persons.map((p) => [rowKey(p), p]));
  const sorted = [...report.findings].sort(compareFindings);
  return sorted.map((finding, index) => {
    const person = persons.get(rowKey(finding));
    return {
      index,
      finding,
      name: person?.name ?? '',
      maskedId: person?.id ? maskId(person.id) : '',
      title: FINDING_CODES[finding.code].title,
      advice: findingAdvice(finding, finding.code === 'DUPLICATE_IN_ROSTER' ? { keeper: keeperOf(finding, persons) } : {}),
    };
  });
}

export interface FindingFilter {
  readonly severity: Severity | null;
  readonly code: FindingCode | null;
  /** Name, masked ID, row number or cell, as typed in the search box. */
  readonly query: string;
}

export const NO_FILTER: FindingFilter = { severity: null, code: null, query: '' };

function matchesQuery(item: FindingItem, query: string): boolean {
  const q = query.trim().toUpperCase();
  if (q === '') return true;
  const f = item.finding;
  // Digits: a row number, or (four or more) part of the masked ID the clerk reads on the ID card's copy.
  if (/^\d+$/.test(q)) return String(f.row) === q || (q.length >= 4 && (item.maskedId.includes(q) || f.value.includes(q)));
  return (
    item.name.toUpperCase().includes(q) ||
    item.maskedId.includes(q) ||
    f.value.toUpperCase().includes(q) ||
    `${f.column}${f.row}` === q ||
    f.sheet.toUpperCase().includes(q)
  );
}

export function filterItems(items: ReadonlyArray<FindingItem>, filter: FindingFilter): FindingItem[] {
  return items.filter(
    (i) => (filter.severity === null || i.finding.severity === filter.severity) && (filter.code === null || i.finding.code === filter.code) && matchesQuery(i, filter.query),
  );
}

export interface ChipCounts {
  readonly severity: Readonly<Record<Severity, number>>;
  /** Codes in the order of the list (errors first), each with its count under the severity chosen. */
  readonly codes: ReadonlyArray<readonly [FindingCode, number]>;
}

/** Counts for the filter chips: by severity over everything, by code under the severity chosen. */
export function chipCounts(items: ReadonlyArray<FindingItem>, severity: Severity | null): ChipCounts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0 };
  const byCode = new Map<FindingCode, number>();
  for (const i of items) {
    bySeverity[i.finding.severity]++;
    if (severity === null || i.finding.severity === severity) byCode.set(i.finding.code, (byCode.get(i.finding.code) ?? 0) + 1);
  }
  return { severity: bySeverity, codes: [...byCode.entries()] };
}
