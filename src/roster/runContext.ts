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
import type { PersonRow } from './personRow';
import type { ValidateOptions } from './types';

export type Sex = 'male' | 'female';
export type TransportClassReading = { readonly id: TransportClassId; readonly allowed: boolean } | null;

const SEX_WORDS: Readonly<Record<string, Sex>> = { 男: 'male', 女: 'female', M: 'male', F: 'female', MALE: 'male', FEMALE: 'female', 男性: 'male', 女性: 'female' };

/** Jilin's prefecture-level names, short: a place of work naming one of them is inside the province. */
const JILIN_PREFECTURES = [...new Set(allCounties().map((c) => c.prefecture.replace(/(市|朝鲜族自治州|州)$/, '')))].filter((p) => p.length >= 2 && !p.startsWith('('));

/**
 * What one validation run shares: options, findings, and memos of every lookup whose answer depends only on a cell's
 * text (credit codes, counties, categories ...), so a million rows with a few hundred employers parse each once.
 */
export class RunContext {
  readonly sink = new FindingSink();
  readonly persons: PersonRow[] = [];
  readonly asOf: DaySerial;
  readonly readings: ReadingValues;
  readonly defaultCounty: County | undefined;
  readonly defaultCountyText: string | undefined;
  readonly subsidyPerPersonFen = numberValue(measureParameter('employ.subsidy_per_person'));
  readonly minimumWorkingAge = numberValue(measureParameter('labour.minimum_working_age'));

  /** Persons sharing an ID (any kind), and rows sharing a bank account: the groups checks across rows look at. */
  readonly idGroups: PersonRow[][] = [];
  readonly bankGroups: PersonRow[][] = [];
  private readonly byId = new Map<string, PersonRow | PersonRow[]>();
  private readonly byBank = new Map<string, PersonRow | PersonRow[]>();

  private readonly creditCodes = new Map<string, CreditCodeResult>();
  private readonly counties = new Map<string, County | null>();
  private readonly countyNumbers = new Map<County, number>();
  private readonly minimumWages = new Map<number, number | null>();
  private readonly categories = new Map<string, boolean>();
  private readonly sexes = new Map<string, Sex | null>();
  private readonly transport = new Map<string, TransportClassReading>();
  private readonly inJilin = new Map<string, boolean>();

  constructor(readonly options: ValidateOptions) {
    this.asOf = options.asOf;
    this.readings = options.readings ?? DEFAULT_READINGS;
    this.defaultCountyText = options.defaultCounty?.trim() || undefined;
    this.defaultCounty = this.defaultCountyText ? findCounty(this.defaultCountyText) : undefined;
  }

  fileById(p: PersonRow): void {
    file(this.byId, this.idGroups, p.id!, p);
  }

  fileByBank(p: PersonRow): void {
    file(this.byBank, this.bankGroups, p.bank, p);
  }

  rowsWithId(id: string): ReadonlyArray<PersonRow> {
    const v = this.byId.get(id);
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  }

  creditCode(s: string): CreditCodeResult {
    let r = this.creditCodes.get(s);
    if (r === undefined) {
      r = parseCreditCode(s);
      this.creditCodes.set(s, r);
    }
    return r;
  }

  county(s: string): County | null {
    let c = this.counties.get(s);
    if (c === undefined) {
      c = findCounty(s) ?? null;
      this.counties.set(s, c);
    }
    return c;
  }

  /** The local minimum wage in fen on a day, memoised per county and day (null: no standard at hand that day). */
  minimumWageFen(county: County, day: DaySerial): number | null {
    let n = this.countyNumbers.get(county);
    if (n === undefined) {
      n = this.countyNumbers.size;
      this.countyNumbers.set(county, n);
    }
    const key = n * 4_000_000 + day;
    let fen = this.minimumWages.get(key);
    if (fen === undefined) {
      fen = minimumWageOn(county, day)?.fen ?? null;
      this.minimumWages.set(key, fen);
    }
    return fen;
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

/** The first row under a key is kept bare; a second one makes a group (most keys never get one). */
function file(map: Map<string, PersonRow | PersonRow[]>, groups: PersonRow[][], key: string, p: PersonRow): void {
  const prev = map.get(key);
  if (prev === undefined) map.set(key, p);
  else if (Array.isArray(prev)) prev.push(p);
  else {
    const group = [prev, p];
    map.set(key, group);
    groups.push(group);
  }
}
