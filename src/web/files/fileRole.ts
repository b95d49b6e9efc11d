import type { FileRole } from '../../check';
import type { SheetGrid } from '../../roster/sheetGrid';
import { sheetRole } from '../../taskpane/state/sheetRoles';

/**
 * What a file is, judged from its sheets by the pane's own judgement of a sheet (sheetRoles.ts: the engine's table
 * detection and list recognition): a registry export or a death list when a sheet is one; a paid register when a
 * sheet is one and no sheet is a roster (a register with a roster's columns is a roster until the clerk says
 * otherwise: everyone in a roster taken as paid would be refused); otherwise a roster. The clerk can change it.
 */
export function fileRoleOf(grids: ReadonlyArray<SheetGrid>): FileRole {
  const roles = grids.map(sheetRole);
  const list = roles.find((r) => r.list)?.list;
  if (list) return list;
  const registers = roles.filter((r) => r.register && !r.rosterLike);
  const rosters = roles.filter((r) => r.hasTable && !r.register && !r.ownOutput);
  return registers.length > 0 && rosters.length === 0 ? 'paid' : 'roster';
}
