import type { DaySerial, ReadingValues, Text } from '../policy';
import type { SheetGrid } from '../roster/sheetGrid';
import type { RosterKind, ValidateProgress, ValidationReport } from '../roster/types';
import { validateRosters } from '../roster/validate';
import { withoutHouseholdHeadColumns, withWithdrawnRowsSetAside } from '../xlsx/claimRows';
import { withReadFindings } from '../xlsx/readFindings';
import type { ReadInputs } from './readInputs';
import { setAsideNonRosterSheets } from './nonRosterSheets';

export interface CheckOptions {
  /** The day of the check: dates after it are in the future. */
  readonly asOf: DaySerial;
  /** Forces the kind of every roster (the command line's --kind). */
  readonly kind?: RosterKind;
  /** Per-sheet kinds, keyed by rosterKey(file, sheet). */
  readonly kinds?: Readonly<Record<string, RosterKind>>;
  readonly readings?: ReadingValues;
  readonly onProgress?: (p: ValidateProgress) => void;
  /** Told the sheets set aside before the check starts (the command line says them before its progress line). */
  readonly onSetAside?: (lines: ReadonlyArray<Text>) => void;
}

export interface CheckedInputs {
  readonly report: ValidationReport;
  /** The roster sheets checked, as read: the annotated workbook copies these. */
  readonly rosters: SheetGrid[];
  /** One line per sheet set aside (an empty Sheet2, a 填表说明): information, not an error. */
  readonly setAside: Text[];
}

/**
 * The check of what was read, as jl-roster and the web page both run it: sheets that are not rosters set aside, rows
 * marked withdrawn (struck through, 作废) left out, the household head's columns not taken for the person's, the
 * rosters checked together against the paid registers, registry exports and death lists, and the reader's notes
 * added as findings at their cells.
 */
export function checkInputs(read: ReadInputs, options: CheckOptions): CheckedInputs {
  const sheets = setAsideNonRosterSheets(read.grids.roster);
  options.onSetAside?.(sheets.setAside);
  const notes = [...read.notes];
  const toCheck = sheets.rosters.map((g) => withoutHouseholdHeadColumns(withWithdrawnRowsSetAside(g, notes)));
  const checked = validateRosters(toCheck, {
    asOf: options.asOf,
    kind: options.kind,
    kinds: options.kinds,
    history: read.grids.paid,
    registry: read.grids.registry,
    deceased: read.grids.deceased,
    readings: options.readings,
    onProgress: options.onProgress,
  });
  return { report: withReadFindings(checked, notes), rosters: sheets.rosters, setAside: sheets.setAside };
}
