import type { HouseholdCategory, Text } from '../../policy';
import { formatDate, householdCategoryOf, HOUSEHOLD_CATEGORY_NAMES, idCheckCharacter, maskId, text, toHalfWidth } from '../../policy';
import { sameName } from '../crossChecks';
import { where } from '../rowFindings';
import { KIND_MEASURE, SUBSIDY_NAMES } from '../kinds';
import type { PersonTable } from '../personTable';
import type { RunContext } from '../runContext';
import type { FieldId, FindingCode, RosterKind, RowRef } from '../types';
import { categoryAgrees, eligibilityOn, registryCategories } from './eligibility';
import { deathFacts, registryFacts } from './facts';
import { DEFAULT_HOUSEHOLD_CLAIM_LIMITS } from './householdLimits';
import type { ListSource, RegistryBook } from './registryBook';
import type { DeathEntry, RegistryEntry } from './registryEntry';
import type { PersonKind, RulePeriod } from './ruleDates';
import { isPersonKind, rulePeriod } from './ruleDates';
import { isStudent, lookupTerm, LABOUR_SKILLS, termForm, WORK_AREAS, yesNo } from './terms';

const MAX_RELATED = 50;

function emit(t: PersonTable, k: number, code: FindingCode, field: FieldId | '', value: string, message: Text, related: ReadonlyArray<RowRef>, measure?: number | null): void {
  const s = t.scope(k);
  t.scope(k).emitAt(t.gridRow[k], k, code, field !== '' && s.has(field) ? field : '', value, message, related, measure);
}

/** A roster cell of row k as text (for the columns the PersonTable does not keep: category, place of work). */
function rosterText(t: PersonTable, k: number, field: FieldId): string {
  const s = t.scope(k);
  const j = s.col[field];
  if (j === undefined) return '';
  const v = s.grid.values[t.gridRow[k]]?.[j];
  return v === null || v === undefined ? '' : String(v).trim();
}

function sourcesText(sources: ReadonlyArray<ListSource>): Text {
  const shown = sources.slice(0, 5);
  const more = sources.length > 5 ? text(` 等${sources.length}张表`, ` and ${sources.length - 5} more`) : text('', '');
  return text(shown.map((s) => `${s.file}「${s.sheet}」（${s.rows}人）`).join('、') + more.zh, shown.map((s) => `${s.file} / ${s.sheet} (${s.rows} persons)`).join(', ') + more.en);
}

/** The claimant's ID can be matched: a valid key (a row whose check character is wrong has its own ID finding). */
function matchableId(t: PersonTable, k: number): string | undefined {
  const id = t.id[k];
  return id !== undefined && idCheckCharacter(id) === id[17] ? id : undefined;
}

function join(parts: ReadonlyArray<Text>, zhSep = '', enSep = ' '): Text {
  return text(parts.map((p) => p.zh).join(zhSep), parts.map((p) => p.en).join(enSep));
}

function sameEmployer(a: string, b: string): boolean {
  const norm = (s: string) => toHalfWidth(s).replace(/[\s()（）]/g, '');
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short);
}

interface Claim {
  readonly k: number;
  readonly id: string;
  readonly kind: PersonKind;
  readonly entry: RegistryEntry;
}

/**
 * Every claimant against the registry exports and death lists (codes NOT_IN_REGISTRY .. HOUSEHOLD_MANY_CLAIMS). Each
 * finding names the registry row it rests on and gives its facts. Yields after every `chunk` rows.
 */
export function* registryChecks(run: RunContext, book: RegistryBook, chunk: number): Generator<number, void> {
  const t = run.table;
  const haveRegistry = book.registrySources.length > 0;
  const limits = { ...DEFAULT_HOUSEHOLD_CLAIM_LIMITS, ...run.options.householdClaimLimits };
  const households = new Map<string, Claim[]>();
  const categories = new Map<string, HouseholdCategory | null>();
  for (let k = 0; k < t.size; k++) {
    if ((k + 1) % chunk === 0) yield chunk;
    const kind = t.kind[k];
    if (kind !== null && !isPersonKind(kind)) continue;
    const id = matchableId(t, k);
    if (id === undefined) continue;
    const period = kind === null ? null : rulePeriod(t, k, kind, run.asOf);
    const deaths = book.deaths.get(id);
    if (deaths) checkDeath(run, t, k, kind, period, deaths);
    if (!haveRegistry) continue;
    const entries = book.entries.get(id);
    if (!entries) {
      notInRegistry(t, k, id, kind, book.registrySources);
      continue;
    }
    const name = t.name[k];
    const named = name === '' || (entries.length === 1 && entries[0].name === name) ? entries : entries.filter((e) => e.name === '' || sameName(e.name, name));
    if (named.length === 0) nameMismatch(t, k, entries);
    const entry = (named.length > 0 ? named : entries)[0];
    checkCategory(t, k, entries, categories);
    if (kind === null || period === null) continue;
    checkEligible(run, t, k, kind, period, entries);
    checkLabour(t, k, kind, entry);
    checkWork(run, t, k, kind, entry);
    const limit = limits[kind];
    if (limit !== null && limit !== undefined && entry.householdNo !== '') {
      const key = `${kind}\u0000${entry.householdNo}`;
      const list = households.get(key);
      const claim = { k, id, kind, entry };
      if (list) list.push(claim);
      else households.set(key, [claim]);
    }
  }
  for (const claims of households.values()) checkHousehold(t, claims, limits[claims[0].kind] ?? Infinity);
}

function notInRegistry(t: PersonTable, k: number, id: string, kind: RosterKind | null, sources: ReadonlyArray<ListSource>): void {
  const masked = maskId(id);
  const given = sourcesText(sources);
  emit(
    t,
    k,
    'NOT_IN_REGISTRY',
    'id',
    masked,
    text(
      `身份证号码 ${masked} 不在所给的防返贫监测系统数据中（已核对：${given.zh}）；措施只适用于脱贫人口和监测对象`,
      `the ID number ${masked} is in none of the registry exports given (checked: ${given.en}); the measures are for 脱贫人口 and 监测对象 only`,
    ),
    [],
    kind === null ? 1 : KIND_MEASURE[kind],
  );
}

function nameMismatch(t: PersonTable, k: number, entries: ReadonlyArray<RegistryEntry>): void {
  const e = entries[0];
  emit(
    t,
    k,
    'REGISTRY_NAME_MISMATCH',
    'name',
    t.name[k],
    text(
      `监测系统中该身份证号码的姓名为“${e.name}”（${where(e.ref).zh}），花名册为“${t.name[k]}”`,
      `the registry has this ID number under the name "${e.name}" (${where(e.ref).en}), the roster "${t.name[k]}"`,
    ),
    entries.slice(0, MAX_RELATED).map((x) => x.ref),
    null,
  );
}

/** The roster's 人员类别 as a category, each wording parsed once per run. */
function rosterCategory(written: string, memo: Map<string, HouseholdCategory | null>): HouseholdCategory | null {
  let c = memo.get(written);
  if (c === undefined) {
    const parsed = householdCategoryOf(written);
    c = parsed.ok ? parsed.category : null;
    memo.set(written, c);
  }
  return c;
}

function checkCategory(t: PersonTable, k: number, entries: ReadonlyArray<RegistryEntry>, memo: Map<string, HouseholdCategory | null>): void {
  const written = rosterText(t, k, 'category');
  if (written === '') return;
  const category = rosterCategory(written, memo);
  if (category === null) return;
  const sets = entries.map(registryCategories);
  if (sets.some((s) => s.size === 0 || categoryAgrees(category, s))) return;
  const e = entries[0];
  // The registry's own words: a kind of 监测对象 when it names one, else 监测对象 in general.
  const specific = [...sets[0]].filter((c) => c !== 'monitored');
  const theirs: HouseholdCategory[] = sets[0].has('monitored') && !specific.some((c) => c !== 'lifted') ? [...specific, 'monitored'] : specific;
  const names = theirs.map((c) => HOUSEHOLD_CATEGORY_NAMES[c]);
  emit(
    t,
    k,
    'REGISTRY_CATEGORY_MISMATCH',
    'category',
    written,
    text(
      `花名册人员类别为“${written}”，监测系统为“${names.map((n) => n.zh).join('、')}”（${registryFacts(e).zh}）`,
      `the roster's category is "${written}", the registry's "${names.map((n) => n.en).join(', ')}" (${registryFacts(e).en})`,
    ),
    [e.ref],
    1,
  );
}

function checkEligible(run: RunContext, t: PersonTable, k: number, kind: PersonKind, period: RulePeriod, entries: ReadonlyArray<RegistryEntry>): void {
  const results = entries.map((e) => eligibilityOn(e, period.from, period.to, run.readings, run.asOf));
  if (results.some((r) => r.eligible)) return;
  const e = entries[0];
  const on = period.from === period.to ? formatDate(period.from) : `${formatDate(period.from)}—${formatDate(period.to)}`;
  emit(
    t,
    k,
    'REGISTRY_NOT_ELIGIBLE',
    period.field === '' ? 'id' : period.field,
    on,
    text(
      `按${period.name.zh}（${on}），监测系统不认定此人为享受政策的脱贫人口或监测期内的监测对象：${results[0].why.zh}（${registryFacts(e).zh}）`,
      `on ${period.name.en} (${on}) the registry does not make this person 脱贫人口 enjoying policies or a 监测对象 under monitoring: ${results[0].why.en} (${registryFacts(e).en})`,
    ),
    entries.slice(0, MAX_RELATED).map((x) => x.ref),
    KIND_MEASURE[kind],
  );
}

const CLAIMS: Readonly<Record<PersonKind, Text>> = {
  employ: text('申报吸纳就业', 'claims a hire'),
  travel: text('申报跨省务工', 'claims cross-province work'),
  welfare: text('申报公益岗位', 'claims a welfare post'),
};

function checkLabour(t: PersonTable, k: number, kind: PersonKind, e: RegistryEntry): void {
  const student = isStudent(e.student);
  const canWork = lookupTerm(LABOUR_SKILLS, e.labour);
  if (!student && canWork !== false) return;
  const what = student ? text(`在校生状况“${e.student}”`, `student status "${e.student}"`) : text(`劳动技能“${e.labour}”`, `labour "${e.labour}"`);
  emit(
    t,
    k,
    'REGISTRY_NO_LABOUR',
    '',
    student ? e.student : e.labour,
    text(
      `监测系统记录此人${what.zh}，花名册${CLAIMS[kind].zh}（系统数据为导出时的记录；${registryFacts(e).zh}）`,
      `the registry records ${what.en}, while the roster ${CLAIMS[kind].en} (as recorded at the export; ${registryFacts(e).en})`,
    ),
    [e.ref],
    KIND_MEASURE[kind],
  );
}

function checkWork(run: RunContext, t: PersonTable, k: number, kind: PersonKind, e: RegistryEntry): void {
  if (yesNo(e.working) === false) return;
  if (kind === 'travel' && e.workPlace !== '') {
    const area = lookupTerm(WORK_AREAS, e.workPlace);
    const inJilin = area ?? run.placeInJilin(termForm(e.workPlace));
    if (!inJilin) return;
    const claimed = rosterText(t, k, 'province');
    emit(
      t,
      k,
      'REGISTRY_WORK_MISMATCH',
      'province',
      claimed,
      text(
        `申报跨省务工交通补助${claimed ? `（务工地点“${claimed}”）` : ''}，监测系统记录的务工地点为“${e.workPlace}”，在吉林省内（${registryFacts(e).zh}）`,
        `a cross-province travel subsidy is claimed${claimed ? ` (place of work "${claimed}")` : ''}, but the registry's place of work "${e.workPlace}" is in Jilin (${registryFacts(e).en})`,
      ),
      [e.ref],
      6,
    );
  }
  if (kind === 'employ' && e.workEmployer !== '' && t.employer[k] !== '' && !sameEmployer(e.workEmployer, t.employer[k])) {
    emit(
      t,
      k,
      'REGISTRY_WORK_MISMATCH',
      'employer',
      t.employer[k],
      text(
        `花名册用工单位为“${t.employer[k]}”，监测系统记录的务工单位为“${e.workEmployer}”（${registryFacts(e).zh}）`,
        `the roster's employer is "${t.employer[k]}", the registry's "${e.workEmployer}" (${registryFacts(e).en})`,
      ),
      [e.ref],
      7,
    );
  }
}

function checkDeath(run: RunContext, t: PersonTable, k: number, kind: RosterKind | null, period: RulePeriod | null, deaths: ReadonlyArray<DeathEntry>): void {
  // Measure 9 pays by the month: a death before the last month claimed begins means months paid after it.
  const bound = period === null ? run.asOf : kind === 'welfare' ? period.lastMonth : period.from;
  const died = deaths.filter((d) => (period === null || !period.known ? d.deathDate <= bound : d.deathDate < bound));
  if (died.length === 0) return;
  const d = died[0];
  const rule = period === null ? text(`校验日期 ${formatDate(run.asOf)}`, `the check date ${formatDate(run.asOf)}`) : kind === 'welfare' && period.known ? text(`申报的最后一个月（自 ${formatDate(bound)} 起）`, `the last month claimed (from ${formatDate(bound)})`) : text(`${period.name.zh} ${formatDate(bound)}`, `${period.name.en} ${formatDate(bound)}`);
  const measure = kind === null ? null : KIND_MEASURE[kind];
  emit(
    t,
    k,
    'DECEASED',
    period === null || period.field === '' ? 'id' : period.field,
    formatDate(d.deathDate),
    text(
      `死亡日期 ${formatDate(d.deathDate)} 早于${rule.zh}${kind ? `，不应发放${SUBSIDY_NAMES[kind]}` : ''}（${deathFacts(d).zh}）`,
      `died on ${formatDate(d.deathDate)}, before ${rule.en}${kind ? `: not to be paid (${SUBSIDY_NAMES[kind]})` : ''} (${deathFacts(d).en})`,
    ),
    died.slice(0, MAX_RELATED).map((x) => x.ref),
    measure,
  );
}

function checkHousehold(t: PersonTable, claims: ReadonlyArray<Claim>, limit: number): void {
  const persons = new Set(claims.map((c) => c.id));
  if (persons.size <= limit) return;
  const kind = claims[0].kind;
  for (const c of claims) {
    const others = claims.filter((o) => o.id !== c.id);
    const refs = others.slice(0, MAX_RELATED).map((o) => t.ref(o.k));
    const places = join(refs.slice(0, 5).map(where), '、', ', ');
    emit(
      t,
      c.k,
      'HOUSEHOLD_MANY_CLAIMS',
      'id',
      maskId(c.id),
      text(
        `户编号 ${c.entry.householdNo} 共有${persons.size}人申报${SUBSIDY_NAMES[kind]}，每户最多${limit}人；同户另见${places.zh}（${where(c.entry.ref).zh}）`,
        `${persons.size} members of household ${c.entry.householdNo} claim (${SUBSIDY_NAMES[kind]}), at most ${limit} per household; also ${places.en} (${where(c.entry.ref).en})`,
      ),
      [...refs, c.entry.ref],
      KIND_MEASURE[kind],
    );
  }
}
