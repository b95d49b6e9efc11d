import type { SheetGrid } from '../../roster/sheetGrid';
import type { RosterKind } from '../../roster/types';
import { PAID_REGISTER, REPORT_SHEET_NAME, detectKind, detectTable, listKindOf } from '../../roster';
import { MARKS_SHEET } from '../excel/marks';

/** What a sheet of the workbook is to the pane, judged from its first rows by the engine's own table detection. */
export interface SheetRole {
  readonly name: string;
  /** A sheet the pane wrote itself (report, marks): never offered. */
  readonly ownOutput: boolean;
  /** A list of persons already paid: offered as history. */
  readonly register: boolean;
  /** The kind the engine recognises, or null. */
  readonly detected: RosterKind | null;
  /** A table with a header was found. */
  readonly hasTable: boolean;
  /** A poverty-monitoring registry export or a death list: used as such, never offered as a roster (issue 12). */
  readonly list?: 'registry' | 'deceased' | null;
}

const HISTORY_FIELDS = ['payDate', 'subsidyKind', 'measure', 'source'] as const;

export function sheetRole(head: SheetGrid): SheetRole {
  const name = head.sheet;
  if (name === REPORT_SHEET_NAME || name === MARKS_SHEET) return { name, ownOutput: true, register: false, detected: null, hasTable: false };
  const list = listKindOf(head);
  if (list !== null) return { name, ownOutput: false, register: false, detected: null, hasTable: true, list };
  const layout = detectTable(head);
  if (!('columns' in layout)) return { name, ownOutput: false, register: false, detected: null, hasTable: false };
  const isRegister = name === PAID_REGISTER.sheetName || (layout.columns.id !== undefined && HISTORY_FIELDS.some((f) => layout.columns[f] !== undefined));
  return { name, ownOutput: false, register: isRegister, detected: isRegister ? null : detectKind(head, layout).kind, hasTable: true };
}
