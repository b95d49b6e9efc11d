import type { Lang } from '../../policy';
import { formatDate, maskPersonal, pick, text } from '../../policy';
import { FINDING_CODES } from '../../roster';
import { excelRow } from '../../roster/cells';
import type { DeathField, RegistryField } from '../../roster/registry/fields';
import { deathFieldOfHeader, registryFieldOfHeader } from '../../roster/registry/fields';
import { detectListTable } from '../../roster/registry/listTable';
import { where } from '../../roster/rowFindings';
import type { CellValue, SheetGrid } from '../../roster/sheetGrid';
import type { Finding, FindingCode, RowRef } from '../../roster/types';

/** The findings that rest on a registry export or a death list (issue 12): 说明此行 shows the rows they used. */
export const REGISTRY_FINDING_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'NOT_IN_REGISTRY',
  'REGISTRY_NAME_MISMATCH',
  'REGISTRY_NOT_ELIGIBLE',
  'REGISTRY_CATEGORY_MISMATCH',
  'REGISTRY_NO_LABOUR',
  'REGISTRY_WORK_MISMATCH',
  'DECEASED',
  'HOUSEHOLD_MANY_CLAIMS',
]);

/** Columns that hold dates: a date cell is shown as the clerk reads it (2022-05-01), never as its serial number. */
const DATE_FIELDS: ReadonlySet<string> = new Set<RegistryField | DeathField>(['statusDate', 'identified', 'eliminated', 'deathDate']);

const EXPORT_DATE = text('导出日', 'exported on');

/** Rows shown per finding: the facts of two counties' exports, not a page of them. */
const MAX_ROWS = 5;

/** One registry (or death list) row a finding used: where it is, masked, and what its columns say, in their order. */
export interface ListRowFacts {
  readonly list: 'registry' | 'deceased';
  /** 「registry.xlsx「人员信息」第 12 行」, file and sheet names masked. */
  readonly place: string;
  /** [header as the export names it, value as shown]: the ID masked, dates as dates, empty cells left out. */
  readonly facts: ReadonlyArray<readonly [string, string]>;
}

export interface RegistryFindingFacts {
  readonly code: FindingCode;
  readonly title: string;
  readonly message: string;
  readonly rows: ReadonlyArray<ListRowFacts>;
}

function shownValue(v: CellValue | undefined, field: string): string {
  if (v === null || v === undefined) return '';
  if (field === 'id') return maskPersonal(String(v).trim(), 'id');
  if (typeof v === 'number' && DATE_FIELDS.has(field) && v >= 1 && v < 2_958_466) return formatDate(Math.floor(v));
  return maskPersonal(String(v).trim());
}

/** The facts of one list row, read from the grid the run used; undefined when the grid has no list table. */
function rowFacts(grid: SheetGrid, ref: RowRef, list: 'registry' | 'deceased', lang: Lang): ListRowFacts | undefined {
  const table = list === 'registry' ? detectListTable<string>(grid, registryFieldOfHeader, 3) : detectListTable<string>(grid, deathFieldOfHeader, 2);
  if (!('headerRow' in table)) return undefined;
  const i = ref.row - excelRow(grid, 0);
  const cells = grid.values[i] ?? [];
  const header = grid.values[table.headerRow] ?? [];
  const facts = Object.entries(table.columns)
    .filter((e): e is [string, number] => e[1] !== undefined)
    .sort((a, b) => a[1] - b[1])
    .map(([field, j]) => [String(header[j] ?? field).trim(), shownValue(cells[j], field)] as const)
    .filter(([, value]) => value !== '');
  // The day the export was made: an undated status is read as of it (the finding's message says so).
  const exported = Number.isNaN(table.exportDate) ? [] : [[pick(EXPORT_DATE, lang), formatDate(table.exportDate)] as const];
  return { list, place: maskPersonal(pick(where(ref), lang)), facts: [...exported, ...facts] };
}

/**
 * What 说明此行 shows for roster row `row` of `sheet` beside the amount: each registry finding of the last run on that
 * row, with its message (which names the export and its status and dates), and the export and death-list rows it
 * rests on read back from the sheets the run used. Rows of other rosters a finding names (同户另见) are not lists.
 */
export function registryFactsOfRow(
  findings: ReadonlyArray<Finding>,
  lists: ReadonlyArray<{ readonly grid: SheetGrid; readonly list: 'registry' | 'deceased' }>,
  at: { readonly file: string; readonly sheet: string; readonly row: number },
  lang: Lang,
): RegistryFindingFacts[] {
  const gridOf = (ref: RowRef) => lists.find((l) => l.grid.file === ref.file && l.grid.sheet === ref.sheet);
  return findings
    .filter((f) => REGISTRY_FINDING_CODES.has(f.code) && f.file === at.file && f.sheet === at.sheet && f.row === at.row)
    .map((f) => ({
      code: f.code,
      title: pick(FINDING_CODES[f.code].title, lang),
      message: maskPersonal(pick(f.message, lang)),
      rows: f.related.flatMap((ref) => {
        const l = gridOf(ref);
        const facts = l ? rowFacts(l.grid, ref, l.list, lang) : undefined;
        return facts ? [facts] : [];
      }).slice(0, MAX_ROWS),
    }));
}
