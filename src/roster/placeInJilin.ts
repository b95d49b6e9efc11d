import { allCounties, findCounty, toHalfWidth } from '../policy';

/** Jilin's prefecture-level names, short: a place of work naming one of them is inside the province. */
const JILIN_PREFECTURES = [...new Set(allCounties().map((c) => c.prefecture.replace(/(市|朝鲜族自治州|州)$/, '')))].filter((p) => p.length >= 2 && !p.startsWith('('));

/**
 * Whether a place of work is inside Jilin: 吉林/吉林省, a Jilin prefecture, or a county findCounty() knows. Measure 6
 * pays only a job outside the province; the check and the pane's 说明此行 read the 务工地点 cell alike.
 */
export function placeInJilin(place: string): boolean {
  const t = toHalfWidth(place).replace(/\s+/g, '');
  return t.includes('吉林') || findCounty(t) !== undefined || JILIN_PREFECTURES.some((p) => t.startsWith(p));
}
