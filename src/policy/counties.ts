import type { County } from './countyRecord';
import { JILIN_COUNTIES } from './counties.data';
import { toHalfWidth } from './inputs';
import { autonomousCountyAliases, countyNameCandidates } from './placeName';

export type { County, CountyRecord } from './countyRecord';

/** Region codes that were retired but still appear in ID numbers issued before the change. */
const RETIRED_CODES: Readonly<Record<string, string>> = {
  '220381': '220184', // 公主岭市 moved from 四平市 to 长春市 (2020)
};

const COUNTY_SUFFIX = /(县|市|区)$/;

function shortName(name: string): string {
  return name.replace(COUNTY_SUFFIX, '');
}

const byCode = new Map<string, County>();
const byName = new Map<string, County[]>();

function addName(key: string, county: County): void {
  const list = byName.get(key) ?? [];
  if (!list.includes(county)) list.push(county);
  byName.set(key, list);
}

for (const county of JILIN_COUNTIES) {
  if (county.code) byCode.set(county.code, county);
  addName(county.name, county);
  addName(shortName(county.name), county);
  addName(county.prefecture + county.name, county);
  for (const alias of autonomousCountyAliases(county.name)) addName(alias, county);
}
const PREFECTURES = [...new Set(JILIN_COUNTIES.map((c) => c.prefecture).filter((p) => p !== ''))];
for (const [old, current] of Object.entries(RETIRED_CODES)) {
  const county = byCode.get(current);
  if (county) byCode.set(old, county);
}

export function countyByRegionCode(code: string): County | undefined {
  return byCode.get(code);
}

/**
 * A county by full name (汪清县), name without its suffix (汪清), prefecture and name (延边朝鲜族自治州汪清县), an
 * autonomous county's short name (前郭县, 长白), or the county inside a place (汪清县汪清镇, 延边州汪清县),
 * 6-digit code, or a retired code (220381 is 公主岭市). A short name shared by two units (朝阳区 exists once, but
 * e.g. 铁西/铁东 could clash with other provinces' names) only matches when it is unambiguous within Jilin.
 */
export function findCounty(query: string | number): County | undefined {
  const key = typeof query === 'number' ? String(query) : query;
  // A sheet names a handful of counties thousands of times: each text is looked up once.
  if (answers.has(key)) return answers.get(key);
  const found = lookUpCounty(key);
  if (answers.size < MAX_REMEMBERED) answers.set(key, found);
  return found;
}

const answers = new Map<string, County | undefined>();
const MAX_REMEMBERED = 10_000;

function lookUpCounty(query: string): County | undefined {
  const q = toHalfWidth(String(query)).replace(/\s+/g, '').replace(/^吉林省/, '');
  if (q === '') return undefined;
  if (/^\d{6}$/.test(q)) return byCode.get(q);
  for (const key of [q, shortName(q)]) {
    const found = byName.get(key);
    if (found && found.length === 1) return found[0];
  }
  // A place finer or coarser than a county: the county inside it (汪清县汪清镇, 延边州汪清县).
  for (const key of countyNameCandidates(q, PREFECTURES)) {
    const found = byName.get(key);
    if (found && found.length === 1) return found[0];
  }
  return undefined;
}

export function allCounties(): ReadonlyArray<County> {
  return JILIN_COUNTIES;
}

/** Whether a 6-digit region code belongs to Jilin (22xxxx), listed or not. */
export function isJilinRegionCode(code: string): boolean {
  return /^22\d{4}$/.test(code);
}
