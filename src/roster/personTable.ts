import type { RowValues } from './personRow';
import type { TableScope } from './tableScope';
import { hashString } from './stringIndex';
import type { RosterKind, RowRef } from './types';

/**
 * Every person (or entity) row of a run, column by column: typed arrays for numbers, plain arrays for text. A million
 * rows are a few dozen arrays rather than a million objects for the garbage collector to move around.
 */
export class PersonTable {
  size = 0;
  readonly scopes: TableScope[] = [];
  readonly scopeOf: Int32Array;
  readonly gridRow: Int32Array;
  readonly kind: Array<RosterKind | null>;
  readonly id: Array<string | undefined>;
  readonly name: string[];
  readonly employer: string[];
  readonly employerCode: string[];
  readonly employerKey: string[];
  /** Digits of the bank account, '' when none or suspect. */
  readonly bank: string[];
  /**
   * hashString() of id and bank, worked out as each row is filed, while its key is still in the processor's cache:
   * filing a million keys later then reads no key's characters unless two hashes meet.
   */
  readonly idHash: Int32Array;
  readonly bankHash: Int32Array;
  readonly date: Float64Array;
  readonly months: Float64Array;
  /** The figure an entity row is paid on: persons driven (measure 3) or the purchase in fen (measure 10). */
  readonly quantity: Float64Array;
  readonly claimedFen: Float64Array;
  readonly baseFen: Float64Array;
  readonly computedFen: Float64Array;
  /** Measure 7: the employer cap in force on the row's hire date, as the row was served under it. */
  readonly capFen: Float64Array;
  /** RunContext.employerEntry of the row's employer, -1 when none. */
  readonly employerEntry: Int32Array;
  readonly errors: Int32Array;
  /** A duplicate, already-paid or cap finding explains this row's amount: no AMOUNT_MISMATCH on top. */
  readonly settled: Uint8Array;

  constructor(capacity: number) {
    const n = Math.max(1, capacity);
    // Sized once: growing arrays of a million entries would copy them again and again.
    this.kind = new Array<RosterKind | null>(n).fill(null);
    this.id = new Array<string | undefined>(n).fill(undefined);
    this.name = new Array<string>(n).fill('');
    this.employer = new Array<string>(n).fill('');
    this.employerCode = new Array<string>(n).fill('');
    this.employerKey = new Array<string>(n).fill('');
    this.bank = new Array<string>(n).fill('');
    this.scopeOf = new Int32Array(n);
    this.gridRow = new Int32Array(n);
    this.idHash = new Int32Array(n);
    this.bankHash = new Int32Array(n);
    this.date = new Float64Array(n);
    this.months = new Float64Array(n);
    this.quantity = new Float64Array(n);
    this.claimedFen = new Float64Array(n);
    this.baseFen = new Float64Array(n);
    this.computedFen = new Float64Array(n).fill(NaN);
    this.capFen = new Float64Array(n).fill(NaN);
    this.employerEntry = new Int32Array(n);
    this.errors = new Int32Array(n);
    this.settled = new Uint8Array(n);
  }

  /** The index the next row will get (its findings count against it while it is being checked). */
  get next(): number {
    return this.size;
  }

  addScope(scope: TableScope): number {
    return this.scopes.push(scope) - 1;
  }

  /** `quantity`: the figure an entity row is paid on, as its kind reads it (NaN for persons). */
  add(scope: TableScope, i: number, kind: RosterKind | null, v: RowValues, quantity: number): number {
    const k = this.size++;
    this.scopeOf[k] = scope.tableIndex;
    this.gridRow[k] = i;
    this.kind[k] = kind;
    this.id[k] = v.id;
    this.name[k] = v.name;
    this.employer[k] = v.employer;
    this.employerCode[k] = v.employerCode;
    this.employerKey[k] = v.employerKey;
    this.employerEntry[k] = v.employerEntry;
    this.bank[k] = v.bank;
    if (v.id !== undefined) this.idHash[k] = hashString(v.id);
    if (v.bank !== '') this.bankHash[k] = hashString(v.bank);
    this.date[k] = v.date;
    this.months[k] = v.months;
    this.quantity[k] = quantity;
    this.claimedFen[k] = v.claimedFen;
    this.baseFen[k] = v.baseFen;
    return k;
  }

  scope(k: number): TableScope {
    return this.scopes[this.scopeOf[k]];
  }

  excelRow(k: number): number {
    return this.scope(k).excelRow(this.gridRow[k]);
  }

  ref(k: number): RowRef {
    const s = this.scope(k);
    return { file: s.file, sheet: s.sheet, row: s.excelRow(this.gridRow[k]) };
  }
}
