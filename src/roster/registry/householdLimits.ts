import type { RosterKind } from '../types';

/**
 * Most members of one household (户编号) who may claim each subsidy, as data; null: no limit. Temporary welfare posts
 * are one per household (a post meant to help a household, not to pay it several times); the others are per person.
 */
export const DEFAULT_HOUSEHOLD_CLAIM_LIMITS: Readonly<Record<RosterKind, number | null>> = {
  employ: null,
  travel: null,
  welfare: 1,
  production: null,
  unsalable: null,
};
