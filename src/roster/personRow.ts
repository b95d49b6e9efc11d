import type { SheetScope } from './sheetScope';
import type { RosterKind, RowRef } from './types';

/**
 * One person (or entity) row as the engine holds it between reading and the checks across rows. NaN marks a number
 * the row does not give or that could not be read.
 */
export class PersonRow {
  /** Normalised 18-character ID when it is usable as a key (valid, or only its check character wrong). */
  id: string | undefined = undefined;
  birth = NaN;
  name = '';
  employer = '';
  employerCode = '';
  /** The employer or entity as one key: its credit code when valid, else its name. */
  employerKey = '';
  /** Hire date (employment), contract start (travel), start on the post (welfare). */
  date = NaN;
  months = NaN;
  fareFen = NaN;
  purchaseFen = NaN;
  personsDriven = NaN;
  claimedFen = NaN;
  /** What the measure pays this row on its own, before duplicates and caps; 0 when not eligible. */
  baseFen = NaN;
  computedFen = NaN;
  /** Digits of the bank account, when it looks like one. */
  bank = '';
  errors = 0;
  /** A duplicate, already-paid or cap finding explains this row's amount: no AMOUNT_MISMATCH on top. */
  settled = false;

  constructor(
    readonly scope: SheetScope,
    readonly i: number,
    readonly row: number,
    readonly order: number,
    readonly kind: RosterKind | null,
  ) {}

  ref(): RowRef {
    return { file: this.scope.file, sheet: this.scope.sheet, row: this.row };
  }
}
