/**
 * The county inside a place as clerks write it: finer than a county (汪清县汪清镇, a town of 汪清县), coarser (延边州汪清县,
 * 吉林省延边朝鲜族自治州汪清县), or the short names autonomous counties go by (前郭县, 前郭, 长白, 伊通县). Pure text work:
 * counties.ts looks the candidates up.
 */

/** The peoples Jilin's autonomous prefecture and counties are named after (a name is the place, then the people). */
const PEOPLES = '(?:朝鲜|蒙古|满|回|锡伯)族';

/** 前郭尔罗斯蒙古族自治县 -> [前郭尔罗斯县, 前郭尔罗斯, 前郭县, 前郭]; a county that is not autonomous has none. */
export function autonomousCountyAliases(name: string): string[] {
  const m = new RegExp(`^(.+?)(?:${PEOPLES})+自治县$`).exec(name);
  if (!m) return [];
  const base = m[1];
  const aliases = [`${base}县`, base];
  if (base.length > 2) aliases.push(`${base.slice(0, 2)}县`, base.slice(0, 2));
  return aliases;
}

/** 延边朝鲜族自治州 -> [延边朝鲜族自治州, 延边州, 延边]; 长春市 -> [长春市, 长春]. */
export function prefectureForms(prefecture: string): string[] {
  const auto = new RegExp(`^(.+?)(?:${PEOPLES})+自治州$`).exec(prefecture);
  if (auto) return [prefecture, `${auto[1]}州`, auto[1]];
  const plain = /^(.+?)(市|地区|州)$/.exec(prefecture);
  return plain ? [prefecture, plain[1]] : [prefecture];
}

/**
 * Names to try for the county in `place`, most specific first: the place without a leading prefecture (longest form
 * first), then each leading part of it that ends like a county name (县, 市, 区, 旗), shortest first, so that
 * 汪清县汪清镇 gives 汪清县.
 */
export function countyNameCandidates(place: string, prefectures: ReadonlyArray<string>): string[] {
  const withoutProvince = place.replace(/^吉林(省)?/, '');
  const forms = prefectures.flatMap(prefectureForms).sort((a, b) => b.length - a.length);
  const rests = [withoutProvince];
  for (const f of forms) if (withoutProvince.startsWith(f) && withoutProvince.length > f.length) rests.push(withoutProvince.slice(f.length));
  const out: string[] = [];
  for (const rest of rests) {
    out.push(rest);
    for (let i = 2; i < rest.length; i++) if (/[县市区旗]/.test(rest[i - 1])) out.push(rest.slice(0, i));
  }
  return out;
}
