import type { Determination, OnceClaim, ReadingValues, Text } from '../policy';
import {
  countsAsRepeat,
  describeReading,
  formatYuan,
  maskBankAccount,
  maskId,
  numberOn,
  productionSubsidy,
  text,
  toHalfWidth,
  underCapFen,
  unsalableReward,
  welfarePostSubsidy,
  yearOf,
} from '../policy';
import type { PaidEntry, PaidHistory } from './history';
import { KIND_MEASURE, SUBSIDY_NAMES, isOneTimePerPerson } from './kinds';
import type { PersonTable } from './personTable';
import type { RunContext } from './runContext';
import type { FieldId, FindingCode, RowRef } from './types';

/** Findings list at most this many related rows (a roster with one ID a thousand times would otherwise be n²). */
const MAX_RELATED = 50;

function yuan(fen: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${formatYuan(fen)} 元` : `${formatYuan(fen)} yuan`;
}

function where(r: RowRef): Text {
  return text(`${r.file}「${r.sheet}」第${r.row}行`, `${r.file} / ${r.sheet} row ${r.row}`);
}

function listPlaces(refs: ReadonlyArray<RowRef>, total = refs.length): Text {
  const shown = refs.slice(0, 5).map(where);
  const more = total > 5 ? text(` 等${total}处`, ` and ${total - 5} more`) : text('', '');
  return text(shown.map((t) => t.zh).join('、') + more.zh, shown.map((t) => t.en).join(', ') + more.en);
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => toHalfWidth(s).replace(/\s+/g, '').replace(/[•・.．]/g, '·');
  return norm(a) === norm(b);
}

const NONE = text('', '');

/** A finding about person row k, counted against it. */
function emitFor(t: PersonTable, k: number, code: FindingCode, field: FieldId, value: string, message: Text, related?: ReadonlyArray<RowRef>, measure?: number | null): void {
  t.scope(k).emitAt(t.gridRow[k], k, code, field, value, message, related, measure);
}

function refsOf(t: PersonTable, rows: ReadonlyArray<number>): RowRef[] {
  return rows.slice(0, MAX_RELATED).map((q) => t.ref(q));
}

/**
 * The checks that need every row: duplicates and conflicts by ID (rosters and history), shared bank accounts, and
 * the amounts that depend on other rows (employer and entity caps, welfare months). Yields after every `chunk` rows.
 */
export function* crossChecks(run: RunContext, history: PaidHistory, chunk: number): Generator<number, void> {
  const t = run.table;
  yield* run.fileRows(chunk);
  for (const group of run.idGroups) checkIdGroup(run, group);
  if (history.byId.size > 0) {
    for (let k = 0; k < t.size; k++) {
      const id = t.id[k];
      if (id !== undefined) {
        const paid = history.byId.get(id);
        if (paid) checkAgainstHistory(run, history, k, id, paid);
      }
      if ((k + 1) % chunk === 0) yield chunk;
    }
  }
  for (const group of run.bankGroups) checkBankGroup(t, group);
  yield* employAmounts(run, history, chunk);
  welfareAmounts(run, history);
  entityAmounts(run, history);
  for (let k = 0; k < t.size; k++) {
    if (t.kind[k] !== 'travel') continue;
    t.computedFen[k] = t.settled[k] ? 0 : t.baseFen[k];
    // A row that is not eligible has its reason already; the amount follows from it.
    if (t.baseFen[k] > 0) amountMismatch(t, k, NONE);
  }
}

/** A one-time claim of row k as once_scope compares claims: its measure and the year of its date. */
function claimOf(t: PersonTable, k: number): OnceClaim {
  return { measure: KIND_MEASURE[t.kind[k]!], year: yearOf(t.date[k]) };
}

/** The reading once_scope as a finding quotes it. */
function onceText(run: RunContext): Text {
  return describeReading('once_scope', run.readings, run.asOf).text;
}

/** One ID on several rows: different names are a conflict; one-time claims that once_scope counts as repeats are duplicates. */
function checkIdGroup(run: RunContext, group: ReadonlyArray<number>): void {
  const t = run.table;
  const named = group.filter((q) => t.name[q] !== '');
  if (named.some((q) => !sameName(t.name[q], t.name[named[0]]))) {
    for (const k of named) {
      const others = named.filter((q) => !sameName(t.name[q], t.name[k]));
      const refs = refsOf(t, others);
      const id = maskId(t.id[k]!);
      emitFor(
        t,
        k,
        'NAME_ID_CONFLICT',
        'name',
        t.name[k],
        text(
          `同一身份证号码 ${id} 在${listPlaces(refs, others.length).zh}登记的姓名为“${t.name[others[0]]}”，此处为“${t.name[k]}”`,
          `the same ID number ${id} is under the name "${t.name[others[0]]}" at ${listPlaces(refs, others.length).en}, here "${t.name[k]}"`,
        ),
        refs,
        null,
      );
    }
  }
  const oneTime = group.filter((q) => t.kind[q] !== null && isOneTimePerPerson(t.kind[q]!));
  if (oneTime.length < 2) return;
  const reading = onceText(run);
  for (const k of oneTime) {
    const claim = claimOf(t, k);
    const rows = oneTime.filter((q) => q === k || countsAsRepeat(run.readings, claim, claimOf(t, q)));
    if (rows.length < 2) continue;
    const others = rows.filter((q) => q !== k);
    const refs = refsOf(t, others);
    const id = maskId(t.id[k]!);
    emitFor(
      t,
      k,
      'DUPLICATE_IN_ROSTER',
      'id',
      id,
      text(
        `${id} 在本次核对的花名册中出现${rows.length}次，另见${listPlaces(refs, others.length).zh}（${reading.zh}）`,
        `${id} appears ${rows.length} times in the rosters checked; also at ${listPlaces(refs, others.length).en} (${reading.en})`,
      ),
      refs,
      KIND_MEASURE[t.kind[k]!],
    );
    if (k !== keeperOf(run.readings, t, rows)) {
      t.settled[k] = 1;
      t.computedFen[k] = 0;
    }
  }
}

/** Which of rows claiming twice keeps its amount (reading duplicate_keeper): the first eligible one, or none. */
function keeperOf(readings: ReadingValues, t: PersonTable, rows: ReadonlyArray<number>): number {
  if (readings.duplicate_keeper === 'none') return -1;
  return rows.find((q) => t.baseFen[q] > 0) ?? rows[0];
}

function checkAgainstHistory(run: RunContext, history: PaidHistory, k: number, id: string, paid: ReadonlyArray<PaidEntry>): void {
  const t = run.table;
  const name = t.name[k];
  const masked = maskId(id);
  const otherNames = name === '' ? [] : paid.filter((e) => e.name !== '' && !sameName(e.name, name));
  if (otherNames.length > 0) {
    const refs = otherNames.slice(0, MAX_RELATED).map((e) => e.ref);
    emitFor(
      t,
      k,
      'NAME_ID_CONFLICT',
      'name',
      name,
      text(
        `同一身份证号码 ${masked} 在已发放名单${listPlaces(refs, otherNames.length).zh}的姓名为“${otherNames[0].name}”，此处为“${name}”`,
        `the same ID number ${masked} is under the name "${otherNames[0].name}" in the paid list at ${listPlaces(refs, otherNames.length).en}, here "${name}"`,
      ),
      refs,
      null,
    );
  }
  const kind = t.kind[k];
  if (kind === null || !isOneTimePerPerson(kind)) return;
  const claim = claimOf(t, k);
  const same = paid.filter((e) =>
    e.kind === null
      ? history.kindlessCounts
      : isOneTimePerPerson(e.kind) && countsAsRepeat(run.readings, claim, { measure: KIND_MEASURE[e.kind], year: e.year }),
  );
  if (same.length === 0) return;
  const refs = same.slice(0, MAX_RELATED).map((e) => e.ref);
  const note = same.every((e) => e.kind === null)
    ? text(`（该名单未注明补贴类型：${describeReading('paid_list_without_kind', run.readings, run.asOf).text.zh}）`, ` (the list does not say which subsidy: ${describeReading('paid_list_without_kind', run.readings, run.asOf).text.en})`)
    : NONE;
  const paidKinds = [...new Set(same.map((e) => (e.kind === null ? SUBSIDY_NAMES[kind] : SUBSIDY_NAMES[e.kind])))].join('、');
  emitFor(
    t,
    k,
    'DUPLICATE_PAID',
    'id',
    masked,
    text(
      `${masked} 已在${listPlaces(refs, same.length).zh}登记为已发放${paidKinds}${note.zh}（${onceText(run).zh}）`,
      `${masked} is already registered as paid (${paidKinds}) at ${listPlaces(refs, same.length).en}${note.en} (${onceText(run).en})`,
    ),
    refs,
    KIND_MEASURE[kind],
  );
  t.settled[k] = 1;
  t.computedFen[k] = 0;
}

/** One bank account for several ID numbers (the same person on several rows is fine). */
function checkBankGroup(t: PersonTable, group: ReadonlyArray<number>): void {
  const personOf = (q: number) => t.id[q] ?? `row:${q}`;
  const persons = new Set(group.map(personOf));
  if (persons.size < 2) return;
  for (const k of group) {
    const others = group.filter((q) => personOf(q) !== personOf(k));
    const refs = refsOf(t, others);
    const account = maskBankAccount(t.bank[k]);
    emitFor(
      t,
      k,
      'SHARED_BANK_ACCOUNT',
      'bankAccount',
      account,
      text(
        `银行账号 ${account} 同时用于${persons.size}个身份证号码，另见${listPlaces(refs, others.length).zh}`,
        `the bank account ${account} is used for ${persons.size} ID numbers; also at ${listPlaces(refs, others.length).en}`,
      ),
      refs,
    );
  }
}

function amountMismatch(t: PersonTable, k: number, why: Text, claimOverOnly = false): void {
  const claimed = t.claimedFen[k];
  const computed = t.computedFen[k];
  const kind = t.kind[k];
  if (t.settled[k] || Number.isNaN(claimed) || Number.isNaN(computed) || kind === null) return;
  if (claimOverOnly ? claimed <= computed : claimed === computed) return;
  emitFor(
    t,
    k,
    'AMOUNT_MISMATCH',
    'amount',
    formatYuan(claimed),
    text(
      `申报金额 ${yuan(claimed, 'zh')}，按政策计算应为 ${yuan(computed, 'zh')}${why.zh}`,
      `claimed ${yuan(claimed, 'en')}, but the policy computes ${yuan(computed, 'en')}${why.en}`,
    ),
    undefined,
    KIND_MEASURE[kind],
  );
}

/**
 * Rows from..to of `rows` by date, ties kept in their order (stable): insertion sort, as an employer's hires are a
 * few dozen; a big employer falls back to the built-in stable sort.
 */
function sortByDate(rows: Int32Array, from: number, to: number, date: Float64Array): void {
  if (to - from > 64) {
    const sorted = Array.from(rows.subarray(from, to)).sort((a, b) => date[a] - date[b]);
    rows.set(sorted, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const k = rows[i];
    const d = date[k];
    let j = i - 1;
    while (j >= from && date[rows[j]] > d) {
      rows[j + 1] = rows[j];
      j--;
    }
    rows[j + 1] = k;
  }
}

/**
 * Measure 7 across rows: per employer, min(1,600 × eligible hires, 50,000) less what the history says it was paid
 * (employmentSubsidyTotal), served in hire-date order (ties: roster order); rows past the cap are flagged.
 */
function* employAmounts(run: RunContext, history: PaidHistory, chunk: number): Generator<number, void> {
  const t = run.table;
  // Eligible rows bucketed by employer (a counting sort on the employer's number), each bucket in roster order.
  const employers = run.employerKeys.size;
  const start = new Int32Array(employers + 1);
  for (let k = 0; k < t.size; k++) {
    if ((k + 1) % chunk === 0) yield chunk;
    if (t.kind[k] !== 'employ' || t.settled[k]) continue;
    if (!(t.baseFen[k] > 0) || t.employerEntry[k] < 0) {
      t.computedFen[k] = t.baseFen[k];
      continue;
    }
    start[t.employerEntry[k] + 1]++;
  }
  for (let e = 0; e < employers; e++) start[e + 1] += start[e];
  const fill = start.slice(0, employers);
  const rows = new Int32Array(start[employers]);
  for (let k = 0; k < t.size; k++) {
    if (t.kind[k] !== 'employ' || t.settled[k] || !(t.baseFen[k] > 0) || t.employerEntry[k] < 0) continue;
    rows[fill[t.employerEntry[k]]++] = k;
  }
  const byHireDate = run.readings.employ_employer_cap === 'hire-date';
  for (let e = 0; e < employers; e++) {
    const from = start[e];
    const count = start[e + 1] - from;
    if (count === 0) continue;
    if (byHireDate) sortByDate(rows, from, start[e + 1], t.date);
    const employer = run.employerKeys.key(e);
    const alreadyPaid = history.employerPaidFen.get(employer) ?? 0;
    // Each hire is paid under the cap in force on its hire date, less what the history and the hires before it got.
    let served = 0;
    for (let n = 0; n < count; n++) {
      const k = rows[from + n];
      const cap = numberOn('employ.employer_cap', t.date[k]);
      const share = Number.isNaN(cap) ? 0 : underCapFen(t.baseFen[k], cap, alreadyPaid + served);
      served += share;
      t.computedFen[k] = share;
      t.capFen[k] = cap;
      if (share > 0) continue;
      const name = t.employer[k] || t.employerCode[k];
      t.settled[k] = 1;
      const scope = t.scope(k);
      emitFor(
        t,
        k,
        'EMPLOYER_CAP_EXCEEDED',
        scope.has('employerCode') ? 'employerCode' : 'employer',
        t.employerCode[k] || t.employer[k],
        text(
          `用工单位“${name}”已达每家 ${yuan(cap, 'zh')}上限：已发放 ${yuan(alreadyPaid, 'zh')}，本次按${byHireDate ? '入职日期' : '花名册'}顺序排第${n + 1}人，前面的人已用完额度`,
          `the employer "${name}" has reached the cap of ${yuan(cap, 'en')}: ${yuan(alreadyPaid, 'en')} already paid, and this person is number ${n + 1} in ${byHireDate ? 'hire-date' : 'roster'} order, after the cap was used up`,
        ),
        undefined,
        7,
      );
    }
  }
  for (let k = 0; k < t.size; k++) {
    if (t.kind[k] !== 'employ' || !(t.baseFen[k] > 0)) continue;
    const reduced = t.computedFen[k] > 0 && t.computedFen[k] < t.baseFen[k];
    const capNote = reduced
      ? text(`（该用工单位已达每家 ${yuan(t.capFen[k], 'zh')}上限，只余此数）`, ` (the employer reaches its cap of ${yuan(t.capFen[k], 'en')}: only this much is left)`)
      : NONE;
    amountMismatch(t, k, capNote);
  }
}

/** Measure 9 across rows: months add up per person in roster order after those the history paid; at most 3 in all. */
function welfareAmounts(run: RunContext, history: PaidHistory): void {
  const t = run.table;
  const soFar = new Map<string, number>();
  const memo = new Map<string, Determination>();
  for (let k = 0; k < t.size; k++) {
    const months = t.months[k];
    if (t.kind[k] !== 'welfare' || Number.isNaN(months)) continue;
    const id = t.id[k];
    const historyMonths = id !== undefined ? history.welfareMonths(id) : 0;
    const before = id !== undefined ? (soFar.get(id) ?? historyMonths) : 0;
    const key = `${months}|${before}`;
    let det = memo.get(key);
    if (!det) {
      det = welfarePostSubsidy({ months, monthsAlreadyPaid: before, claimDate: run.asOf }, run.readings);
      memo.set(key, det);
    }
    t.computedFen[k] = det.amountFen;
    t.baseFen[k] = det.amountFen;
    if (id !== undefined) soFar.set(id, before + months);
    const over = det.reasons.find((r) => r.code === 'MONTHS_CAPPED' || r.code === 'WELFARE_MONTHS_OVER_LIMIT');
    if (over) {
      const related =
        id === undefined
          ? []
          : [
              ...refsOf(t, run.rowsWithId(id).filter((q) => q !== k && t.kind[q] === 'welfare')),
              ...(history.byId.get(id) ?? []).filter((e) => e.kind === 'welfare').map((e) => e.ref),
            ].slice(0, MAX_RELATED);
      t.settled[k] = 1;
      emitFor(
        t,
        k,
        'WELFARE_MONTHS_OVER_LIMIT',
        'months',
        String(months),
        text(
          `${over.message.zh}（已发放名单 ${historyMonths} 个月，本表前面各行 ${before - historyMonths} 个月，本行 ${months} 个月）`,
          `${over.message.en} (paid list ${historyMonths} months, rows above ${before - historyMonths}, this row ${months})`,
        ),
        related,
        9,
      );
    }
    amountMismatch(t, k, NONE);
  }
}

/**
 * Measures 3 and 10 across rows: each entity's rows in roster order, each paid at most what is left under the cap
 * after the history and the rows above; a claim may be lower than the most allowed ("at most"), never higher.
 */
function entityAmounts(run: RunContext, history: PaidHistory): void {
  const t = run.table;
  const paidSoFar = new Map<string, number>();
  for (let k = 0; k < t.size; k++) {
    const kind = t.kind[k];
    if (kind !== 'production' && kind !== 'unsalable') continue;
    const key = t.employerKey[k] === '' ? '' : `${kind}|${t.employerKey[k]}`;
    const already = key === '' ? 0 : (paidSoFar.get(key) ?? history.entityPaidFen.get(key) ?? 0);
    let det: Determination;
    if (kind === 'production') {
      if (Number.isNaN(t.quantity[k])) continue;
      det = productionSubsidy({ personsDriven: t.quantity[k], alreadyPaidFen: already, claimDate: run.asOf }, run.readings);
    } else {
      if (Number.isNaN(t.quantity[k])) continue;
      det = unsalableReward({ purchaseFen: t.quantity[k], alreadyRewardedFen: already, claimDate: run.asOf }, run.readings);
    }
    const claimed = t.claimedFen[k];
    t.computedFen[k] = det.amountFen;
    t.baseFen[k] = det.amountFen;
    if (key !== '') paidSoFar.set(key, already + (Number.isNaN(claimed) ? det.amountFen : Math.min(claimed, det.amountFen)));
    const capped = det.reasons.find((r) => r.code === 'CAPPED' || r.code === 'CAP_REACHED');
    const scope = t.scope(k);
    if (capped && (Number.isNaN(claimed) || claimed > det.amountFen)) {
      t.settled[k] = 1;
      const name = t.employer[k] || t.employerCode[k];
      emitFor(
        t,
        k,
        'ENTITY_CAP_EXCEEDED',
        scope.has('amount') ? 'amount' : kind === 'production' ? 'personsDriven' : 'purchase',
        Number.isNaN(claimed) ? '' : formatYuan(claimed),
        text(
          `“${name}”${Number.isNaN(claimed) ? '' : `申报 ${yuan(claimed, 'zh')}，`}${capped.message.zh}（已发放名单和本表上方各行计入）`,
          `"${name}"${Number.isNaN(claimed) ? '' : ` claims ${yuan(claimed, 'en')}`}: ${capped.message.en} (the paid list and the rows above counted)`,
        ),
        undefined,
        KIND_MEASURE[kind],
      );
      continue;
    }
    amountMismatch(t, k, text('（申报额超过政策允许的最高额）', ' (the claim is above the most the measure allows)'), true);
  }
}
