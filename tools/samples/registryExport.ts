/**
 * Synthetic exports of the national poverty-monitoring system (全国防返贫监测信息系统) for the sample rosters'
 * persons, one file per county as townships download them, and a death list; with the registry cases of issue 12
 * planted at known roster rows. Planting changes the registry and the death list only: the rosters stay as they are.
 */
import type { DaySerial } from '../../src/policy';
import { addMonths, findCounty, formatDate, parseResidentId, ymdToSerial } from '../../src/policy';
import type { CellValue } from '../../src/roster/sheetGrid';
import { residentId, sequenceFor } from './identity';
import { personName } from './names';
import { Rng } from './random';
import type { PlantedError, SampleWorkbook, Samples } from './samples';
import { FILES } from './samples';
import type { Column, SampleSheet } from './sheetModel';
import { SheetBuilder } from './sheetModel';

/** The system's person table, as its 导出 writes it (dates as text, like the system's own export). */
export const REGISTRY_COLUMNS: ReadonlyArray<Column> = [
  { header: '序号', type: 'seq', width: 6 },
  { header: '县(市、区)', type: 'text', width: 10 },
  { header: '乡(镇)', type: 'text', width: 12 },
  { header: '行政村', type: 'text', width: 10 },
  { header: '户编号', type: 'code', width: 16 },
  { header: '人编号', type: 'code', width: 18 },
  { header: '姓名', type: 'text', width: 10 },
  { header: '证件类型', type: 'text', width: 12 },
  { header: '证件号码', type: 'code', width: 23 },
  { header: '与户主关系', type: 'text', width: 10 },
  { header: '户类型', type: 'text', width: 8 },
  { header: '脱贫状态', type: 'text', width: 20 },
  { header: '脱贫年度', type: 'text', width: 8 },
  { header: '监测对象类别', type: 'text', width: 14 },
  { header: '识别监测时间', type: 'text', width: 12 },
  { header: '风险是否已消除', type: 'text', width: 8 },
  { header: '风险消除时间', type: 'text', width: 12 },
  { header: '在校生状况', type: 'text', width: 14 },
  { header: '劳动技能', type: 'text', width: 12 },
  { header: '是否务工', type: 'text', width: 8 },
  { header: '务工地点', type: 'text', width: 10 },
  { header: '务工单位', type: 'text', width: 30 },
];

const DEATH_COLUMNS: ReadonlyArray<Column> = [
  { header: '序号', type: 'seq', width: 6 },
  { header: '姓名', type: 'text', width: 10 },
  { header: '身份证号码', type: 'code', width: 21 },
  { header: '死亡日期', type: 'date', width: 12 },
  { header: '数据来源', type: 'text', width: 12 },
];

export const REGISTRY_FILES = {
  '222424': 'registry-wangqing-2022.xlsx',
  '222426': 'registry-antu-2022.xlsx',
  '222406': 'registry-helong-2022.xlsx',
  '222402': 'registry-tumen-2022.xlsx',
} as const;
export const DECEASED_FILE = 'deceased-2022.xlsx';
const REGISTRY_SHEET = '人员信息';
const EXPORT_DATE = ymdToSerial(2022, 12, 31);

type Region = keyof typeof REGISTRY_FILES;
type ClaimKind = 'employ' | 'travel' | 'welfare';

/** A person as a roster claims them: where, what kind, the rule's date, and what the roster says. */
interface Claim {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly kind: ClaimKind;
  readonly id: string;
  readonly name: string;
  readonly sex: 'male' | 'female';
  readonly category: string;
  readonly employer: string;
  readonly date: DaySerial;
  readonly months: number;
}

const KIND_OF_FILE: Readonly<Record<string, ClaimKind>> = { [FILES.wangqing]: 'employ', [FILES.antu]: 'employ', [FILES.travel]: 'travel', [FILES.welfare]: 'welfare' };
const DATE_COLUMN: Readonly<Record<ClaimKind, string>> = { employ: '入职日期', travel: '合同起始日期', welfare: '上岗日期' };

function claimsOf(samples: Samples): Claim[] {
  const claims: Claim[] = [];
  for (const w of samples.workbooks) {
    const kind = KIND_OF_FILE[w.file];
    if (!kind) continue;
    for (const sheet of w.sheets) {
      const at = (h: string) => sheet.columns.findIndex((c) => c.header === h);
      sheet.rows.forEach((row, r) => {
        if (row.role !== 'person') return;
        const cell = (h: string): CellValue => (at(h) < 0 ? null : row.cells[at(h)]);
        const id = parseResidentId(cell('身份证号码'));
        if (!id.ok) return;
        claims.push({
          file: w.file,
          sheet: sheet.name,
          row: r + 1,
          kind,
          id: id.id,
          name: String(cell('姓名') ?? ''),
          sex: id.sex,
          category: String(cell('人员类别') ?? ''),
          employer: String(cell('用工单位') ?? ''),
          date: typeof cell(DATE_COLUMN[kind]) === 'number' ? (cell(DATE_COLUMN[kind]) as number) : NaN,
          months: typeof cell('月数') === 'number' ? (cell('月数') as number) : NaN,
        });
      });
    }
  }
  return claims;
}

interface Member {
  readonly householdNo: string;
  readonly personNo: string;
  readonly name: string;
  readonly id: string;
  readonly idType?: string;
  readonly relation: string;
  readonly cells: Readonly<Record<string, CellValue>>;
  readonly plant?: Omit<PlantedError, 'file' | 'sheet' | 'row' | 'column'> & { readonly column: string };
}

/** The registry's words for what the roster's 人员类别 says, identified well before the rule's day. */
function statusCells(rng: Rng, category: string, day: DaySerial): Record<string, CellValue> {
  const identified = formatDate(Math.min(day, ymdToSerial(2022, 1, 1)) - rng.int(40, 400));
  const lifted = { 户类型: '脱贫户', 脱贫状态: '已脱贫(享受政策)', 脱贫年度: String(rng.int(2016, 2020)) };
  if (category === '脱贫不稳定户') return { ...lifted, 监测对象类别: '脱贫不稳定户', 识别监测时间: identified, 风险是否已消除: '否' };
  if (category === '边缘易致贫户' || category === '突发严重困难户') return { 户类型: '监测户', 监测对象类别: category, 识别监测时间: identified, 风险是否已消除: '否' };
  return lifted;
}

/** Registry exports per county and a death list for the sample rosters, with the registry cases planted. */
export function registrySamples(samples: Samples, seed = 20221231): { workbooks: SampleWorkbook[]; planted: PlantedError[] } {
  const rng = new Rng(seed);
  const all = claimsOf(samples);
  const times = new Map<string, number>();
  for (const c of all) times.set(c.id, (times.get(c.id) ?? 0) + 1);
  const plantedRows = new Set(samples.planted.map((p) => `${p.file}|${p.row}`));
  // Plain claims to plant on: once in all rosters, no planted problem of their own, a readable date.
  const plain = (file: string) => all.filter((c) => c.file === file && times.get(c.id) === 1 && !plantedRows.has(`${c.file}|${c.row}`) && !Number.isNaN(c.date));
  const pick = (file: string, n: number) => plain(file)[n];
  const planted: PlantedError[] = [];
  const plantAt = (c: Claim, code: string, column: string, what: string, mustNotFire?: string[]) => planted.push({ file: c.file, sheet: c.sheet, row: c.row, column, code, what, mustNotFire });
  const D = (c: Claim, days: number) => formatDate(c.date + days);

  // What is planted where: registry cells that differ from the roster's claim, or a claim left out.
  const changes = new Map<string, Record<string, CellValue>>();
  const left = new Set<string>();
  const wq = (n: number) => pick(FILES.wangqing, n);
  const at = (n: number) => pick(FILES.antu, n);
  const tr = (n: number) => pick(FILES.travel, n);
  const wf = (n: number) => pick(FILES.welfare, n);

  left.add(wq(3).id);
  plantAt(wq(3), 'NOT_IN_REGISTRY', 'D', '汪清县的系统导出数据中没有此人');
  changes.set(wq(7).id, { 脱贫状态: '已脱贫(不再享受政策)' });
  plantAt(wq(7), 'REGISTRY_NOT_ELIGIBLE', 'I', '系统脱贫状态为已脱贫(不再享受政策)，未注明日期：按导出日 2022-12-31 的状态认定');
  changes.set(wq(11).id, { 务工单位: '延吉市恒达建材有限公司' });
  plantAt(wq(11), 'REGISTRY_WORK_MISMATCH', 'F', '系统务工单位为另一家企业');
  changes.set(wq(15).id, { 证件类型: '残疾人证', 证件号码: `${wq(15).id}42` });
  plantAt(wq(15), '', 'D', '系统中以20位残疾人证号登记（前18位为身份证号码）：应能匹配', ['NOT_IN_REGISTRY']);
  changes.set(wq(19).id, { 监测对象类别: '脱贫不稳定户', 识别监测时间: D(wq(19), 0), 风险是否已消除: '否', 脱贫状态: '已脱贫(不再享受政策)' });
  plantAt(wq(19), '', 'I', '不再享受政策，但入职当天被识别为监测对象（边界当天）：仍符合', ['REGISTRY_NOT_ELIGIBLE']);

  changes.set(at(2).id, { 姓名: '金美善' });
  plantAt(at(2), 'REGISTRY_NAME_MISMATCH', 'B', '系统中该身份证号码的姓名为“金美善”');
  changes.set(at(6).id, { 户类型: '监测户', 脱贫状态: null, 脱贫年度: null, 监测对象类别: '边缘易致贫户', 识别监测时间: '2020-03-10', 风险是否已消除: '否' });
  plantAt(at(6), 'REGISTRY_CATEGORY_MISMATCH', 'E', '系统为边缘易致贫户（监测户），花名册填脱贫人口');
  changes.set(at(10).id, { 劳动技能: '丧失劳动力', 是否务工: '否' });
  plantAt(at(10), 'REGISTRY_NO_LABOUR', 'A', '系统劳动技能为丧失劳动力');
  changes.set(at(14).id, { 户类型: '监测户', 脱贫状态: null, 脱贫年度: null, 监测对象类别: '突发严重困难户', 识别监测时间: D(at(14), 1), 风险是否已消除: '否' });
  plantAt(at(14), 'REGISTRY_NOT_ELIGIBLE', 'I', '入职次日才被识别为监测对象');

  changes.set(tr(1).id, { 务工地点: '省内县外' });
  plantAt(tr(1), 'REGISTRY_WORK_MISMATCH', 'F', '申报跨省务工，系统务工地点为省内县外');
  changes.set(tr(4).id, { 户类型: '监测户', 脱贫状态: null, 脱贫年度: null, 监测对象类别: '边缘易致贫户', 识别监测时间: '2021-04-01', 风险是否已消除: '是', 风险消除时间: D(tr(4), -1) });
  plantAt(tr(4), 'REGISTRY_NOT_ELIGIBLE', 'H', '合同起始日前一天风险已消除');
  changes.set(tr(9).id, { 在校生状况: '本科二年级' });
  plantAt(tr(9), 'REGISTRY_NO_LABOUR', 'A', '系统记录为在校生（本科二年级）');

  // Two members of one household on temporary welfare posts (one per household).
  const head = wf(2);
  const spouse = wf(6);
  plantAt(head, 'HOUSEHOLD_MANY_CLAIMS', 'D', '同户两人申报临时公益岗位');
  plantAt(spouse, 'HOUSEHOLD_MANY_CLAIMS', 'D', '同户两人申报临时公益岗位');

  // Deaths: before the hire date, before the last welfare month claimed, and after a hire (no finding).
  const deaths: Array<{ c?: Claim; name: string; id: string; day: DaySerial; source: string }> = [];
  const diedBeforeHire = wq(23);
  deaths.push({ c: diedBeforeHire, name: diedBeforeHire.name, id: diedBeforeHire.id, day: diedBeforeHire.date - 20, source: '民政' });
  plantAt(diedBeforeHire, 'DECEASED', 'I', '死亡日期早于入职日期 20 天');
  const welfareDead = plain(FILES.welfare).find((c) => c.months >= 2 && c !== head && c !== spouse)!;
  deaths.push({ c: welfareDead, name: welfareDead.name, id: welfareDead.id, day: addMonths(welfareDead.date, welfareDead.months - 1) - 3, source: '医保' });
  plantAt(welfareDead, 'DECEASED', 'G', '申报的最后一个月开始前已死亡');
  const diedLater = at(18);
  deaths.push({ c: diedLater, name: diedLater.name, id: diedLater.id, day: ymdToSerial(2022, 11, 3), source: '公安' });
  plantAt(diedLater, '', 'I', '入职后才死亡：不应报死亡', ['DECEASED']);

  // Households: each claimant heads one (with a spouse or child beside them), the welfare couple shares one.
  const byRegion = new Map<Region, Member[]>();
  const seen = new Set<string>();
  let household = 0;
  const claimants = all.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
  const householdOf = new Map<string, string>();
  for (const c of claimants) {
    const region = c.id.slice(0, 6) as Region;
    if (!(region in REGISTRY_FILES) || left.has(c.id)) continue;
    const members = byRegion.get(region) ?? [];
    byRegion.set(region, members);
    const own = c === spouse ? householdOf.get(head.id) : undefined;
    const householdNo = own ?? `${region}${String(10_000 + ++household).padStart(8, '0')}`;
    householdOf.set(c.id, householdNo);
    const base = statusCells(rng, c.category, c.date);
    const working: Record<string, CellValue> = c.kind === 'travel' ? { 是否务工: '是', 务工地点: '省外' } : c.kind === 'employ' ? { 是否务工: '是', 务工地点: '县内', 务工单位: c.employer } : { 是否务工: '否' };
    const cells: Record<string, CellValue> = { ...base, 在校生状况: '非在校生', 劳动技能: rng.pick(['普通劳动力', '普通劳动力', '技能劳动力', '弱劳动力或半劳动力']), ...working, ...changes.get(c.id) };
    members.push({ householdNo, personNo: `${householdNo}0${own ? 2 : 1}`, name: String(cells.姓名 ?? c.name), id: String(cells.证件号码 ?? c.id), idType: cells.证件类型 as string | undefined, relation: own ? '配偶' : '户主', cells });
    if (own) continue;
    // A child at school beside some claimants: persons in the export nobody claims for.
    if (rng.chance(0.4)) {
      const birth = ymdToSerial(rng.int(2006, 2014), rng.int(1, 12), rng.int(1, 28));
      const sex = rng.chance(0.5) ? 'male' : 'female';
      const id = residentId(region, birth, sequenceFor(rng, sex));
      const child = { ...base, 在校生状况: rng.pick(['小学五年级', '七年级', '普通高中一年级', '中职二年级']), 劳动技能: '无劳动力', 是否务工: '否' };
      members.push({ householdNo, personNo: `${householdNo}03`, name: c.name.slice(0, 1) + personName(rng, sex).slice(1), id, relation: sex === 'male' ? '之子' : '之女', cells: child });
    }
  }
  // A household member whose ID was typed with a wrong check character: the export's own problem.
  const wangqing = byRegion.get('222424')!;
  const typo = wangqing.findIndex((m) => m.relation !== '户主' && m.relation !== '配偶');
  const badId = wangqing[typo].id.slice(0, 17) + (wangqing[typo].id[17] === '3' ? '4' : '3');
  wangqing[typo] = { ...wangqing[typo], id: badId, plant: { code: 'REGISTRY_ROW_PROBLEM', column: 'I', what: '系统导出数据中此人证件号码校验位错误（监测数据本身的问题，不是花名册的错误）' } };

  const workbooks: SampleWorkbook[] = [];
  for (const [region, file] of Object.entries(REGISTRY_FILES) as Array<[Region, string]>) {
    const county = findCounty(region)?.name ?? region;
    const b = new SheetBuilder(REGISTRY_SHEET, REGISTRY_COLUMNS);
    b.title(`${county}脱贫人口和监测对象信息（全国防返贫监测信息系统导出）`);
    b.note(`导出时间：${formatDate(EXPORT_DATE)} 09:12:40    导出单位：${county}乡村振兴局`);
    b.header();
    (byRegion.get(region) ?? []).forEach((m, i) => {
      const row = b.record({
        序号: i + 1,
        '县(市、区)': county,
        '乡(镇)': rng.pick(['大兴沟镇', '天桥岭镇', '百草沟镇', '东光镇', '明月镇', '松江镇']),
        行政村: `${rng.pick(['新兴', '红日', '东风', '太平', '和平', '长安'])}村`,
        户编号: m.householdNo,
        人编号: m.personNo,
        姓名: m.name,
        证件类型: m.idType ?? '居民身份证',
        证件号码: m.id,
        与户主关系: m.relation,
        ...m.cells,
      });
      if (m.plant) planted.push({ file, sheet: REGISTRY_SHEET, row, ...m.plant });
    });
    workbooks.push({ file, sheets: [b.build()] });
  }

  const d = new SheetBuilder('死亡人员', DEATH_COLUMNS);
  d.title('2022年死亡人员名单（民政、公安、医保数据比对）');
  d.header();
  for (let i = 0; i < 6; i++) {
    const sex = rng.chance(0.5) ? 'male' : 'female';
    const region = rng.pick(Object.keys(REGISTRY_FILES));
    deaths.splice(rng.int(0, deaths.length), 0, { name: personName(rng, sex), id: residentId(region, ymdToSerial(rng.int(1935, 1960), rng.int(1, 12), rng.int(1, 28)), sequenceFor(rng, sex)), day: ymdToSerial(2022, rng.int(1, 11), rng.int(1, 28)), source: rng.pick(['民政', '公安', '医保']) });
  }
  deaths.forEach((x, i) => d.record({ 序号: i + 1, 姓名: x.name, 身份证号码: x.id, 死亡日期: x.day, 数据来源: x.source }));
  workbooks.push({ file: DECEASED_FILE, sheets: [d.build() as SampleSheet] });
  return { workbooks, planted };
}
