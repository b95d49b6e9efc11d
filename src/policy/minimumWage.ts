import type { County } from './countyRecord';
import type { DaySerial } from './dates';
import { isoToSerial } from './dates';
import type { ParameterId, ParameterUse } from './parameters';
import { parameterOn } from './parameters';

export interface MinimumWage {
  readonly fen: number;
  readonly tier: number;
  /** The dated parameter value used, with its citation and dates in force. */
  readonly standard: ParameterUse;
  /** The county's tier is a reading, not a named entry of the notice (the CSV's note). */
  readonly tierNote: string;
}

/** The standards by the year of their notice, each with the first day it is in force. */
const STANDARDS: ReadonlyArray<{ readonly year: 2017 | 2021 | 2025; readonly from: DaySerial }> = [
  { year: 2017, from: isoToSerial('2017-10-01') },
  { year: 2021, from: isoToSerial('2021-12-01') },
  { year: 2025, from: isoToSerial('2025-12-01') },
];

function standardYearOn(day: DaySerial): 2017 | 2021 | 2025 | undefined {
  let year: 2017 | 2021 | 2025 | undefined;
  for (const s of STANDARDS) if (day >= s.from) year = s.year;
  return year;
}

/**
 * The monthly minimum wage in force in a county on a day: the standard in force that day, at the county's tier
 * under that standard. undefined before the earliest standard at hand (2017-10-01).
 */
export function minimumWageOn(county: County, day: DaySerial): MinimumWage | undefined {
  const year = standardYearOn(day);
  if (year === undefined) return undefined;
  const tier = county.tiers[year];
  const standard = parameterOn(`minimum_wage.tier_${tier}` as ParameterId, day);
  if (!standard || typeof standard.value !== 'number') return undefined;
  return { fen: standard.value, tier, standard, tierNote: county.note };
}
