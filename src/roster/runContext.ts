import type { County, CreditCodeResult, DaySerial, ReadingValues, TransportClassId } from '../policy';
import {
  DEFAULT_READINGS,
  findCounty,
  householdCategoryOf,
  measureParameter,
  minimumWageOn,
  numberValue,
  parseCreditCode,
  toHalfWidth,
  transportClassOf,
  allCounties,
} from '../policy';
import { FindingSink } from './findingSink';
import { StringIndex } from './stringIndex';
import { PersonTable } from './personTable';
import type { ValidateOptions } from './types';

export type Sex = 'male' | 'female';
export type TransportClassReading = { readonly id: TransportClassId; readonly allowed: boolean } | null;

const SEX_WORDS: Readonly<Record<string, Sex>> = { 男: 'male', 女: 'female', M: 'male', F: 'female', MALE: 'male', FEMALE: 'female', 男性: 'male', 女性: 'female' };

const WAGE_MEMO_FIRST_DAY = 36526; // 2000-01-01
const WAGE_MEMO_DAYS = 21915; // to 2059-12-31
const NOT_ASKED = -2;
const NO_STANDARD = -1;

/** Jilin's prefecture-level names, short: a place of work naming one of them is inside the province. */
const JILIN_PREFECTURES = [...new Set(allCounties().map((c) => c.prefecture.replace(/(市|朝鲜族自治州|州)$/, '')))].filter((p) => p.length >= 2 && !p.startsWith('('));

/**
 * What one validation run shares: options, findings, and memos of every lookup whose answer depends only on a cell's
 * text (credit codes, counties, categories ...), so a million rows with a few hundred employers parse each once.
 */
export class RunContext {
  readonly sink = new FindingSink();
  readonly table: PersonTable;
  readonly asOf: DaySerial;
  readonly readings: ReadingValues;
  readonly defaultCounty: County | undefined;
  readonly defaultCountyText: string | undefined;
  readonly subsidyPerPersonFen = numberValue(measureParameter('employ.subsidy_per_person'));
  readonly minimumWorkingAge = numberValue(measureParameter('labour.minimum_working_age'));

  /** Rows sharing an ID (any kind), and rows sharing a bank account: the groups checks across rows look at. */
  readonly idGroups: number[][] = [];
  readonly bankGroups: number[][] = [];
  /** The account of each bank group. */
  readonly bankGroupKeys: string[] = [];
  private readonly byId: RowsByKey;
  private readonly byBank: RowsByKey;
  private readonly creditCodeKeys = new StringIndex(1024);
  private readonly creditCodeResults: CreditCodeResult[] = [];

  private readonly counties = new Map<string, County | null>();
  private readonly minimumWages = new Map<County, Int32Array>();
  private readonly categories = new Map<string, boolean>();
  private readonly sexes = new Map<string, Sex | null>();
  private readonly transport = new Map<string, TransportClassReading>();
  private readonly inJilin = new Map<string, boolean>();

  constructor(
    readonly options: ValidateOptions,
    capacity: number,
  ) {
    this.table = new PersonTable(capacity);
    this.byId = new RowsByKey(capacity, this.idGroups);
    this.byBank = new RowsByKey(capacity, this.bankGroups, this.bankGroupKeys);
    this.asOf = options.asOf;
    this.readings = options.readings ?? DEFAULT_READINGS;
    this.defaultCountyText = options.defaultCounty?.trim() || undefined;
    this.defaultCounty = this.defaultCountyText ? findCounty(this.defaultCountyText) : undefined;
  }

  fileById(id: string, k: number): void {
    this.byId.file(id, k);
  }

  fileByBank(account: string, k: number): void {
    this.byBank.file(account, k);
  }

  rowsWithId(id: string): ReadonlyArray<number> {
    return this.byId.rows(id);
  }

  creditCode(s: string): CreditCodeResult {
    const entry = this.creditCodeKeys.lookupOrAdd(s);
    if (this.creditCodeKeys.added) this.creditCodeResults.push(parseCreditCode(s));
    return this.creditCodeResults[entry];
  }

  county(s: string): County | null {
    let c = this.counties.get(s);
    if (c === undefined) {
      c = findCounty(s) ?? null;
      this.counties.set(s, c);
    }
    return c;
  }

  /**
   * The local minimum wage in fen on a day (null: no standard at hand that day), memoised per county in a table
   * indexed by day over the years rosters speak of (2000-2059); other days are asked directly.
   */
  minimumWageFen(county: County, day: DaySerial): number | null {
    const slot = day - WAGE_MEMO_FIRST_DAY;
    if (slot < 0 || slot >= WAGE_MEMO_DAYS || !Number.isInteger(day)) return minimumWageOn(county, day)?.fen ?? null;
    let days = this.minimumWages.get(county);
    if (days === undefined) {
      days = new Int32Array(WAGE_MEMO_DAYS).fill(NOT_ASKED);
      this.minimumWages.set(county, days);
    }
    let fen = days[slot];
    if (fen === NOT_ASKED) {
      fen = minimumWageOn(county, day)?.fen ?? NO_STANDARD;
      days[slot] = fen;
    }
    return fen === NO_STANDARD ? null : fen;
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

  /** Whether a place of work is inside Jilin: 吉林/吉林省, a Jilin prefecture, or a county findCounty() knows. */
  placeInJilin(s: string): boolean {
    let r = this.inJilin.get(s);
    if (r === undefined) {
      const t = toHalfWidth(s).replace(/\s+/g, '');
      r = t.includes('吉林') || findCounty(t) !== undefined || JILIN_PREFECTURES.some((p) => t.startsWith(p));
      this.inJilin.set(s, r);
    }
    return r;
  }
}

/**
 * Rows filed under a key (an ID, a bank account): the first row of each key in a typed array, and a group only for
 * keys that come again, which is what the checks across rows look at.
 */
class RowsByKey {
  private readonly keys: StringIndex;
  private firstRow: Int32Array;
  private readonly groupOf = new Map<number, number[]>();

  constructor(
    expected: number,
    private readonly groups: number[][],
    private readonly groupKeys?: string[],
  ) {
    this.keys = new StringIndex(expected);
    this.firstRow = new Int32Array(Math.max(16, expected));
  }

  file(key: string, k: number): void {
    const entry = this.keys.lookupOrAdd(key);
    if (this.keys.added) {
      if (entry >= this.firstRow.length) {
        const grown = new Int32Array(this.firstRow.length * 2);
        grown.set(this.firstRow);
        this.firstRow = grown;
      }
      this.firstRow[entry] = k;
      return;
    }
    const group = this.groupOf.get(entry);
    if (group) group.push(k);
    else {
      const created = [this.firstRow[entry], k];
      this.groupOf.set(entry, created);
      this.groups.push(created);
      this.groupKeys?.push(key);
    }
  }

  rows(key: string): ReadonlyArray<number> {
    const entry = this.keys.lookup(key);
    if (entry < 0) return [];
    return this.groupOf.get(entry) ?? [this.firstRow[entry]];
  }
}
