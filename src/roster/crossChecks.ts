import type { Determination, Text } from '../policy';
import { employmentSubsidyTotal, formatYuan, maskId, measureParameter, numberValue, productionSubsidy, text, toHalfWidth, unsalableReward, welfarePostSubsidy } from '../policy';
import type { PaidEntry, PaidHistory } from './history';
import { KIND_MEASURE, SUBSIDY_NAMES, isOneTimePerPerson } from './kinds';
import type { PersonRow } from './personRow';
import type { RunContext } from './runContext';
import type { RosterKind, RowRef } from './types';

function yuan(fen: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${formatYuan(fen)} 元` : `${formatYuan(fen)} yuan`;
}

function where(r: RowRef): Text {
  return text(`${r.file}「${r.sheet}」第${r.row}行`, `${r.file} / ${r.sheet} row ${r.row}`);
}

function listPlaces(refs: ReadonlyArray<RowRef>): Text {
  const shown = refs.slice(0, 5).map(where);
  const more = refs.length > 5 ? text(` 等${refs.length}处`, ` and ${refs.length - 5} more`) : text('', '');
  return text(shown.map((t) => t.zh).join('、') + more.zh, shown.map((t) => t.en).join(', ') + more.en);
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => toHalfWidth(s).replace(/\s+/g, '').replace(/[•・.．]/g, '·');
  return norm(a) === norm(b);
}

/**
 * The checks that need every row: duplicates and conflicts by ID (rosters and history), shared bank accounts, and
 * the amounts that depend on other rows (employer and entity caps, welfare months). Yields after every `chunk` steps.
 */
export function* crossChecks(run: RunContext, history: PaidHistory, chunk: number): Generator<number, void> {
  let steps = 0;
  const tick = () => ++steps % chunk === 0;

  for (const group of run.idGroups) {
    checkIdGroup(group);
    if (tick()) yield chunk;
  }
  if (history.byId.size > 0) {
    for (const p of run.persons) {
      if (p.id !== undefined) {
        const paid = history.byId.get(p.id);
        if (paid) checkAgainstHistory(run, p, paid);
      }
      if (tick()) yield chunk;
    }
  }
  for (const group of run.bankGroups) checkBankGroup(group);

  yield* employAmounts(run, history, chunk);
  yield* welfareAmounts(run, history, chunk);
  entityAmounts(run, history);
  for (const p of run.persons) {
    if (p.kind === 'travel') {
      p.computedFen = p.settled ? 0 : p.baseFen;
      // A row that is not eligible has its reason already; the amount follows from it.
      if (p.baseFen > 0) amountMismatch(p, text('', ''));
    }
  }
  if (steps % chunk !== 0) yield steps % chunk;
}

/** One ID on several rows: different names are a conflict; for a one-time subsidy, every row is a duplicate. */
function checkIdGroup(group: ReadonlyArray<PersonRow>): void {
  const named = group.filter((p) => p.name !== '');
  if (named.some((p) => !sameName(p.name, named[0].name))) {
    for (const p of named) {
      const others = named.filter((q) => !sameName(q.name, p.name));
      p.scope.emitAt(
        p.i,
        p,
        'NAME_ID_CONFLICT',
        'name',
        p.name,
        text(
          `同一身份证号码 ${maskId(p.id!)} 在${listPlaces(others.map((q) => q.ref())).zh}登记的姓名为“${others[0].name}”，此处为“${p.name}”`,
          `the same ID number ${maskId(p.id!)} is under the name "${others[0].name}" at ${listPlaces(others.map((q) => q.ref())).en}, here "${p.name}"`,
        ),
        others.map((q) => q.ref()),
        null,
      );
    }
  }
  const byKind = new Map<RosterKind, PersonRow[]>();
  for (const p of group) {
    if (p.kind === null || !isOneTimePerPerson(p.kind)) continue;
    const list = byKind.get(p.kind);
    if (list) list.push(p);
    else byKind.set(p.kind, [p]);
  }
  for (const [kind, rows] of byKind) {
    if (rows.length < 2) continue;
    // The first eligible row keeps its amount while the clerk decides; the others are paid nothing.
    const keeper = rows.find((p) => p.baseFen > 0) ?? rows[0];
    for (const p of rows) {
      const others = rows.filter((q) => q !== p).map((q) => q.ref());
      const reading = kind === 'employ' ? text('同一人只能享受一次一次性吸纳就业补贴', 'one one-off employment subsidy per person') : text('每人只补助一次往返交通费', 'one round-trip subsidy per person');
      p.scope.emitAt(
        p.i,
        p,
        'DUPLICATE_IN_ROSTER',
        'id',
        maskId(p.id!),
        text(
          `${maskId(p.id!)} 在本次核对的花名册中出现${rows.length}次，另见${listPlaces(others).zh}（${reading.zh}）`,
          `${maskId(p.id!)} appears ${rows.length} times in the rosters checked; also at ${listPlaces(others).en} (${reading.en})`,
        ),
        others,
        KIND_MEASURE[kind],
      );
      if (p !== keeper) {
        p.settled = true;
        p.computedFen = 0;
      }
    }
  }
}

function checkAgainstHistory(run: RunContext, p: PersonRow, paid: ReadonlyArray<PaidEntry>): void {
  const otherNames = p.name === '' ? [] : paid.filter((e) => e.name !== '' && !sameName(e.name, p.name));
  if (otherNames.length > 0) {
    const refs = otherNames.map((e) => e.ref);
    p.scope.emitAt(
      p.i,
      p,
      'NAME_ID_CONFLICT',
      'name',
      p.name,
      text(
        `同一身份证号码 ${maskId(p.id!)} 在已发放名单${listPlaces(refs).zh}的姓名为“${otherNames[0].name}”，此处为“${p.name}”`,
        `the same ID number ${maskId(p.id!)} is under the name "${otherNames[0].name}" in the paid list at ${listPlaces(refs).en}, here "${p.name}"`,
      ),
      refs,
      null,
    );
  }
  if (p.kind === null || !isOneTimePerPerson(p.kind)) return;
  const kind = p.kind;
  const same = paid.filter((e) => e.kind === kind || e.kind === null);
  if (same.length === 0) return;
  const refs = same.map((e) => e.ref);
  const untyped = same.every((e) => e.kind === null);
  const note = untyped
    ? text('（该名单未注明补贴类型，视为已发放各项一次性补贴）', ' (the list does not say which subsidy, so it is taken as paid for every one-time subsidy)')
    : text('', '');
  p.scope.emitAt(
    p.i,
    p,
    'DUPLICATE_PAID',
    'id',
    maskId(p.id!),
    text(
      `${maskId(p.id!)} 已在${listPlaces(refs).zh}登记为已发放${SUBSIDY_NAMES[kind]}${note.zh}`,
      `${maskId(p.id!)} is already registered as paid (${SUBSIDY_NAMES[kind]}) at ${listPlaces(refs).en}${note.en}`,
    ),
    refs,
    KIND_MEASURE[kind],
  );
  p.settled = true;
  p.computedFen = 0;
  void run;
}

/** One bank account for several ID numbers (the same person on several rows is fine). */
function checkBankGroup(group: ReadonlyArray<PersonRow>): void {
  const ids = new Set(group.map((p) => p.id ?? `row:${p.order}`));
  if (ids.size < 2) return;
  for (const p of group) {
    const others = group.filter((q) => (q.id ?? `row:${q.order}`) !== (p.id ?? `row:${p.order}`)).map((q) => q.ref());
    const account = `${'*'.repeat(Math.max(0, p.bank.length - 4))}${p.bank.slice(-4)}`;
    p.scope.emitAt(
      p.i,
      p,
      'SHARED_BANK_ACCOUNT',
      'bankAccount',
      account,
      text(`银行账号 ${account} 同时用于${ids.size}个身份证号码，另见${listPlaces(others).zh}`, `the bank account ${account} is used for ${ids.size} ID numbers; also at ${listPlaces(others).en}`),
      others,
    );
  }
}

function amountMismatch(p: PersonRow, why: Text, claimOverOnly = false): void {
  if (p.settled || Number.isNaN(p.claimedFen) || Number.isNaN(p.computedFen) || p.kind === null) return;
  if (claimOverOnly ? p.claimedFen <= p.computedFen : p.claimedFen === p.computedFen) return;
  p.scope.emitAt(
    p.i,
    p,
    'AMOUNT_MISMATCH',
    'amount',
    formatYuan(p.claimedFen),
    text(
      `申报金额 ${yuan(p.claimedFen, 'zh')}，按政策计算应为 ${yuan(p.computedFen, 'zh')}${why.zh}`,
      `claimed ${yuan(p.claimedFen, 'en')}, but the policy computes ${yuan(p.computedFen, 'en')}${why.en}`,
    ),
    undefined,
    KIND_MEASURE[p.kind],
  );
}

/**
 * Measure 7 across rows: per employer, min(1,600 × eligible hires, 50,000) less what the history says it was paid
 * (employmentSubsidyTotal), served in hire-date order (ties: roster order); rows past the cap are flagged.
 */
function* employAmounts(run: RunContext, history: PaidHistory, chunk: number): Generator<number, void> {
  const perPerson = run.subsidyPerPersonFen;
  const cap = numberValue(measureParameter('employ.employer_cap'));
  const byEmployer = new Map<string, PersonRow[]>();
  let n = 0;
  for (const p of run.persons) {
    if (++n % chunk === 0) yield chunk;
    if (p.kind !== 'employ' || p.settled) continue;
    if (!(p.baseFen > 0) || p.employerKey === '') {
      p.computedFen = p.baseFen;
      continue;
    }
    const list = byEmployer.get(p.employerKey);
    if (list) list.push(p);
    else byEmployer.set(p.employerKey, [p]);
  }
  const totals = new Map<string, Determination>();
  const byHireDate = run.readings.employerCapOrder === 'hire-date';
  for (const [employer, rows] of byEmployer) {
    if (byHireDate) rows.sort((a, b) => a.date - b.date || a.order - b.order);
    const alreadyPaid = history.employerPaidFen.get(employer) ?? 0;
    const key = `${rows.length}|${alreadyPaid}`;
    let total = totals.get(key);
    if (!total) {
      total = employmentSubsidyTotal({ eligibleHires: rows.length, alreadyPaidFen: alreadyPaid });
      totals.set(key, total);
    }
    rows.forEach((p, k) => {
      const share = Math.min(p.baseFen, Math.max(0, total.amountFen - k * perPerson));
      p.computedFen = share;
      if (share > 0) return;
      const name = p.employer || p.employerCode;
      p.settled = true;
      p.scope.emitAt(
        p.i,
        p,
        'EMPLOYER_CAP_EXCEEDED',
        p.scope.has('employerCode') ? 'employerCode' : 'employer',
        p.employerCode || p.employer,
        text(
          `用工单位“${name}”已达每家 ${yuan(cap, 'zh')} 上限：已发放 ${yuan(alreadyPaid, 'zh')}，本次按${byHireDate ? '入职日期' : '花名册'}顺序排第${k + 1}人，前面的人已用完额度`,
          `the employer "${name}" has reached the cap of ${yuan(cap, 'en')}: ${yuan(alreadyPaid, 'en')} already paid, and this person is number ${k + 1} in ${byHireDate ? 'hire-date' : 'roster'} order, after the cap was used up`,
        ),
        undefined,
        7,
      );
    });
  }
  const capNote = text('（该用工单位已达每家5万元上限，只余此数）', ' (the employer reaches its cap: only this much is left)');
  for (const p of run.persons) {
    if (p.kind !== 'employ' || !(p.baseFen > 0)) continue;
    amountMismatch(p, p.computedFen > 0 && p.computedFen < p.baseFen ? capNote : text('', ''));
  }
}

/** Measure 9 across rows: months add up per person in roster order after those the history paid; at most 3 in all. */
function* welfareAmounts(run: RunContext, history: PaidHistory, chunk: number): Generator<number, void> {
  const soFar = new Map<string, number>();
  const memo = new Map<string, Determination>();
  let n = 0;
  for (const p of run.persons) {
    if (++n % chunk === 0) yield chunk;
    if (p.kind !== 'welfare' || Number.isNaN(p.months)) continue;
    const historyMonths = p.id !== undefined ? history.welfareMonths(p.id) : 0;
    const before = p.id !== undefined ? (soFar.get(p.id) ?? historyMonths) : 0;
    const key = `${p.months}|${before}`;
    let det = memo.get(key);
    if (!det) {
      det = welfarePostSubsidy({ months: p.months, monthsAlreadyPaid: before });
      memo.set(key, det);
    }
    p.computedFen = det.amountFen;
    p.baseFen = det.amountFen;
    if (p.id !== undefined) soFar.set(p.id, before + p.months);
    const over = det.reasons.find((r) => r.code === 'MONTHS_CAPPED' || r.code === 'WELFARE_MONTHS_OVER_LIMIT');
    if (over) {
      const related = [
        ...(p.id !== undefined ? run.rowsWithId(p.id).filter((q) => q !== p && q.kind === 'welfare').map((q) => q.ref()) : []),
        ...(p.id !== undefined ? (history.byId.get(p.id) ?? []).filter((e) => e.kind === 'welfare').map((e) => e.ref) : []),
      ];
      p.settled = true;
      p.scope.emitAt(
        p.i,
        p,
        'WELFARE_MONTHS_OVER_LIMIT',
        'months',
        String(p.months),
        text(
          `${over.message.zh}（已发放名单 ${historyMonths} 个月，本表前面各行 ${before - historyMonths} 个月，本行 ${p.months} 个月）`,
          `${over.message.en} (paid list ${historyMonths} months, rows above ${before - historyMonths}, this row ${p.months})`,
        ),
        related,
        9,
      );
    }
    amountMismatch(p, text('', ''));
  }
}

/**
 * Measures 3 and 10 across rows: each entity's rows in roster order, each paid at most what is left under the cap
 * after the history and the rows above; a claim may be lower than the most allowed ("at most"), never higher.
 */
function entityAmounts(run: RunContext, history: PaidHistory): void {
  const paidSoFar = new Map<string, number>();
  for (const p of run.persons) {
    if (p.kind !== 'production' && p.kind !== 'unsalable') continue;
    const key = p.employerKey === '' ? '' : `${p.kind}|${p.employerKey}`;
    const already = key === '' ? 0 : (paidSoFar.get(key) ?? history.entityPaidFen.get(key) ?? 0);
    let det: Determination;
    if (p.kind === 'production') {
      if (Number.isNaN(p.personsDriven)) continue;
      det = productionSubsidy({ personsDriven: p.personsDriven, alreadyPaidFen: already });
    } else {
      if (Number.isNaN(p.purchaseFen)) continue;
      det = unsalableReward({ purchaseFen: p.purchaseFen, alreadyRewardedFen: already }, run.readings);
    }
    p.computedFen = det.amountFen;
    p.baseFen = det.amountFen;
    const paidNow = Number.isNaN(p.claimedFen) ? det.amountFen : Math.min(p.claimedFen, det.amountFen);
    if (key !== '') paidSoFar.set(key, already + paidNow);
    const capped = det.reasons.find((r) => r.code === 'CAPPED' || r.code === 'CAP_REACHED');
    const measure = KIND_MEASURE[p.kind];
    if (capped && (Number.isNaN(p.claimedFen) || p.claimedFen > det.amountFen)) {
      p.settled = true;
      p.scope.emitAt(
        p.i,
        p,
        'ENTITY_CAP_EXCEEDED',
        p.scope.has('amount') ? 'amount' : p.kind === 'production' ? 'personsDriven' : 'purchase',
        Number.isNaN(p.claimedFen) ? '' : formatYuan(p.claimedFen),
        text(
          `“${p.employer || p.employerCode}”${capped.message.zh}（已发放名单和上方各行合计 ${yuan(already, 'zh')}）`,
          `"${p.employer || p.employerCode}": ${capped.message.en} (${yuan(already, 'en')} in the paid list and the rows above)`,
        ),
        undefined,
        measure,
      );
      continue;
    }
    amountMismatch(p, text('（申报额超过政策允许的最高额）', ' (the claim is above the most the measure allows)'), true);
  }
}
