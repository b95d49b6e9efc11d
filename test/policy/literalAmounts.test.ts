/**
 * No amount, cap, rate, limit or date of the measures is written anywhere in src/ but the policy data: every string,
 * template, JSX text and comment of the source (and the hand-written Chinese function metadata) is scanned for the
 * values the data holds, in the forms prose writes them (1,600 元, 5万元, 50,000, 10%, 3个月, 6 months, at most 6,
 * 2020-01-01, 2020年1月1日). The built metadata is the scanned template with the data's values filled in.
 */
import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { POLICY } from '../../src/policy';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fillDescriptions } = require('../../scripts/fill-descriptions.js') as { fillDescriptions: (json: string, lang: 'zh' | 'en', day?: string) => string };

const SRC = path.join(__dirname, '../../src');
const DATA_FILE = /(^|\/)policy\/data\/|\.data\.ts$/;

/** The values of the data, by the form prose writes them in. */
function forbiddenValues() {
  const yuan = new Set<number>();
  const months = new Set<number>();
  const percents = new Set<number>();
  const numbers = new Set<number>();
  const dates = new Set<string>();
  for (const id of POLICY.parameterIds()) {
    for (const v of POLICY.valuesOf(id)) {
      if (typeof v.value === 'string') dates.add(v.value);
      else if (v.unit === 'fen') yuan.add(v.value / 100);
      else if (v.unit === 'months') months.add(v.value);
      else if (v.unit === 'percent') percents.add(v.value);
      if (typeof v.value === 'number') numbers.add(v.unit === 'fen' ? v.value / 100 : v.value);
    }
  }
  return { yuan, months, percents, numbers, dates };
}

const V = forbiddenValues();
const num = (s: string) => Number(s.replace(/,/g, ''));
const CJK = /[\u4e00-\u9fff]/;

/** Amounts of the data written out in `prose`, each with the words around it. */
export function literalAmounts(prose: string): string[] {
  const hits: Array<{ start: number; end: number; text: string }> = [];
  // Forms overlap (1600元 is also 最高1600): one amount is one hit.
  const hit = (m: RegExpExecArray) => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (hits.some((h) => h.start < end && start < h.end)) return;
    hits.push({ start, end, text: prose.slice(Math.max(0, start - 12), end + 12).replace(/\s+/g, ' ') });
  };
  const each = (re: RegExp, test: (m: RegExpExecArray) => boolean) => {
    for (let m = re.exec(prose); m; m = re.exec(prose)) if (test(m)) hit(m);
  };
  // 1,600 元, 1600元, 50000 yuan, 5万元, 10万
  each(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(万元|万|元|yuan)/g, (m) => V.yuan.has(num(m[1]) * (m[2].startsWith('万') ? 10_000 : 1)));
  // 50,000 written with a separator, not counting rows or calls
  each(/(?<![\d.,])(\d{1,3}(?:,\d{3})+)(?![\d,])(?!\s*(rows|行|inputs|calls|varied))/g, (m) => V.yuan.has(num(m[1])));
  // 1600×人数, 为1600， min(1600
  each(/(?<![\d.,])(\d{3,6})(?![\d.,])/g, (m) => {
    if (!V.yuan.has(num(m[1]))) return false;
    const before = prose[m.index - 1] ?? '';
    const after = prose[m.index + m[0].length] ?? '';
    return CJK.test(before) || CJK.test(after) || /[×x−]/.test(after) || /\(\s*$/.test(prose.slice(Math.max(0, m.index - 4), m.index));
  });
  each(/(?<![\d.])(\d+)\s*(个月|months?|-month)/g, (m) => V.months.has(num(m[1])));
  each(/(?<![\d.])(\d+)\s*%/g, (m) => V.percents.has(num(m[1])));
  each(/(at most|up to|at least|最多|最高|不超过|不少于)\s*(\d[\d,]*)/g, (m) => V.numbers.has(num(m[2])));
  for (const d of V.dates) {
    const [y, mo, da] = d.split('-').map(Number);
    each(new RegExp(`${d}|${y}年${mo}月${da}日`, 'g'), () => true);
  }
  return hits.map((h) => h.text);
}

/** Strings, templates, JSX text and comments of a TypeScript file: the prose in it. */
function proseOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const comments = new Set<number>();
  const addComments = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (comments.has(r.pos)) continue;
      comments.add(r.pos);
      out.push(source.slice(r.pos, r.end));
    }
  };
  const visit = (node: ts.Node) => {
    addComments(ts.getLeadingCommentRanges(source, node.getFullStart()));
    addComments(ts.getTrailingCommentRanges(source, node.getEnd()));
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|json|html)$/.test(e.name) && !DATA_FILE.test(path.relative(SRC, full).split(path.sep).join('/')) ? [full] : [];
  });
}

describe('literal amounts outside the policy data', () => {
  it('the scanner finds the forms prose writes amounts in', () => {
    expect(literalAmounts('最高1600元；每家企业最多5万元')).toHaveLength(2);
    expect(literalAmounts('min(1,600 x hires, 50,000 - already paid)')).toHaveLength(2);
    expect(literalAmounts('符合条件为1600，否则为0')).toHaveLength(1);
    expect(literalAmounts('at least 3 months worked; at most 6; 10% of it; hired after 2020-01-01')).toHaveLength(4);
    expect(literalAmounts('a roster of 100,000 rows; 1,234.56 yuan; 12 months; =JL.UNSALABLE_REWARD(150000)')).toEqual([]);
  });

  it('src/ has none: strings, templates, JSX text and comments', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const rel = path.relative(SRC, file);
      const prose = /\.tsx?$/.test(file) ? proseOf(file) : [fs.readFileSync(file, 'utf8')];
      for (const p of prose) for (const h of literalAmounts(p)) found.push(`${rel}: …${h}…`);
    }
    expect(found).toEqual([]);
  });

  it('the built function metadata is its template with the data\'s values, in both languages', async () => {
    const generated = await generateCustomFunctionsMetadata(path.join(SRC, 'functions/functions.ts'), false);
    const zh = fs.readFileSync(path.join(SRC, 'functions/functions.zh-CN.json'), 'utf8');
    for (const [template, lang] of [[generated.metadataJson, 'en'], [zh, 'zh']] as const) {
      expect(literalAmounts(template)).toEqual([]);
      const built = JSON.parse(fillDescriptions(template, lang)) as { functions: Array<{ id: string; description: string }> };
      expect(JSON.stringify(built)).not.toMatch(/\{[a-z_]+\.[a-z_0-9]+\}/);
      const cap = POLICY.parameterOn('employ.employer_cap', Math.floor(Date.now() / 86_400_000) + 25_569)!.value as number;
      const total = built.functions.find((f) => f.id === 'EMPLOY_SUBSIDY_TOTAL')!.description;
      expect(total).toContain(lang === 'en' ? (cap / 100).toLocaleString('en-US') : String(cap / 100));
    }
  });
});
