import type { CreditCodeResult, DaySerial, ReadingValues, TransportClassId } from '../policy';
import {
  DEFAULT_READINGS,
  findCounty,
  householdCategoryOf,
  parseCreditCode,
  toHalfWidth,
  transportClassOf,
} from '../policy';
import type { CountyMemo } from './countyWages';
import { countyMemo } from './countyWages';
import { FindingSink } from './findingSink';
import { placeInJilin as isPlaceInJilin } from './placeInJilin';
import { RowsByKey } from './rowsByKey';
import { StringIndex } from './stringIndex';
import { PersonTable } from './personTable';
import type { RosterKindFacts } from './kindFacts';
import type { RosterKind, ValidateOptions } from './types';

export type Sex = 'male' | 'female';

export type TransportClassReading = { readonly id: TransportClassId; readonly allowed: boolean } | null;

const SEX_WORDS: Readonly<Record<string, Sex>> = { 男: 'male', 女: 'female', M: 'male', F: 'female', MALE: 'male', FEMALE: 'female', 男性: 'male', 女性: 'female' };



/**
 * What one validation run shares: options, findings, and memos of every lookup whose answer depends only on a cell's
 * text (credit codes, counties, categories ...), so a million rows with a few hundred employers parse each once.
 */
export class RunContext {
  readonly sink = new FindingSink();
  readonly table: PersonTable;
  readonly asOf: DaySerial;
  /** parseResidentId's options, made once: a birth date after the check date is impossible. */
  readonly idOptions: { readonly asOf: DaySerial };
  readonly readings: ReadingValues;
  /** The kinds of roster this run knows (the shipped ones unless the caller gives others). */
  readonly specs: ReadonlyArray<RosterKindFacts>;
  private readonly specById = new Map<RosterKind, RosterKindFacts>();
  readonly defaultCounty: CountyMemo | undefined;
  readonly defaultCountyText: string | undefined;

  /** Rows sharing an ID (any kind), and rows sharing a bank account: the groups checks across rows look at. */
  readonly idGroups: number[][] = [];
  readonly bankGroups: number[][] = [];
  private readonly byId: RowsByKey;
  private readonly byBank: RowsByKey;
  private readonly creditCodeKeys = new StringIndex(1024);
  /** Employers (and entities) numbered in order of first sight; rows of one employer usually stand together. */
  readonly employerKeys = new StringIndex(1024);
  private lastEmployerKey = '';
  private lastEmployerEntry = -1;
  private readonly creditCodeResults: CreditCodeResult[] = [];

  private readonly counties = new Map<string, CountyMemo | null>();
  private readonly categories = new Map<string, boolean>();
  private readonly sexes = new Map<string, Sex | null>();
  private readonly transport = new Map<string, TransportClassReading>();
  private readonly inJilin = new Map<string, boolean>();

  constructor(
    readonly options: ValidateOptions,
    capacity: number,
    specs: ReadonlyArray<RosterKindFacts>,
  ) {
    this.table = new PersonTable(capacity);
    this.byId = new RowsByKey(capacity, this.table.id, this.idGroups);
    this.byBank = new RowsByKey(capacity, this.table.bank, this.bankGroups);
    this.asOf = options.asOf;
    this.idOptions = { asOf: options.asOf };
    this.readings = options.readings ?? DEFAULT_READINGS;
    this.specs = specs;
    for (const spec of this.specs) this.specById.set(spec.id, spec);
    this.defaultCountyText = options.defaultCounty?.trim() || undefined;
    const fallback = this.defaultCountyText ? findCounty(this.defaultCountyText) : undefined;
    this.defaultCounty = fallback ? countyMemo(fallback) : undefined;
  }

  /**
   * Files every row by ID and by bank account, once all rows are read: a tight loop per key lets the processor wait
   * for several table slots at once, where filing row by row waited for each. Yields after every `chunk` rows.
   */
  *fileRows(chunk: number): Generator<number, void> {
    const t = this.table;
    for (let k = 0; k < t.size; k++) {
      const id = t.id[k];
      if (id !== undefined) this.byId.fileHashed(id, t.idHash[k], k);
      if ((k + 1) % chunk === 0) yield chunk;
    }
    for (let k = 0; k < t.size; k++) {
      const bank = t.bank[k];
      if (bank !== '') this.byBank.fileHashed(bank, t.bankHash[k], k);
    }
  }

  /** The spec of a kind the run knows; a kind it does not know is a caller's error. */
  spec(kind: RosterKind): RosterKindFacts {
    const spec = this.specById.get(kind);
    if (!spec) throw new Error(`unknown roster kind ${kind} (known: ${[...this.specById.keys()].join(', ')})`);
    return spec;
  }

  rowsWithId(id: string): ReadonlyArray<number> {
    return this.byId.rows(id);
  }

  hasId(id: string): boolean {
    return this.byId.has(id);
  }

  employerEntry(key: string): number {
    if (key !== this.lastEmployerKey) {
      this.lastEmployerKey = key;
      this.lastEmployerEntry = this.employerKeys.lookupOrAdd(key);
    }
    return this.lastEmployerEntry;
  }

  creditCode(s: string): CreditCodeResult {
    const entry = this.creditCodeKeys.lookupOrAdd(s);
    if (this.creditCodeKeys.added) this.creditCodeResults.push(parseCreditCode(s));
    return this.creditCodeResults[entry];
  }

  county(s: string): CountyMemo | null {
    let c = this.counties.get(s);
    if (c === undefined) {
      const found = findCounty(s);
      c = found ? countyMemo(found) : null;
      this.counties.set(s, c);
    }
    return c;
  }

  categoryAllowed(s: string): boolean {
    let ok = this.categories.get(s);
    if (ok === undefined) {
      ok = householdCategoryOf(s).ok;
      this.categories.set(s, ok);
    }
    return ok;
  }

  sex(s: string): Sex | null {
    let r = this.sexes.get(s);
    if (r === undefined) {
      r = SEX_WORDS[toHalfWidth(s).replace(/\s+/g, '').toUpperCase()] ?? null;
      this.sexes.set(s, r);
    }
    return r;
  }

  transportClass(s: string): TransportClassReading {
    let r = this.transport.get(s);
    if (r === undefined) {
      const found = transportClassOf(s);
      r = found.ok ? { id: found.id, allowed: found.allowed } : null;
      this.transport.set(s, r);
    }
    return r;
  }

  /** Whether a place of work is inside Jilin (placeInJilin), remembered per text: a roster repeats its places. */
  placeInJilin(s: string): boolean {
    let r = this.inJilin.get(s);
    if (r === undefined) {
      r = isPlaceInJilin(s);
      this.inJilin.set(s, r);
    }
    return r;
  }
}
