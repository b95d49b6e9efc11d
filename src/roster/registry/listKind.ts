import type { SheetGrid } from '../sheetGrid';
import type { RegistryField } from './fields';
import { deathFieldOfHeader, registryFieldOfHeader } from './fields';
import { detectListTable } from './listTable';

/**
 * Columns only the system's export has: a roster may carry 户类型 or 监测对象类别 as its 人员类别, never the
 * household number and the monitoring dates.
 */
const REGISTRY_ONLY: ReadonlyArray<RegistryField> = ['householdNo', 'personNo', 'povertyStatus', 'liftedYear', 'statusDate', 'identified', 'riskEliminated', 'eliminated'];

/** Whether a sheet is a registry export or a death list (so a pane offers it as such, not as a roster), from its first rows. */
export function listKindOf(grid: SheetGrid): 'registry' | 'deceased' | null {
  const registry = detectListTable(grid, registryFieldOfHeader, 3);
  if ('headerRow' in registry && REGISTRY_ONLY.filter((f) => registry.columns[f] !== undefined).length >= 2) return 'registry';
  const deaths = detectListTable(grid, deathFieldOfHeader, 2);
  if ('headerRow' in deaths && deaths.columns.deathDate !== undefined) return 'deceased';
  return null;
}
