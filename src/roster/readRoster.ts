import { formatYuan, text, yuanToFen } from '../policy';
import { detectKind } from './detectKind';
import { detectTable, isTableProblem } from './detectTable';
import { FIELD_NAMES } from './headers';
import { readIdentity } from './identity';
import type { RosterKindSpec } from './kindSpec';
import type { RowValues } from './personRow';
import { classifyRow, isColumnNumberRow, looksLikeIdCell } from './rowClass';
import { rosterKey } from './rosterKey';
import type { RunContext } from './runContext';
import type { SheetGrid } from './sheetGrid';
import { SheetScope } from './sheetScope';
import type { FieldId, RosterKind, SheetReport, TableLayout } from './types';

/** Columns a 合计 row may total, and how each person row's value is read back for the sum. */
const TOTALLED: ReadonlyArray<readonly [FieldId, (p: RowValues) => number, boolean]> = [
  ['amount', (p) => p.claimedFen, true],
  ['fare', (p) => p.fareFen, true],
  ['purchase', (p) => p.purchaseFen, true],
  ['personsDriven', (p) => p.personsDriven, false],
  ['months', (p) => p.months, false],
];

/** Column ids as this kind reads them: a generic header ('月数', '就业地') stands for the field the kind needs. */
function columnsForKind(layout: TableLayout, spec: RosterKindSpec | undefined): Partial<Record<FieldId, number>> {
  const renamed = new Map<FieldId, FieldId>();
  for (const [to, from] of spec?.columnSynonyms ?? []) {
    if (layout.columns[to] === undefined && layout.columns[from] !== undefined) renamed.set(from, to);
  }
  // Built afresh rather than edited with `delete`, which would leave a slow dictionary object read on every cell.
  const c: Partial<Record<FieldId, number>> = {};
  for (const [field, j] of Object.entries(layout.columns) as Array<[FieldId, number]>) c[renamed.get(field) ?? field] = j;
  return c;
}

function emptyReport(grid: SheetGrid, kind: RosterKind | null, kindDetected: boolean): SheetReport {
  return {
    file: grid.file,
    sheet: grid.sheet,
    kind,
    kindDetected,
    headerRow: null,
    firstDataRow: null,
    lastDataRow: null,
    rows: 0,
    hiddenRows: 0,
    columns: {},
    skipped: { blank: 0, total: 0, signOff: 0, repeatedHeader: 0 },
  };
}

/** Table-level findings: columns the kind cannot do without, and the kind's own checks of the table. */
function checkColumns(s: SheetScope, spec: RosterKindSpec): void {
  for (const alternatives of spec.requiredColumns) {
    if (alternatives.some((f) => s.has(f))) continue;
    const names = alternatives.map((f) => FIELD_NAMES[f]);
    s.emitTable(
      'COLUMN_MISSING',
      alternatives[0],
      text(`缺少“${names.map((n) => n.zh).join('”或“')}”列（${spec.name.zh}需要）`, `no ${names.map((n) => n.en).join(' or ')} column (a ${spec.name.en} needs it)`),
    );
  }
  spec.checkTable?.(s);
}

export interface RosterReading {
  readonly report: SheetReport;
}

/**
 * Reads one roster sheet: finds the table and kind, checks every row on its own (findings as it goes) and files each
 * person for the checks across rows. Yields after every `chunk` rows with the number of rows read since.
 */
export function* readRoster(run: RunContext, grid: SheetGrid, order: number, chunk: number, specs: ReadonlyArray<RosterKindSpec>): Generator<number, SheetReport> {
  const given = run.options.kind ?? run.options.kinds?.[rosterKey(grid.file, grid.sheet)];
  const found = detectTable(grid);
  if (isTableProblem(found)) {
    run.sink.add('HEADER_NOT_FOUND', { file: grid.file, sheet: grid.sheet, order }, 1, '', -1, '', '', found.problem);
    return emptyReport(grid, given ?? null, given === undefined);
  }
  const layout = found;
  let kind: RosterKind | null = given ?? null;
  const s0 = new SheetScope(run, grid, order, layout, null, layout.columns);
  if (kind === null) {
    const detection = detectKind(grid, layout, specs);
    kind = detection.kind;
    if (kind === null) s0.emitTable('KIND_UNKNOWN', '', text(`${detection.because.zh}；只核对身份信息，请指定花名册类型`, `${detection.because.en}; only identities are checked: give the roster kind`));
  }
  const spec = kind === null ? undefined : specs.find((x) => x.id === kind);
  if (kind !== null && !spec) throw new Error(`unknown roster kind ${kind}`);
  const s = new SheetScope(run, grid, order, layout, kind, columnsForKind(layout, spec));
  if (spec) checkColumns(s, spec);

  const values = grid.values;
  const idCol = s.col.id;
  const whoColumns = (['id', 'name', 'employer', 'employerCode'] as FieldId[]).map((f) => s.col[f]).filter((j): j is number => j !== undefined);
  const keyCol = idCol ?? s.col.employerCode ?? s.col.employer;
  const skipped = { blank: 0, total: 0, signOff: 0, repeatedHeader: 0 };
  const sums = TOTALLED.filter(([f]) => s.has(f)).map(([field, get, money]) => ({ field, get, money, total: 0, sub: 0, broken: false, closed: false }));
  let belowTable = false;
  let rows = 0;
  let hiddenRows = 0;
  let firstDataRow: number | null = null;
  let lastDataRow: number | null = null;
  let sinceYield = 0;

  for (let i = layout.firstDataRow; i < values.length; i++) {
    if (++sinceYield >= chunk) {
      yield sinceYield;
      sinceYield = 0;
    }
    s.setRow(i);
    const cells = s.cells;
    if (cells.length === 0) {
      skipped.blank++;
      continue;
    }
    if (keyCol === undefined || !looksLikeIdCell(cells[keyCol]) || spec?.rows === 'entities') {
      const cls = classifyRow({ cells, seqColumn: s.col.seq, whoColumns, belowTable });
      if (cls === 'blank') {
        skipped.blank++;
        continue;
      }
      if (cls === 'total' || cls === 'subtotal') {
        skipped.total++;
        belowTable = cls === 'total' || belowTable;
        for (const sum of sums) checkTotal(s, i, sum, cls === 'total');
        continue;
      }
      if (cls === 'signOff') {
        skipped.signOff++;
        belowTable = true;
        continue;
      }
      if (cls === 'repeatedHeader' || (i === layout.firstDataRow && isColumnNumberRow(cells))) {
        skipped.repeatedHeader++;
        continue;
      }
    }

    const k = run.table.next;
    s.k = k;
    const p = s.values;
    p.reset();
    rows++;
    if (s.isHidden(i)) hiddenRows++;
    const excel = s.excelRow(i);
    if (firstDataRow === null) firstDataRow = excel;
    lastDataRow = excel;
    if (spec) spec.checkRow(s, p);
    else readIdentity(s, p);
    run.table.add(s, i, kind, p, spec?.quantity ? spec.quantity(p) : NaN);
    for (const sum of sums) {
      if (sum.closed) Object.assign(sum, { total: 0, sub: 0, broken: false, closed: false });
      const v = sum.get(p);
      if (Number.isNaN(v)) sum.broken = true;
      else {
        sum.total += v;
        sum.sub += v;
      }
    }
  }
  if (sinceYield > 0) yield sinceYield;

  const columns: Partial<Record<FieldId, string>> = { ...s.letters };
  return {
    file: grid.file,
    sheet: grid.sheet,
    kind,
    kindDetected: given === undefined,
    headerRow: s.excelRow(layout.headerEnd),
    firstDataRow,
    lastDataRow,
    rows,
    hiddenRows,
    columns,
    skipped,
  };
}

interface RunningSum {
  readonly field: FieldId;
  readonly money: boolean;
  total: number;
  sub: number;
  broken: boolean;
  /** A 合计 row has closed the rows above it: person rows after it start a new block (rosters stacked on one sheet). */
  closed: boolean;
}

/**
 * A 合计 row against the sum of the person rows above it since the last 合计 (第一批 … 合计, 第二批 … 合计: each block
 * its own); a 小计 row against the rows since the last 小计.
 */
function checkTotal(s: SheetScope, i: number, sum: RunningSum, grand: boolean): void {
  const shown = s.quietNumber(sum.field, i);
  const expected = grand ? sum.total : sum.sub;
  if (!grand) sum.sub = 0;
  else sum.closed = true;
  if (Number.isNaN(shown) || sum.broken) return;
  const stated = sum.money ? yuanToFen(shown) : shown;
  if (Math.abs(stated - expected) < 1e-9) return;
  const fmt = (n: number) => (sum.money ? `${formatYuan(n)}` : String(n));
  const label = s.label(sum.field);
  const what = grand ? text('合计', 'total') : text('小计', 'subtotal');
  s.emitAt(
    i,
    -1,
    'TOTAL_MISMATCH',
    sum.field,
    String(shown),
    text(
      `${what.zh}行${label.zh}为 ${fmt(stated)}，上方明细之和为 ${fmt(expected)}（相差 ${fmt(stated - expected)}）`,
      `the ${what.en} row's ${label.en} is ${fmt(stated)} but the rows above add up to ${fmt(expected)} (a difference of ${fmt(stated - expected)})`,
    ),
  );
}
