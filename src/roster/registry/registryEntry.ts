import type { DaySerial } from '../../policy';
import type { RowRef } from '../types';

/** One registry row a claim rests on, its cells as text (dates read): only rows matching a claimant are kept. */
export interface RegistryEntry {
  readonly ref: RowRef;
  readonly exportDate: DaySerial;
  readonly householdNo: string;
  readonly personNo: string;
  readonly name: string;
  readonly idType: string;
  readonly relation: string;
  readonly householdType: string;
  readonly povertyStatus: string;
  readonly liftedYear: string;
  readonly statusDate: DaySerial;
  readonly monitoringKind: string;
  readonly identified: DaySerial;
  readonly riskEliminated: string;
  readonly eliminated: DaySerial;
  readonly student: string;
  readonly labour: string;
  readonly working: string;
  readonly workPlace: string;
  readonly workEmployer: string;
}

/** One row of a death list matching a claimant. */
export interface DeathEntry {
  readonly ref: RowRef;
  readonly name: string;
  readonly deathDate: DaySerial;
  readonly source: string;
}
