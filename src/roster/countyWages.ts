import type { County, DaySerial } from '../policy';
import { minimumWageOn } from './policyBindings';

/** A county with its monthly minimum wage by day, filled in as rows ask. */
export interface CountyMemo {
  readonly county: County;
  wages: Int32Array | null;
}

const FIRST_DAY = 36526; // 2000-01-01
const DAYS = 21915; // to 2059-12-31
const NOT_ASKED = -2;
const NO_STANDARD = -1;

// Shared by every run: the standards and tiers are fixed data of the policy module.
const MEMOS = new Map<County, CountyMemo>();

/** One memo per county, however the roster writes it ('汪清县', '汪清', '222424'). */
export function countyMemo(county: County): CountyMemo {
  let memo = MEMOS.get(county);
  if (!memo) {
    memo = { county, wages: null };
    MEMOS.set(county, memo);
  }
  return memo;
}

/**
 * minimumWageOn(county, day) in fen (null: no standard at hand that day), memoised in a table indexed by day over
 * the years rosters speak of (2000-2059); other days are asked directly.
 */
export function minimumWageFen(place: CountyMemo, day: DaySerial): number | null {
  const slot = day - FIRST_DAY;
  if (slot < 0 || slot >= DAYS || !Number.isInteger(day)) return minimumWageOn(place.county, day)?.fen ?? null;
  let days = place.wages;
  if (days === null) {
    days = new Int32Array(DAYS).fill(NOT_ASKED);
    place.wages = days;
  }
  let fen = days[slot];
  if (fen === NOT_ASKED) {
    fen = minimumWageOn(place.county, day)?.fen ?? NO_STANDARD;
    days[slot] = fen;
  }
  return fen === NO_STANDARD ? null : fen;
}
