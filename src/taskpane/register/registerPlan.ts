import type { DaySerial } from '../../policy';
import { fenToYuan, maskPersonal, parseResidentId } from '../../policy';
import type { CellValue, SheetGrid } from '../../roster/sheetGrid';
import type { RosterKind, RosterPerson, TableLayout } from '../../roster/types';
import { PAID_REGISTER, detectTable } from '../../roster';
import { KIND_MEASURE, SUBSIDY_NAMES, isOneTimePerPerson } from '../../roster/kinds';

/** The kind a register row was paid under: its 措施 number, else its 补贴类型 text. */
function kindOfRow(row: ReadonlyArray<CellValue>, layout: TableLayout): RosterKind | undefined {
  const m = layout.columns.measure;
  if (m !== undefined) {
    const n = Number(String(row[m] ?? '').replace(/[^\d]/g, ''));
    const byMeasure = KINDS.find((k) => KIND_MEASURE[k] === n);
    if (byMeasure) return byMeasure;
  }
  const k = layout.columns.subsidyKind;
  if (k !== undefined) {
    const written = String(row[k] ?? '').trim();
    return KINDS.find((kind) => written !== '' && (written.includes(SUBSIDY_NAMES[kind]) || written === kind));
  }
  return undefined;
}

const KINDS = Object.keys(KIND_MEASURE) as RosterKind[];

function paymentKey(kind: RosterKind, id: string): string {
  return `${KIND_MEASURE[kind]}|${id}`;
}

/**
 * One-time payments already in a register (ID and measure), read through the engine's table detection: the same
 * columns it reads as history. A register without a measure or subsidy-type column is a list of employment
 * subsidies (measure 7), the one the clerks keep.
 */
export function registeredKeys(register: SheetGrid | null): Set<string> {
  const keys = new Set<string>();
  if (!register || register.values.length === 0) return keys;
  const layout = detectTable(register);
  if (!('columns' in layout) || layout.columns.id === undefined) return keys;
  const idColumn = layout.columns.id;
  for (let r = layout.firstDataRow; r < register.values.length; r++) {
    const row = register.values[r];
    const kind = kindOfRow(row, layout) ?? 'employ';
    const parsed = parseResidentId(row[idColumn]);
    if (parsed.ok && isOneTimePerPerson(kind)) keys.add(paymentKey(kind, parsed.id));
  }
  return keys;
}

/**
 * The columns the pane writes: the engine's register columns and 批次, the batch a row was registered in, which the
 * engine does not read and 撤销本批 and 本批已于 … 登记 do.
 */
export const REGISTER_HEADERS: ReadonlyArray<string> = [...PAID_REGISTER.headers, '批次'];
export const REGISTER_BATCH_COLUMN = REGISTER_HEADERS.indexOf('批次');
export const REGISTER_SOURCE_COLUMN = REGISTER_HEADERS.indexOf('来源');

export interface RegisterPlan {
  /** Rows to append, in REGISTER_HEADERS order. */
  readonly rows: CellValue[][];
  /** Who those rows are, in the same order. */
  readonly persons: ReadonlyArray<RosterPerson>;
  /** Persons left out because they are already registered for the same one-time subsidy. */
  readonly alreadyRegistered: ReadonlyArray<RosterPerson>;
  /** Rows left out because the check found errors in them. */
  readonly withErrors: number;
}

/** Where a roster row came from, as the register's 来源 column says it: 花名册!12（汪清.xlsx）. */
export function rowSource(p: { readonly file: string; readonly sheet: string; readonly row: number }): string {
  // Where the row came from, for the clerk to look up; an ID in a file or sheet name is masked like any other.
  return maskPersonal(`${p.sheet}!${p.row}（${p.file}）`);
}

function registerRow(p: RosterPerson, payDate: DaySerial, batch: string): CellValue[] {
  const fen = p.computedFen ?? p.amountFen;
  return [
    p.id ?? '',
    p.name,
    p.employer,
    p.employerCode,
    fen === null ? '' : fenToYuan(fen),
    SUBSIDY_NAMES[p.kind],
    p.measure,
    p.months ?? '',
    payDate,
    rowSource(p),
    batch,
  ];
}

/** The same persons with the 发放日期 and 批次 the clerk chose in the dialog. */
export function withPayment(plan: RegisterPlan, payDate: DaySerial, batch: string): RegisterPlan {
  return { ...plan, rows: plan.persons.map((p) => registerRow(p, payDate, batch)) };
}

/**
 * The rows 登记为已发放 will append: every checked person (or entity) without errors, except a one-time subsidy
 * (employment, travel) for an ID the register already holds under the same measure. The engine reports a person
 * claimed twice in one run as an error, so a second row cannot get here; the check against the register guards
 * against a register that was not chosen as history or has grown since the check.
 */
export function planRegistration(persons: ReadonlyArray<RosterPerson>, register: SheetGrid | null, payDate: DaySerial, batch = ''): RegisterPlan {
  const taken = registeredKeys(register);
  const rows: CellValue[][] = [];
  const chosen: RosterPerson[] = [];
  const alreadyRegistered: RosterPerson[] = [];
  let withErrors = 0;
  for (const p of persons) {
    if (p.hasErrors) {
      withErrors++;
      continue;
    }
    const key = p.id && isOneTimePerPerson(p.kind) ? paymentKey(p.kind, p.id) : undefined;
    if (key && taken.has(key)) {
      alreadyRegistered.push(p);
      continue;
    }
    if (key) taken.add(key);
    rows.push(registerRow(p, payDate, batch));
    chosen.push(p);
  }
  return { rows, persons: chosen, alreadyRegistered, withErrors };
}

export const REGISTER_ID_COLUMN = REGISTER_HEADERS.indexOf('身份证号码');
export const REGISTER_CODE_COLUMN = REGISTER_HEADERS.indexOf('统一社会信用代码');
export const REGISTER_DATE_COLUMN = REGISTER_HEADERS.indexOf('发放日期');
