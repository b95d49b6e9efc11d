import type { Lang } from '../../policy';
import { formatYuan, pick, yuanToFen } from '../../policy';
import { columnLetter, detectKind, detectTable } from '../../roster';
import type { CellValue, SheetGrid } from '../../roster/sheetGrid';
import type { FieldId, TableLayout } from '../../roster/types';
import { evaluateCall } from '../../functions/calls';
import type { ActiveCell, ExcelAdapter } from '../excel/adapter';
import { S, fill } from '../i18n/strings';
import type { DeterminationView } from './determinationView';
import { determinationView } from './determinationView';
import type { RowCall } from './rowCalls';
import { ROW_CALLS } from './rowCalls';

export interface RowExplanation {
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly view: DeterminationView;
  /** The amount typed in the roster, as shown; '' when the roster has no amount or it is empty. */
  readonly claimed: string;
  /** The active cell is the amount column and holds a typed number, not a formula. */
  readonly typedAmount: boolean;
}

export function rowNumberOf(address: string): number | null {
  const m = /^\$?[A-Z]+\$?(\d+)$/i.exec(address);
  return m ? Number(m[1]) : null;
}

/** Where 说明此行 reads a row: the sheet's table, the call of its kind, and how much of the row the call needs. */
export interface RowToExplain {
  readonly row: number;
  readonly layout: TableLayout;
  readonly call: RowCall;
  /** Cells of the row to read, from the used range's first column. */
  readonly width: number;
  readonly columnOffset: number;
}

/**
 * The row of a cell, if it is a data row of a roster of a kind with a per-row amount (null otherwise), judged from
 * the sheet's first rows (or the whole sheet).
 */
export function rowToExplain(head: SheetGrid, address: string): RowToExplain | null {
  const row = rowNumberOf(address);
  if (row === null) return null;
  const layout = detectTable(head);
  if (!('columns' in layout)) return null;
  const offset = head.rowOffset ?? 0;
  if (row <= offset + layout.headerEnd + 1) return null;
  const kind = detectKind(head, layout).kind;
  const call = kind ? ROW_CALLS[kind] : undefined;
  if (!call) return null;
  const width = Math.max(...Object.values(layout.columns).map((c) => c ?? 0)) + 1;
  return { row, layout, call, width, columnOffset: head.columnOffset ?? 0 };
}

/** 说明此行 from the row's cells (values[0] is the used range's first column): the pane's and the web page's. */
export function explainRowValues(at: RowToExplain, cell: ActiveCell, values: ReadonlyArray<CellValue>, lang: Lang, defaultCounty?: string): RowExplanation | null {
  const { layout, call, row, columnOffset } = at;
  const valueOf = (f: FieldId) => (layout.columns[f] === undefined ? '' : values[layout.columns[f]!] ?? '');
  const args = call.args({ at: valueOf, has: (f) => layout.columns[f] !== undefined }, lang, defaultCounty);
  if (!args) return null;
  const outcome = evaluateCall(call.fn, args, lang);
  if (!outcome.ok || !outcome.determination) return null;
  const view = determinationView(outcome.determination, lang);
  const amountColumn = layout.columns.amount;
  const claimedValue = valueOf('amount');
  const claimed = typeof claimedValue === 'number' ? `${formatYuan(yuanToFen(claimedValue))}${lang === 'zh' ? ' 元' : ' yuan'}` : String(claimedValue ?? '');
  const activeColumn = cell.address.replace(/[$\d]/g, '').toUpperCase();
  const typedAmount =
    amountColumn !== undefined && activeColumn === columnLetter(columnOffset + amountColumn) && !(typeof cell.formula === 'string' && cell.formula.startsWith('='));
  return { sheet: cell.sheet, row, name: String(valueOf('name') ?? ''), view, claimed, typedAmount };
}

/**
 * 说明此行: the roster row of the active cell explained under the policy, by the same function a JL cell would call,
 * from the row's own cells. null when the sheet is not a roster of a kind with a per-row amount, or the cell is
 * not in its data rows. One row alone: duplicates and caps across rows are the check's (校验), not this.
 */
export async function explainRosterRow(adapter: ExcelAdapter, cell: ActiveCell, lang: Lang, defaultCounty?: string): Promise<RowExplanation | null> {
  const [head] = await adapter.readSheetHeads([cell.sheet]);
  if (!head) return null;
  const at = rowToExplain(head, cell.address);
  if (!at) return null;
  const [read] = await adapter.readReferences([{ sheet: cell.sheet, address: `${columnLetter(at.columnOffset)}${at.row}:${columnLetter(at.columnOffset + at.width - 1)}${at.row}` }]);
  return explainRowValues(at, cell, read?.values[0] ?? [], lang, defaultCounty);
}

/** 此处为手工录入金额，按政策应为 … */
export function typedAmountNote(r: RowExplanation, lang: Lang): string {
  return fill(pick(S.explainTypedAmount, lang), { claimed: r.claimed, amount: r.view.amount });
}
