import type { ReadingValues } from '../policy';
import { numberOn, text, toHalfWidth, yearOf } from '../policy';
import { isBlankCell } from './cells';
import { detectTable, isTableProblem } from './detectTable';
import { readId } from './identity';
import type { RosterKindFacts } from './kindFacts';
import { kindOfSubsidyText } from './kinds';
import { classifyRow, looksLikeIdCell } from './rowClass';
import { rosterKey } from './rosterKey';
import type { RunContext } from './runContext';
import type { SheetGrid } from './sheetGrid';
import { SheetScope } from './sheetScope';
import type { FieldId, RosterKind, RowRef } from './types';

/** One row of an "already paid" list. kind null: the list does not say which subsidy, so it counts for every one-time subsidy. */
export interface PaidEntry {
  readonly ref: RowRef;
  readonly kind: RosterKind | null;
  readonly name: string;
  readonly months: number;
  readonly amountFen: number;
  readonly employerKey: string;
  /** The pay date's calendar year, NaN when the list has no pay date: once_scope 'calendar-year' compares it. */
  readonly year: number;
  /** The pay date, else the check's as-of date: the day a missing amount's standard is looked up on. */
  readonly day: number;
}

export class PaidHistory {
  readonly byId = new Map<string, PaidEntry[]>();
  /** Measure 7: what each employer was already paid (key: credit code, else name). */
  readonly employerPaidFen = new Map<string, number>();
  /** Measures 3 and 10: what each entity was already paid, keyed `${kind}|${entity}`. */
  readonly entityPaidFen = new Map<string, number>();
  /** Employers whose paid lines include some without an amount (the reading paid_line_without_amount applied). */
  readonly employersWithoutAmounts = new Set<string>();

  constructor(
    private readonly readings: ReadingValues,
    private readonly spec: (kind: RosterKind) => RosterKindFacts,
  ) {}

  /** Whether an entry without a subsidy kind counts for the one-time subsidies (reading paid_list_without_kind). */
  get kindlessCounts(): boolean {
    return this.readings.paid_list_without_kind === 'every-one-time';
  }

  add(id: string | undefined, entry: PaidEntry): void {
    if (id !== undefined) {
      const list = this.byId.get(id);
      if (list) list.push(entry);
      else this.byId.set(id, [entry]);
    }
    if (entry.employerKey === '') return;
    const counts = entry.kind === null ? null : this.spec(entry.kind).historyCounts;
    if (counts === 'entity-total') {
      const key = `${entry.kind}|${entry.employerKey}`;
      this.entityPaidFen.set(key, (this.entityPaidFen.get(key) ?? 0) + (Number.isNaN(entry.amountFen) ? 0 : entry.amountFen));
    } else if (counts === 'employer-total' || (entry.kind === null && id !== undefined && this.kindlessCounts)) {
      if (Number.isNaN(entry.amountFen)) this.employersWithoutAmounts.add(entry.employerKey);
      const fen = Number.isNaN(entry.amountFen) ? this.standardAmount(entry.day) : entry.amountFen;
      this.employerPaidFen.set(entry.employerKey, (this.employerPaidFen.get(entry.employerKey) ?? 0) + fen);
    }
  }

  /** What a paid line without an amount counts against the employer cap (reading paid_line_without_amount). */
  private standardAmount(day: number): number {
    if (this.readings.paid_line_without_amount === 'zero') return 0;
    const fen = numberOn('employ.subsidy_per_person', day);
    return Number.isNaN(fen) ? 0 : fen;
  }

  /** The months the paid lists give a person under a kind paid by the month (measure 9). */
  monthsOf(id: string, kind: RosterKind): number {
    let months = 0;
    for (const e of this.byId.get(id) ?? []) if (e.kind === kind && !Number.isNaN(e.months)) months += e.months;
    return months;
  }
}

function employerKeyOf(run: RunContext, s: SheetScope): string {
  const code = s.has('employerCode') ? s.text('employerCode') : '';
  if (code !== '') {
    const r = run.creditCode(code);
    if (r.ok) return r.code;
  }
  const name = s.has('employer') ? s.text('employer') : '';
  return name !== '' ? `name:${toHalfWidth(name).replace(/\s+/g, '')}` : '';
}

/**
 * Reads one "already paid" list (the 已发放登记 register, or any sheet with an ID column; entity registers by credit
 * code). The same table finding as rosters; ID problems in the list are reported, since they hide earlier payments.
 */
export function* readHistory(run: RunContext, history: PaidHistory, grid: SheetGrid, order: number, chunk: number): Generator<number, void> {
  const found = detectTable(grid);
  const at = { file: grid.file, sheet: grid.sheet, order };
  if (isTableProblem(found)) {
    run.sink.add('HEADER_NOT_FOUND', at, 1, '', -1, '', '', text(`已发放名单：${found.problem.zh}`, `paid list: ${found.problem.en}`));
    return;
  }
  const sheetKind = run.options.kinds?.[rosterKey(grid.file, grid.sheet)] ?? null;
  const hasEntityKey = found.columns.employerCode !== undefined || found.columns.employer !== undefined;
  const kindColumn: FieldId | undefined = found.columns.subsidyKind !== undefined ? 'subsidyKind' : found.columns.measure !== undefined ? 'measure' : undefined;
  if (found.columns.id === undefined && !(hasEntityKey && (kindColumn !== undefined || (sheetKind !== null && run.spec(sheetKind).rows === 'entities')))) {
    run.sink.add(
      'HEADER_NOT_FOUND',
      at,
      (grid.rowOffset ?? 0) + found.headerEnd + 1,
      '',
      -1,
      '',
      '',
      text('已发放名单中没有“身份证号码”列，无法用于重复发放核对', 'the paid list has no ID number column, so it cannot be used to find repeat payments'),
    );
    return;
  }
  const s = new SheetScope(run, grid, order, found, null, found.columns);
  const keyCol = s.col.id ?? s.col.employerCode ?? s.col.employer;
  const whoColumns = (['id', 'name', 'employer', 'employerCode'] as FieldId[]).map((f) => s.col[f]).filter((j): j is number => j !== undefined);
  let belowTable = false;
  let sinceYield = 0;
  for (let i = found.firstDataRow; i < grid.values.length; i++) {
    if (++sinceYield >= chunk) {
      yield sinceYield;
      sinceYield = 0;
    }
    s.setRow(i);
    if (s.cells.length === 0) continue;
    if (keyCol === undefined || !looksLikeIdCell(s.cells[keyCol])) {
      const cls = classifyRow({ cells: s.cells, seqColumn: s.col.seq, whoColumns, belowTable });
      if (cls === 'total' || cls === 'signOff') belowTable = true;
      if (cls !== 'person') continue;
    }
    const kindCell = kindColumn ? s.raw(kindColumn) : undefined;
    const kind = (kindCell !== undefined && !isBlankCell(kindCell) ? kindOfSubsidyText(kindCell, run.specs) : undefined) ?? sheetKind;
    // Entities (measures 3 and 10) are registered by credit code: their ID cell is empty by design.
    const values = s.values;
    values.reset();
    if (kind === null || run.spec(kind).rows !== 'entities') readId(s, values);
    const payDate = s.has('payDate') ? s.date('payDate', false, false) : NaN;
    history.add(
      values.id,
      {
        ref: s.ref(i),
        kind,
        name: s.has('name') ? s.text('name') : '',
        months: s.has('months') ? s.count('months', false, false) : NaN,
        amountFen: s.has('amount') ? s.money('amount', false) : NaN,
        employerKey: employerKeyOf(run, s),
        year: yearOf(payDate),
        day: Number.isNaN(payDate) ? run.asOf : payDate,
      },
    );
  }
  if (sinceYield > 0) yield sinceYield;
}
