import type { Determination } from '../policy';
import { describeReading, formatYuan, numberOn, text, underCapFen, welfarePostSubsidy } from '../policy';
import type { PaidHistory } from './history';
import type { RosterKindFacts } from './kindFacts';
import { MAX_RELATED, NONE, amountMismatch, emitFor, refsOf, yuan } from './rowFindings';
import type { RunContext } from './runContext';
import type { FieldId } from './types';

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
 * Measure 7 across rows: per employer, min(amount per person × eligible hires, the cap) less what the history says it was paid
 * (employmentSubsidyTotal), served in hire-date order (ties: roster order); rows past the cap are flagged.
 */
export function* employAmounts(run: RunContext, history: PaidHistory, chunk: number, spec: RosterKindFacts): Generator<number, void> {
  const t = run.table;
  // Eligible rows bucketed by employer (a counting sort on the employer's number), each bucket in roster order.
  const employers = run.employerKeys.size;
  const start = new Int32Array(employers + 1);
  for (let k = 0; k < t.size; k++) {
    if ((k + 1) % chunk === 0) yield chunk;
    if (t.kind[k] !== spec.id || t.settled[k]) continue;
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
    if (t.kind[k] !== spec.id || t.settled[k] || !(t.baseFen[k] > 0) || t.employerEntry[k] < 0) continue;
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
    // The paid lists gave some lines of this employer no amount: the finding names the reading that counted them.
    const unpaidLines = history.employersWithoutAmounts.has(employer) ? describeReading('paid_line_without_amount', run.readings, run.asOf).text : undefined;
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
          `用工单位“${name}”已达每家 ${yuan(cap, 'zh')}上限：已发放 ${yuan(alreadyPaid, 'zh')}${unpaidLines ? `（${unpaidLines.zh}）` : ''}，本次按${byHireDate ? '入职日期' : '花名册'}顺序排第${n + 1}人，前面的人已用完额度`,
          `the employer "${name}" has reached the cap of ${yuan(cap, 'en')}: ${yuan(alreadyPaid, 'en')} already paid${unpaidLines ? ` (${unpaidLines.en})` : ''}, and this person is number ${n + 1} in ${byHireDate ? 'hire-date' : 'roster'} order, after the cap was used up`,
        ),
        undefined,
        spec.measure,
      );
    }
  }
  for (let k = 0; k < t.size; k++) {
    if (t.kind[k] !== spec.id || !(t.baseFen[k] > 0)) continue;
    const reduced = t.computedFen[k] > 0 && t.computedFen[k] < t.baseFen[k];
    const capNote = reduced
      ? text(`（该用工单位已达每家 ${yuan(t.capFen[k], 'zh')}上限，只余此数）`, ` (the employer reaches its cap of ${yuan(t.capFen[k], 'en')}: only this much is left)`)
      : NONE;
    amountMismatch(t, k, capNote);
  }
}

/** Measure 9 across rows: months add up per person in roster order after those the history paid, up to the limit. */
export function* welfareAmounts(run: RunContext, history: PaidHistory, chunk: number, spec: RosterKindFacts): Generator<number, void> {
  const t = run.table;
  const soFar = new Map<string, number>();
  const memo = new Map<string, Determination>();
  for (let k = 0; k < t.size; k++) {
    if ((k + 1) % chunk === 0) yield chunk;
    const months = t.months[k];
    if (t.kind[k] !== spec.id || Number.isNaN(months)) continue;
    const id = t.id[k];
    const historyMonths = id !== undefined ? history.monthsOf(id, spec.id) : 0;
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
              ...refsOf(t, run.rowsWithId(id).filter((q) => q !== k && t.kind[q] === spec.id)),
              ...(history.byId.get(id) ?? []).filter((e) => e.kind === spec.id).map((e) => e.ref),
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
        spec.measure,
      );
    }
    amountMismatch(t, k, NONE);
  }
}

/** An entity's amount given what it was already paid: the measure's determination (measures 3 and 10). */
export type EntityDetermination = (run: RunContext, quantity: number, alreadyPaidFen: number) => Determination;

/**
 * Measures 3 and 10 across rows: each entity's rows in roster order, each paid at most what is left under the cap
 * after the history and the rows above; a claim may be lower than the most allowed ("at most"), never higher.
 */
export function entityAmounts(determine: EntityDetermination, quantityField: FieldId) {
  return function* amounts(run: RunContext, history: PaidHistory, chunk: number, spec: RosterKindFacts): Generator<number, void> {
    const t = run.table;
    const paidSoFar = new Map<string, number>();
    for (let k = 0; k < t.size; k++) {
      if ((k + 1) % chunk === 0) yield chunk;
      if (t.kind[k] !== spec.id || Number.isNaN(t.quantity[k])) continue;
      const key = t.employerKey[k] === '' ? '' : `${spec.id}|${t.employerKey[k]}`;
      const already = key === '' ? 0 : (paidSoFar.get(key) ?? history.entityPaidFen.get(key) ?? 0);
      const det = determine(run, t.quantity[k], already);
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
          scope.has('amount') ? 'amount' : quantityField,
          Number.isNaN(claimed) ? '' : formatYuan(claimed),
          text(
            `“${name}”${Number.isNaN(claimed) ? '' : `申报 ${yuan(claimed, 'zh')}，`}${capped.message.zh}（已发放名单和本表上方各行计入）`,
            `"${name}"${Number.isNaN(claimed) ? '' : ` claims ${yuan(claimed, 'en')}`}: ${capped.message.en} (the paid list and the rows above counted)`,
          ),
          undefined,
          spec.measure,
        );
        continue;
      }
      amountMismatch(t, k, text('（申报额超过政策允许的最高额）', ' (the claim is above the most the measure allows)'), true);
    }
  };
}

/** Measure 6: each row's amount is its own (the fare up to the cap), unless a duplicate settled it. */
export function* travelAmounts(run: RunContext, _history: PaidHistory, chunk: number, spec: RosterKindFacts): Generator<number, void> {
  const t = run.table;
  for (let k = 0; k < t.size; k++) {
    if ((k + 1) % chunk === 0) yield chunk;
    if (t.kind[k] !== spec.id) continue;
    t.computedFen[k] = t.settled[k] ? 0 : t.baseFen[k];
    // A row that is not eligible has its reason already; the amount follows from it.
    if (t.baseFen[k] > 0) amountMismatch(t, k, NONE);
  }
}
