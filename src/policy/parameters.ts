import type { DaySerial } from './dates';
import { PARAMETER_IDS, POLICY_DATA } from './policy.data';
import type { ParameterUse } from './policyTables';
import { PolicyTables } from './policyTables';

export type { ParameterUnit, DateUsed } from './policyRecords';
export type { Citation, ParameterUse } from './policyTables';

/**
 * Every amount, cap, date and threshold of the measures, as dated values with a citation (as OpenFisca keeps
 * parameters), compiled from src/policy/data/*.csv when the module loads: two values in force on one day throw here.
 */
export const POLICY = new PolicyTables(POLICY_DATA);

export type ParameterId = (typeof PARAMETER_IDS)[number];

/**
 * The value in force on `day` (the hire date or the claim date, as the parameter's dateUsed says); undefined when
 * none is in force that day.
 */
export function parameterOn(id: ParameterId, day: DaySerial): ParameterUse | undefined {
  return POLICY.parameterOn(id, day);
}

/** The number in force on `day`, NaN when none is: for the value path, which needs no citation. */
export function numberOn(id: ParameterId, day: DaySerial): number {
  const use = POLICY.parameterOn(id, day);
  return use === undefined || typeof use.value !== 'number' ? NaN : use.value;
}

export function numberValue(use: ParameterUse): number {
  if (typeof use.value !== 'number') throw new Error(`parameter ${use.id} is not a number`);
  return use.value;
}
