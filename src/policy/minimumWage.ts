import type { County } from './countyRecord';
import type { DaySerial } from './dates';
import { POLICY } from './parameters';
import type { MinimumWage } from './policyTables';

export type { MinimumWage } from './policyTables';

/**
 * The monthly minimum wage in force in a county on a day (the hire date): the standard in force that day, at the
 * county's tier under that standard (data/minimum-wage.csv, data/jilin-counties.csv). undefined before the earliest
 * standard at hand.
 */
export function minimumWageOn(county: County, day: DaySerial): MinimumWage | undefined {
  return POLICY.minimumWageOn(county, day);
}

/** The first day of the earliest minimum-wage standard at hand, for messages about days before it. */
export function earliestMinimumWageDay(): string {
  return POLICY.earliestStandard();
}
