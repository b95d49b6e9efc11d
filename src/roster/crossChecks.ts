import type { OnceClaim, ReadingValues, Text } from '../policy';
import { countsAsRepeat, describeReading, maskBankAccount, maskId, text, toHalfWidth, yearOf } from '../policy';
import type { PaidEntry, PaidHistory } from './history';
import type { RosterKindSpec } from './kindSpec';
import type { PersonTable } from './personTable';
import { MAX_RELATED, NONE, emitFor, listPlaces, refsOf } from './rowFindings';
import type { RunContext } from './runContext';

export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => toHalfWidth(s).replace(/\s+/g, '').replace(/[•・.．]/g, '·');
  return norm(a) === norm(b);
}

/**
 * The checks that need every row: duplicates and conflicts by ID (rosters and history), shared bank accounts, and
 * the amounts that depend on other rows (employer and entity caps, welfare months). Yields after every `chunk` rows.
 */
export function* crossChecks(run: RunContext, history: PaidHistory, chunk: number, specs: ReadonlyArray<RosterKindSpec>): Generator<number, void> {
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
  for (const spec of specs) yield* spec.amounts(run, history, chunk, spec);
}

/** A one-time claim of row k as once_scope compares claims: its measure and the year of its date. */
function claimOf(run: RunContext, k: number): OnceClaim {
  const t = run.table;
  return { measure: run.spec(t.kind[k]!).measure, year: yearOf(t.date[k]) };
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
  const oneTime = group.filter((q) => t.kind[q] !== null && run.spec(t.kind[q]!).oncePerPerson);
  if (oneTime.length < 2) return;
  const once = onceText(run);
  const keeping = describeReading('duplicate_keeper', run.readings, run.asOf).text;
  const reading = text(`${once.zh}；${keeping.zh}`, `${once.en}; ${keeping.en}`);
  for (const k of oneTime) {
    const claim = claimOf(run, k);
    const rows = oneTime.filter((q) => q === k || countsAsRepeat(run.readings, claim, claimOf(run, q)));
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
      run.spec(t.kind[k]!).measure,
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
  if (kind === null || !run.spec(kind).oncePerPerson) return;
  const claim = claimOf(run, k);
  const same = paid.filter((e) =>
    e.kind === null
      ? history.kindlessCounts
      : run.spec(e.kind).oncePerPerson && countsAsRepeat(run.readings, claim, { measure: run.spec(e.kind).measure, year: e.year }),
  );
  if (same.length === 0) return;
  const refs = same.slice(0, MAX_RELATED).map((e) => e.ref);
  const note = same.every((e) => e.kind === null)
    ? text(`（该名单未注明补贴类型：${describeReading('paid_list_without_kind', run.readings, run.asOf).text.zh}）`, ` (the list does not say which subsidy: ${describeReading('paid_list_without_kind', run.readings, run.asOf).text.en})`)
    : NONE;
  const paidKinds = [...new Set(same.map((e) => (e.kind === null ? run.spec(kind).subsidyName : run.spec(e.kind).subsidyName)))].join('、');
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
    run.spec(kind).measure,
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
