import type { DaySerial, ReadingValues } from '../../policy';
import type { SheetGrid } from '../../roster/sheetGrid';
import type { RosterKind, ValidationReport } from '../../roster/types';
import { rosterKey, validateRostersAsync } from '../../roster';
import type { ReadNote } from '../../xlsx/readNote';
import { withReadFindings } from '../../xlsx/readFindings';
import { withoutHouseholdHeadColumns, withWithdrawnRowsSetAside } from '../../xlsx/claimRows';
import type { ExcelAdapter } from '../excel/adapter';
import type { EarlierBatch } from '../register/registeredBefore';
import { separateRegisteredClaims } from '../register/registeredBefore';

export interface RosterRequest {
  readonly sheet: string;
  /** 'auto': the engine recognises the kind from the sheet. */
  readonly kind: RosterKind | 'auto';
}

export interface RunRequest {
  readonly rosters: ReadonlyArray<RosterRequest>;
  readonly historySheets: ReadonlyArray<string>;
  readonly historyFiles: ReadonlyArray<SheetGrid>;
  /** Rosters of other files picked from disk (other counties): checked with this workbook's, kinds recognised. */
  readonly otherRosters?: ReadonlyArray<SheetGrid>;
  readonly asOf: DaySerial;
  readonly defaultCounty?: string;
  /** Poverty-monitoring registry exports: sheets of the workbook, or files picked from disk (as paid registers are). */
  readonly registrySheets?: ReadonlyArray<string>;
  readonly registryFiles?: ReadonlyArray<SheetGrid>;
  /** Death lists, likewise. */
  readonly deceasedSheets?: ReadonlyArray<string>;
  readonly deceasedFiles?: ReadonlyArray<SheetGrid>;
  /** The readings saved in the workbook (设置). */
  readonly readings?: ReadingValues;
}

export interface RunProgress {
  readonly phase: 'read' | 'check';
  readonly done: number;
  readonly total: number;
}

export interface RunResult {
  readonly report: ValidationReport;
  /** The workbook's name, as the findings carry it. */
  readonly file: string;
  /** Batches of this roster the register already holds (本批已于 … 登记), taken out of the errors. */
  readonly earlier: ReadonlyArray<EarlierBatch>;
  /** The sheets checked, as read (this workbook's and other rosters'): the export copies them, masked. */
  readonly rosters: ReadonlyArray<SheetGrid>;
  /** The registry exports and death lists used, as read: 说明此行 shows the rows a finding rests on. */
  readonly lists: ReadonlyArray<{ readonly grid: SheetGrid; readonly list: 'registry' | 'deceased' }>;
}

/**
 * One press of 开始校验: read the chosen sheets through the adapter (in blocks), read the history sheets, and run the
 * engine in chunks so the pane keeps painting; the signal cancels at the next block or chunk.
 */
export async function runValidation(
  adapter: ExcelAdapter,
  request: RunRequest,
  options: { signal?: AbortSignal; onProgress?: (p: RunProgress) => void } = {},
): Promise<RunResult> {
  const { signal, onProgress } = options;
  const notes: ReadNote[] = [];
  const rosters = await adapter.readSheets(
    request.rosters.map((r) => r.sheet),
    { signal, onProgress: (done, total) => onProgress?.({ phase: 'read', done, total }), onNote: (n) => notes.push(n), struckRows: true },
  );
  const historySheets = request.historySheets.length > 0 ? await adapter.readSheets(request.historySheets, { signal }) : [];
  const read = async (sheets: ReadonlyArray<string> | undefined) => (sheets && sheets.length > 0 ? adapter.readSheets(sheets, { signal }) : []);
  const registrySheets = await read(request.registrySheets);
  const deceasedSheets = await read(request.deceasedSheets);
  const file = rosters[0]?.file ?? '';
  const kinds: Record<string, RosterKind> = {};
  for (const r of request.rosters) if (r.kind !== 'auto') kinds[rosterKey(file, r.sheet)] = r.kind;
  const history = [...historySheets, ...request.historyFiles];
  const checkedSheets = [...rosters, ...(request.otherRosters ?? [])];
  // As the command line: rows struck out or marked 作废/放弃 left out, the household head's columns not taken for the person's.
  const toCheck = checkedSheets.map((g) => withoutHouseholdHeadColumns(withWithdrawnRowsSetAside(g, notes)));
  const registry = [...registrySheets, ...(request.registryFiles ?? [])];
  const deceased = [...deceasedSheets, ...(request.deceasedFiles ?? [])];
  const checked = await validateRostersAsync(toCheck, {
    asOf: request.asOf,
    kinds,
    history,
    defaultCounty: request.defaultCounty,
    registry,
    deceased,
    readings: request.readings,
    signal,
    onProgress: (p) => onProgress?.({ phase: 'check', done: p.done, total: p.total }),
  });
  const { report, earlier } = separateRegisteredClaims(withReadFindings(checked, notes), history);
  const lists = [...registry.map((grid) => ({ grid, list: 'registry' as const })), ...deceased.map((grid) => ({ grid, list: 'deceased' as const }))];
  return { report, file, earlier, rosters: checkedSheets, lists };
}
