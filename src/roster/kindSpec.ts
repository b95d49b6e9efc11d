import type { PaidHistory } from './history';
import type { RosterKindFacts } from './kindFacts';
import type { RowValues } from './personRow';
import type { RunContext } from './runContext';
import type { SheetScope } from './sheetScope';

/**
 * Everything the engine knows about one kind of roster (花名册): a new kind is one more of these (kindSpecs.ts).
 * readRoster, the checks across rows, the history reader, kind detection, the command line's --kind and the pane's
 * kind picker all iterate the specs.
 */
export interface RosterKindSpec extends RosterKindFacts {
  /** Checks of the table beyond the required columns. */
  checkTable?(s: SheetScope): void;
  /** One row on its own: reads its cells into `p` and reports what is wrong with them. */
  checkRow(s: SheetScope, p: RowValues): void;
  /** The figure an entity row is paid on (persons driven, the purchase in fen). */
  quantity?(p: RowValues): number;
  /** The amounts that depend on other rows and the history; rows of other kinds are left alone. */
  amounts(run: RunContext, history: PaidHistory, chunk: number, spec: RosterKindFacts): Generator<number, void>;
}
