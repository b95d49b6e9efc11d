/**
 * What the checks of one row find out about it, before it is filed in the PersonTable. One instance per sheet is
 * reused for every row, so a clean row allocates nothing here. NaN marks a number the row does not give or that
 * could not be read.
 */
export class RowValues {
  /** Normalised 18-character ID when it can serve as the person's key (valid, or only its check character wrong). */
  id: string | undefined = undefined;
  birth = NaN;
  /** The sex the ID number says (its 17th digit). */
  sex: 'male' | 'female' | undefined = undefined;
  name = '';
  employer = '';
  employerCode = '';
  /** The employer or entity as one key: its credit code when valid, else its name. */
  employerKey = '';
  /** The employer key as a number (RunContext.employerEntry), -1 when there is none. */
  employerEntry = -1;
  /** Hire date (employment), contract start (travel), start on the post (welfare). */
  date = NaN;
  months = NaN;
  fareFen = NaN;
  purchaseFen = NaN;
  personsDriven = NaN;
  claimedFen = NaN;
  /** What the measure pays this row on its own, before duplicates and caps; 0 when not eligible. */
  baseFen = NaN;
  /** Digits of the bank account, when it looks like one. */
  bank = '';

  reset(): void {
    this.id = undefined;
    this.birth = NaN;
    this.sex = undefined;
    this.name = '';
    this.employer = '';
    this.employerCode = '';
    this.employerKey = '';
    this.employerEntry = -1;
    this.date = NaN;
    this.months = NaN;
    this.fareFen = NaN;
    this.purchaseFen = NaN;
    this.personsDriven = NaN;
    this.claimedFen = NaN;
    this.baseFen = NaN;
    this.bank = '';
  }
}
