import type { Text } from '../../policy';
import { text } from '../../policy';
import type { RunContext } from '../runContext';
import { RegistryBook, readDeathSheet, readRegistrySheet } from './registryBook';
import { registryChecks } from './registryChecks';

export const NO_REGISTRY_NOTE = text('未使用防返贫监测系统数据：未核对人员身份', 'no poverty-monitoring registry data used: identities not checked against it');

/** Rows the registry step reads and checks, for the progress total. */
export function registryWork(run: RunContext): number {
  const rows = (grids: ReadonlyArray<{ readonly values: ReadonlyArray<unknown> }> | undefined) => (grids ?? []).reduce((n, g) => n + g.values.length, 0);
  return rows(run.options.registry) + rows(run.options.deceased) + run.table.size;
}

/**
 * The registry exports and death lists of the run (ValidateOptions.registry, .deceased), read after every roster
 * row is filed by ID and checked against them. Their sheets are listed after the rosters and paid lists, from
 * `firstOrder` on. Returns what the run says once (no registry given). Yields rows done, every `chunk` rows.
 */
export function* registryStep(run: RunContext, firstOrder: number, chunk: number): Generator<number, Text[]> {
  const book = new RegistryBook();
  let order = firstOrder;
  for (const grid of run.options.registry ?? []) yield* readRegistrySheet(run, book, grid, order++, chunk);
  for (const grid of run.options.deceased ?? []) yield* readDeathSheet(run, book, grid, order++, chunk);
  if (book.registrySources.length > 0 || book.deathSources.length > 0) yield* registryChecks(run, book, chunk);
  return book.registrySources.length > 0 ? [] : [NO_REGISTRY_NOTE];
}
