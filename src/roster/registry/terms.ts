import type { HouseholdCategory } from '../../policy';
import { toHalfWidth } from '../../policy';

/**
 * What the system's wordings mean, as data: a county whose export words a status differently adds a line here.
 * Each table is matched on the cell's text in normal form (half-width, no spaces, round brackets).
 */

/** 脱贫状态: whether the person still enjoys the policies (享受政策). */
export const POVERTY_STATUSES: ReadonlyArray<readonly [string, { readonly enjoysPolicy: boolean }]> = [
  ['已脱贫(享受政策)', { enjoysPolicy: true }],
  ['已脱贫享受政策', { enjoysPolicy: true }],
  ['享受政策', { enjoysPolicy: true }],
  ['已脱贫(不再享受政策)', { enjoysPolicy: false }],
  ['已脱贫不再享受政策', { enjoysPolicy: false }],
  ['不再享受政策', { enjoysPolicy: false }],
  // Returned to poverty, or not yet lifted: poor households on the system's books, within the policies.
  ['返贫', { enjoysPolicy: true }],
  ['未脱贫', { enjoysPolicy: true }],
  ['已脱贫', { enjoysPolicy: true }],
];

/** 户类型. */
export const HOUSEHOLD_TYPES: ReadonlyArray<readonly [string, 'lifted' | 'monitored']> = [
  ['脱贫户', 'lifted'],
  ['脱贫户(含返贫)', 'lifted'],
  ['贫困户', 'lifted'],
  ['监测户', 'monitored'],
  ['监测对象', 'monitored'],
  ['非脱贫户(监测户)', 'monitored'],
];

/** 监测对象类别, as the household categories of measure 1. */
export const MONITORING_KINDS: ReadonlyArray<readonly [string, HouseholdCategory]> = [
  ['脱贫不稳定户', 'unstable'],
  ['边缘易致贫户', 'marginal'],
  ['突发严重困难户', 'sudden_hardship'],
  ['脱贫不稳定人口', 'unstable'],
  ['边缘易致贫人口', 'marginal'],
  ['突发严重困难人口', 'sudden_hardship'],
];

/** 劳动技能: whether the person can work at all. */
export const LABOUR_SKILLS: ReadonlyArray<readonly [string, boolean]> = [
  ['技能劳动力', true],
  ['普通劳动力', true],
  ['弱劳动力或半劳动力', true],
  ['弱劳动力', true],
  ['半劳动力', true],
  ['丧失劳动力', false],
  ['无劳动力', false],
];

/** 在校生状况: the words for "not a student"; any other wording naming a school or grade is a student. */
export const NOT_A_STUDENT = ['非在校生', '否', '无', '不在校', '非在校', '毕业', '已毕业', '辍学'];
export const STUDENT_WORDS = /在校|学前|小学|初中|高中|中职|中专|技校|高职|大专|专科|本科|硕士|博士|研究生|年级|大学|学生/;

export const YES_WORDS = ['是', '已消除', '已务工', '务工', 'Y', 'YES', '1', 'TRUE'];
export const NO_WORDS = ['否', '未消除', '未务工', '无', 'N', 'NO', '0', 'FALSE'];

/** 务工地点 as the system's 务工区域: whether the work is inside Jilin; other text is read as a place name. */
export const WORK_AREAS: ReadonlyArray<readonly [string, boolean]> = [
  ['乡镇内', true],
  ['乡内', true],
  ['村内', true],
  ['县内', true],
  ['县内乡外', true],
  ['省内县外', true],
  ['县外省内', true],
  ['省内', true],
  ['省外', false],
  ['境外', false],
  ['国外', false],
];

/** A cell's text as the tables above are written. */
export function termForm(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toUpperCase();
}

/**
 * Each cell text is looked up once per table: an export says 已脱贫(享受政策) a hundred thousand times, and the
 * checks ask about every claimant several times.
 */
const memos = new WeakMap<object, Map<string, unknown>>();

function memo<T>(table: object, s: string, find: (t: string) => T): T {
  let m = memos.get(table);
  if (!m) {
    m = new Map();
    memos.set(table, m);
  }
  if (m.has(s)) return m.get(s) as T;
  const found = find(termForm(s));
  m.set(s, found);
  return found;
}

export function lookupTerm<T>(table: ReadonlyArray<readonly [string, T]>, s: string): T | undefined {
  if (s === '') return undefined;
  return memo(table, s, (t) => table.find(([word]) => word === t)?.[1]);
}

export function yesNo(s: string): boolean | undefined {
  if (s === '') return undefined;
  return memo(YES_WORDS, s, (t) => (YES_WORDS.includes(t) ? true : NO_WORDS.includes(t) ? false : undefined));
}

export function isStudent(s: string): boolean {
  if (s === '') return false;
  return memo(NOT_A_STUDENT, s, (t) => !NOT_A_STUDENT.includes(t) && STUDENT_WORDS.test(t));
}
