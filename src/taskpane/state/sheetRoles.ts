import type { SheetGrid } from '../../roster/sheetGrid';
import type { FieldId, RosterKind } from '../../roster/types';
import { PAID_REGISTER, REPORT_SHEET_NAME, detectKind, detectTable, listKindOf } from '../../roster';
import { MARKS_SHEET } from '../excel/marks';
import { S } from '../i18n/strings';

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
  /** A register that has a roster's columns: the headers that make it look like one (asked before it is used). */
  readonly rosterLike?: string;
}

const HISTORY_FIELDS = ['payDate', 'subsidyKind', 'measure', 'source'] as const;

/** The 校验报告 sheet the pane writes, under its Chinese or English name (or the engine's). */
export function isReportSheet(name: string): boolean {
  return name === REPORT_SHEET_NAME || name === S.reportSheet.zh || name === S.reportSheet.en;
}

export function sheetRole(head: SheetGrid): SheetRole {
  const name = head.sheet;
  if (isReportSheet(name) || name === MARKS_SHEET) return { name, ownOutput: true, register: false, detected: null, hasTable: false };
  const list = listKindOf(head);
  if (list !== null) return { name, ownOutput: false, register: false, detected: null, hasTable: true, list };
  const layout = detectTable(head);
  if (!('columns' in layout)) return { name, ownOutput: false, register: false, detected: null, hasTable: false };
  const isRegister = name === PAID_REGISTER.sheetName || (layout.columns.id !== undefined && HISTORY_FIELDS.some((f) => layout.columns[f] !== undefined));
  const rosterLike = isRegister ? rosterColumnsOf(head) : undefined;
  return { name, ownOutput: false, register: isRegister, detected: isRegister ? null : detectKind(head, layout).kind, hasTable: true, ...(rosterLike ? { rosterLike } : {}) };
}

/** Columns only a claim has: a list of payments made holds who was paid, how much and when, not why they qualify. */
const CLAIM_FIELDS: ReadonlyArray<FieldId> = ['hireDate', 'wage', 'monthsWorked', 'contract', 'contractStart', 'contractEnd', 'transportClass', 'fare', 'category'];

/**
 * Why a sheet offered as a paid register looks like a roster, or undefined: it has claim columns (入职日期, 月工资 ...)
 * and no 发放日期, or its title says it is a 花名册 or 申报表. Everyone in a roster used as a register counts as paid.
 */
export function rosterColumnsOf(grid: SheetGrid): string | undefined {
  const layout = detectTable(grid);
  if (!('columns' in layout)) return undefined;
  if (layout.columns.payDate !== undefined) return undefined;
  const claims = CLAIM_FIELDS.filter((f) => layout.columns[f] !== undefined).map((f) => layout.headers[f] ?? f);
  if (claims.length > 0) return claims.slice(0, 3).join('、');
  const title = /花名册|申报|申请/.exec(layout.title);
  return title ? `“${layout.title.trim()}”` : undefined;
}
