// The claims against exports of the poverty-monitoring system (全国防返贫监测信息系统) and death lists: every code,
// both sides of each date boundary, a 20-digit 残疾人证号, two counties' exports, and an export with ID problems.
import { DEFAULT_READINGS as DEFAULT } from '../../src/policy';
import type { CellValue } from '../../src/roster';
import { check, codesAt, employPerson, employRoster, findingsOf, grid, makeId, rowsOf, serial } from './grid';

const ROW = (n: number) => n + 2; // employRoster: a title row, the header, then person n on row n + 2

const REGISTRY_HEADER = ['户编号', '人编号', '姓名', '证件类型', '证件号码', '与户主关系', '户类型', '脱贫状态', '脱贫年度', '监测对象类别', '识别监测时间', '风险是否已消除', '风险消除时间', '在校生状况', '劳动技能', '是否务工', '务工地点', '务工单位'];

/** A registry export as the system lays it out: a title, the export date, the header, then one row per person. */
function registry(records: Array<Record<string, CellValue>>, file = '汪清县监测系统导出.xlsx', exported = '导出时间：2022-12-31 08:30:00') {
  return grid([['汪清县脱贫人口及监测对象信息'], [exported], REGISTRY_HEADER, ...rowsOf(REGISTRY_HEADER, records)], { file, sheet: '人员信息' });
}
const REG_ROW = (n: number) => n + 3; // registry(): title, export date, header, then record n (1-based) on row n + 3

/** A 脱贫户 person enjoying the policies, working age, no facts that contradict a claim. */
function lifted(p: Record<string, CellValue>, over: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    户编号: `2224240010${String(p.序号).padStart(4, '0')}`,
    人编号: `${p.序号}01`,
    姓名: p.姓名,
    证件类型: '居民身份证',
    证件号码: p.身份证号码,
    与户主关系: '户主',
    户类型: '脱贫户',
    脱贫状态: '已脱贫(享受政策)',
    脱贫年度: '2019',
    在校生状况: '非在校生',
    劳动技能: '普通劳动力',
    是否务工: '是',
    务工地点: '县内',
    ...over,
  };
}

/** A 监测户 (边缘易致贫户) identified and eliminated on the given days. */
function monitored(p: Record<string, CellValue>, identified: string, eliminated?: string): Record<string, CellValue> {
  return lifted(p, { 户类型: '监测户', 脱贫状态: null, 脱贫年度: null, 监测对象类别: '边缘易致贫户', 识别监测时间: identified, 风险是否已消除: eliminated ? '是' : '否', 风险消除时间: eliminated ?? null });
}

const registryCodes = (r: ReturnType<typeof check>) => r.findings.map((f) => f.code).filter((c) => /REGISTRY|DECEASED|HOUSEHOLD/.test(c));

describe('without a registry', () => {
  test('the run says once that identities were not checked against the system', () => {
    const r = check(employRoster([employPerson(1), employPerson(2)]));
    expect(r.notes.map((n) => n.zh)).toEqual(['未使用防返贫监测系统数据：未核对人员身份']);
    expect(r.findings).toEqual([]);
  });

  test('a registry file whose header cannot be found is said, and counts as no registry', () => {
    const r = check(employRoster([employPerson(1)]), { registry: [grid([['人员信息'], ['随便', '什么']], { file: 'x.xlsx' })] });
    expect(findingsOf(r, 'HEADER_NOT_FOUND').map((f) => f.file)).toEqual(['x.xlsx']);
    expect(r.notes).toHaveLength(1);
    expect(findingsOf(r, 'NOT_IN_REGISTRY')).toEqual([]);
  });
});

describe('claims that agree with the registry', () => {
  test('no finding and no note', () => {
    const ps = [employPerson(1), employPerson(2)];
    const r = check(employRoster(ps), { registry: [registry(ps.map((p) => lifted(p)))] });
    expect(r.findings).toEqual([]);
    expect(r.notes).toEqual([]);
  });
});

describe('NOT_IN_REGISTRY and REGISTRY_NAME_MISMATCH', () => {
  test('an ID in none of the exports is an error naming the exports checked', () => {
    const ps = [employPerson(1), employPerson(2)];
    const r = check(employRoster(ps), { registry: [registry([lifted(ps[0])])] });
    expect(codesAt(r, ROW(2))).toEqual(['NOT_IN_REGISTRY']);
    const f = findingsOf(r, 'NOT_IN_REGISTRY')[0];
    expect(f).toMatchObject({ severity: 'error', column: 'C', field: 'id', measure: 7 });
    expect(f.message.zh).toContain('汪清县监测系统导出.xlsx「人员信息」（1人）');
    expect(f.value).not.toContain(String(ps[1].身份证号码).slice(6, 14));
  });

  test('the same ID under another name is an error pointing at the registry row', () => {
    const p = employPerson(1);
    const r = check(employRoster([p]), { registry: [registry([lifted(p, { 姓名: '李四' })])] });
    expect(codesAt(r, ROW(1))).toEqual(['REGISTRY_NAME_MISMATCH']);
    const f = findingsOf(r, 'REGISTRY_NAME_MISMATCH')[0];
    expect(f.related).toEqual([{ file: '汪清县监测系统导出.xlsx', sheet: '人员信息', row: REG_ROW(1) }]);
    expect(f.message.zh).toContain('“李四”');
  });

  test('rows whose own ID is wrong get no registry finding on top of their ID finding', () => {
    const p = employPerson(1);
    const wrong = String(p.身份证号码).slice(0, 17) + (String(p.身份证号码)[17] === '1' ? '2' : '1');
    const r = check(employRoster([{ ...p, 身份证号码: wrong }]), { registry: [registry([])] });
    expect(codesAt(r, ROW(1))).toEqual(['ID_CHECKSUM']);
  });
});

describe('REGISTRY_NOT_ELIGIBLE, on the date each rule looks at', () => {
  const p = employPerson(1, { 人员类别: '边缘易致贫户' }); // hired 2022-03-01
  const eligibleWith = (record: Record<string, CellValue>) => check(employRoster([p]), { registry: [registry([record])] });

  test.each([
    ['identified the day before the hire date', '2022-02-28', undefined, []],
    ['identified on the hire date', '2022-03-01', undefined, []],
    ['identified the day after the hire date', '2022-03-02', undefined, ['REGISTRY_NOT_ELIGIBLE']],
    ['risk eliminated the day before the hire date', '2021-06-01', '2022-02-28', ['REGISTRY_NOT_ELIGIBLE']],
    ['risk eliminated on the hire date', '2021-06-01', '2022-03-01', ['REGISTRY_NOT_ELIGIBLE']],
    ['risk eliminated the day after the hire date', '2021-06-01', '2022-03-02', []],
  ])('%s', (_what, identified, eliminated, codes) => {
    expect(codesAt(eligibleWith(monitored(p, identified, eliminated)), ROW(1))).toEqual(codes);
  });

  test('the message gives the registry status and dates, on the hire-date cell', () => {
    const f = findingsOf(eligibleWith(monitored(p, '2022/3/15')), 'REGISTRY_NOT_ELIGIBLE')[0];
    expect(f).toMatchObject({ column: 'H', field: 'hireDate', measure: 7, value: '2022-03-01' });
    expect(f.message.zh).toContain('识别监测时间 2022-03-15，晚于 2022-03-01');
    expect(f.message.zh).toContain('汪清县监测系统导出.xlsx「人员信息」第4行');
  });

  test('已脱贫(不再享受政策) without a date is taken as at the export date, and the finding says so', () => {
    const q = employPerson(2);
    const record = lifted(q, { 脱贫状态: '已脱贫(不再享受政策)' });
    const f = findingsOf(check(employRoster([q]), { registry: [registry([record])] }), 'REGISTRY_NOT_ELIGIBLE')[0];
    expect(f.message.zh).toContain('导出日 2022-12-31');
    expect(f.message.zh).toContain('按导出日状态认定');
    // The other reading: an undated status decides only dates from the export date on.
    const later = check(employRoster([q]), { registry: [registry([record])], readings: { ...DEFAULT, registry_undated_status: 'after-export' } });
    expect(findingsOf(later, 'REGISTRY_NOT_ELIGIBLE')).toEqual([]);
    // Without an export date the check date stands in, and the message says the export gives none.
    const undated = check(employRoster([q]), { registry: [registry([record], 'a.xlsx', '')] });
    expect(findingsOf(undated, 'REGISTRY_NOT_ELIGIBLE')[0].message.zh).toContain('导出数据未注明导出日期');
  });

  test('a status with its own date decides by that date', () => {
    const q = employPerson(2); // hired 2022-03-01
    const header = [...REGISTRY_HEADER, '状态变更时间'];
    const withDate = (d: string) =>
      grid([['导出时间：2022-12-31'], header, ...rowsOf(header, [{ ...lifted(q, { 脱贫状态: '已脱贫(不再享受政策)' }), 状态变更时间: d }])], { file: 'r.xlsx', sheet: 'S' });
    expect(codesAt(check(employRoster([q]), { registry: [withDate('2022-06-30')] }), ROW(1))).toEqual([]);
    expect(codesAt(check(employRoster([q]), { registry: [withDate('2022-03-01')] }), ROW(1))).toEqual(['REGISTRY_NOT_ELIGIBLE']);
  });

  test('a welfare post must be covered for all its months', () => {
    const id = makeId('222424', '19800101', '011');
    const roster = grid([['临时公益岗位花名册'], ['姓名', '身份证号码', '人员类别', '上岗日期', '月数'], ['王五', id, '边缘易致贫户', serial('2022-04-01'), 3]]);
    const rec = (eliminated: string) => monitored({ 序号: 5, 姓名: '王五', 身份证号码: id }, '2021-01-01', eliminated);
    // The post runs 2022-04-01 to 2022-06-30.
    expect(codesAt(check(roster, { registry: [registry([rec('2022-06-30')])] }), 3)).toEqual(['REGISTRY_NOT_ELIGIBLE']);
    expect(codesAt(check(roster, { registry: [registry([rec('2022-07-01')])] }), 3)).toEqual([]);
  });
});


describe('REGISTRY_CATEGORY_MISMATCH, REGISTRY_NO_LABOUR, REGISTRY_WORK_MISMATCH (warnings)', () => {
  test('the roster says 脱贫人口, the registry a 边缘易致贫户 under monitoring', () => {
    const p = employPerson(1);
    const r = check(employRoster([p]), { registry: [registry([monitored(p, '2021-05-01')])] });
    expect(codesAt(r, ROW(1))).toEqual(['REGISTRY_CATEGORY_MISMATCH']);
    expect(findingsOf(r, 'REGISTRY_CATEGORY_MISMATCH')[0]).toMatchObject({ severity: 'warning', column: 'E', field: 'category' });
    expect(findingsOf(r, 'REGISTRY_CATEGORY_MISMATCH')[0].message.zh).toContain('“边缘易致贫户”');
  });

  test('a 脱贫不稳定户 is 脱贫人口 too: no mismatch either way', () => {
    const p = employPerson(1);
    const both = lifted(p, { 监测对象类别: '脱贫不稳定户', 识别监测时间: '2021-05-01', 风险是否已消除: '否' });
    expect(registryCodes(check(employRoster([p]), { registry: [registry([both])] }))).toEqual([]);
    expect(registryCodes(check(employRoster([{ ...p, 人员类别: '脱贫不稳定户' }]), { registry: [registry([both])] }))).toEqual([]);
  });

  test.each([
    [{ 劳动技能: '丧失劳动力' }, '劳动技能“丧失劳动力”'],
    [{ 劳动技能: '无劳动力' }, '劳动技能“无劳动力”'],
    [{ 在校生状况: '普通高中二年级' }, '在校生状况“普通高中二年级”'],
  ])('no labour capacity or a student while a hire is claimed: %j', (over, said) => {
    const p = employPerson(1);
    const r = check(employRoster([p]), { registry: [registry([lifted(p, over)])] });
    expect(codesAt(r, ROW(1))).toEqual(['REGISTRY_NO_LABOUR']);
    expect(findingsOf(r, 'REGISTRY_NO_LABOUR')[0].message.zh).toContain(said);
  });

  test('a hire by an employer the registry does not know when it lists another one', () => {
    const p = employPerson(1); // 汪清县某食品有限公司
    const other = check(employRoster([p]), { registry: [registry([lifted(p, { 务工单位: '延吉市某建材有限公司' })])] });
    expect(codesAt(other, ROW(1))).toEqual(['REGISTRY_WORK_MISMATCH']);
    expect(findingsOf(other, 'REGISTRY_WORK_MISMATCH')[0]).toMatchObject({ field: 'employer', measure: 7 });
    // The same employer written shorter, or none listed, is no contradiction.
    expect(codesAt(check(employRoster([p]), { registry: [registry([lifted(p, { 务工单位: '某食品有限公司' })])] }), ROW(1))).toEqual([]);
    expect(codesAt(check(employRoster([p]), { registry: [registry([lifted(p, { 务工单位: null })])] }), ROW(1))).toEqual([]);
  });

  test('a cross-province travel subsidy while the registry places the work in Jilin', () => {
    const id = makeId('222406', '19850505', '021');
    const travel = grid([['跨省务工交通补助花名册'], ['姓名', '身份证号码', '合同起始日期', '合同终止日期', '务工地点', '交通方式', '票价'], ['赵六', id, serial('2022-03-01'), serial('2023-02-28'), '浙江省', '硬座', 300]]);
    const rec = (place: string) => lifted({ 序号: 9, 姓名: '赵六', 身份证号码: id }, { 务工地点: place });
    for (const place of ['省内县外', '县内', '长春市']) expect([place, codesAt(check(travel, { registry: [registry([rec(place)])] }), 3)]).toEqual([place, ['REGISTRY_WORK_MISMATCH']]);
    for (const place of ['省外', '浙江省宁波市']) expect([place, codesAt(check(travel, { registry: [registry([rec(place)])] }), 3)]).toEqual([place, []]);
  });
});

describe('DECEASED', () => {
  const deaths = (rows: CellValue[][]) => grid([['2022年死亡人员名单'], ['序号', '姓名', '身份证号码', '死亡日期', '数据来源'], ...rows], { file: '死亡名单.xlsx', sheet: 'Sheet1' });

  test('dead before the hire date: an error naming the death list row; dead on it or after: nothing', () => {
    const p = employPerson(1); // hired 2022-03-01
    const on = (d: string) => check(employRoster([p]), { deceased: [deaths([[1, p.姓名, p.身份证号码, d, '民政']])] });
    expect(codesAt(on('2022-02-28'), ROW(1))).toEqual(['DECEASED']);
    expect(findingsOf(on('2022-02-28'), 'DECEASED')[0].related).toEqual([{ file: '死亡名单.xlsx', sheet: 'Sheet1', row: 3 }]);
    expect(codesAt(on('2022-03-01'), ROW(1))).toEqual([]);
    expect(codesAt(on('2022-09-01'), ROW(1))).toEqual([]);
  });

  test('a welfare post paid for months after death', () => {
    const id = makeId('222402', '19700101', '031');
    const roster = grid([['临时公益岗位花名册'], ['姓名', '身份证号码', '上岗日期', '月数'], ['钱七', id, serial('2022-03-20'), 3]]);
    // The months claimed begin 2022-03-20, 2022-04-20 and 2022-05-20.
    expect(codesAt(check(roster, { deceased: [deaths([[1, '钱七', id, '2022-05-19', '医保']])] }), 3)).toEqual(['DECEASED']);
    expect(codesAt(check(roster, { deceased: [deaths([[1, '钱七', id, '2022-05-20', '医保']])] }), 3)).toEqual([]);
  });

  test('a death list is used even without a registry', () => {
    const p = employPerson(1);
    const r = check(employRoster([p]), { deceased: [deaths([[1, p.姓名, p.身份证号码, serial('2021-01-01'), '公安']])] });
    expect(codesAt(r, ROW(1))).toEqual(['DECEASED']);
    expect(r.notes).toHaveLength(1);
  });
});

describe('HOUSEHOLD_MANY_CLAIMS', () => {
  const ids = [makeId('222402', '19700101', '041'), makeId('222402', '19720202', '042'), makeId('222402', '19900303', '051')];
  const welfare = grid([['临时公益岗位花名册'], ['姓名', '身份证号码', '上岗日期', '月数'], ['甲', ids[0], serial('2022-04-01'), 2], ['乙', ids[1], serial('2022-04-01'), 2], ['丙', ids[2], serial('2022-04-01'), 2]]);
  const rec = (n: number, name: string, household: string) => lifted({ 序号: n, 姓名: name, 身份证号码: ids[n] }, { 户编号: household });

  test('two members of one household on temporary welfare posts: both flagged, each pointing at the other', () => {
    const r = check(welfare, { registry: [registry([rec(0, '甲', 'H1'), rec(1, '乙', 'H1'), rec(2, '丙', 'H2')])] });
    expect(findingsOf(r, 'HOUSEHOLD_MANY_CLAIMS').map((f) => f.row)).toEqual([3, 4]);
    expect(findingsOf(r, 'HOUSEHOLD_MANY_CLAIMS')[0].related[0]).toEqual({ file: 'roster.xlsx', sheet: 'Sheet1', row: 4 });
    expect(findingsOf(r, 'HOUSEHOLD_MANY_CLAIMS')[0]).toMatchObject({ severity: 'warning', measure: 9 });
  });

  test('the limit is a parameter per roster kind; employment has none by default', () => {
    const r = check(welfare, { registry: [registry([rec(0, '甲', 'H1'), rec(1, '乙', 'H1'), rec(2, '丙', 'H1')])], householdClaimLimits: { welfare: 2 } });
    expect(findingsOf(r, 'HOUSEHOLD_MANY_CLAIMS')).toHaveLength(3);
    const ps = [employPerson(1), employPerson(2)];
    const same = check(employRoster(ps), { registry: [registry(ps.map((p) => lifted(p, { 户编号: 'H9' })))] });
    expect(findingsOf(same, 'HOUSEHOLD_MANY_CLAIMS')).toEqual([]);
  });
});

describe('the exports themselves', () => {
  test('a 20-digit 残疾人证号 is matched on its first 18 characters', () => {
    const p = employPerson(1);
    const r = check(employRoster([p]), { registry: [registry([lifted(p, { 证件类型: '残疾人证', 证件号码: `${p.身份证号码}42` })])] });
    expect(r.findings).toEqual([]);
  });

  test('the variant headers (人员编号, 身份证号码, 纳入监测时间, 务工省份 …) are read as the system’s own', () => {
    const p = employPerson(1, { 人员类别: '边缘易致贫户' });
    const header = ['户编号', '人员编号', '姓名', '身份证号码', '户类型', '监测对象类别', '纳入监测时间', '风险是否已消除', '风险消除时间（年月日）', '务工省份'];
    const sheet = (identified: string) => grid([header, ['H1', 'P1', p.姓名, p.身份证号码, '监测户', '边缘易致贫户', identified, '否', null, '吉林省']], { file: 'v.xlsx' });
    expect(codesAt(check(employRoster([p]), { registry: [sheet('2021-01-01')] }), ROW(1))).toEqual([]);
    expect(codesAt(check(employRoster([p]), { registry: [sheet('2022-03-02')] }), ROW(1))).toEqual(['REGISTRY_NOT_ELIGIBLE']);
  });

  test('two counties’ exports together: each person found in their own county’s file', () => {
    const a = employPerson(1);
    const b = employPerson(2, { 身份证号码: makeId('222426', '19800101', '003') });
    const r = check(employRoster([a, b]), { registry: [registry([lifted(a)], '汪清县.xlsx'), registry([lifted(b, { 脱贫状态: '已脱贫(不再享受政策)' })], '安图县.xlsx')] });
    expect(codesAt(r, ROW(1))).toEqual([]);
    expect(codesAt(r, ROW(2))).toEqual(['REGISTRY_NOT_ELIGIBLE']);
    expect(findingsOf(r, 'REGISTRY_NOT_ELIGIBLE')[0].related[0].file).toBe('安图县.xlsx');
  });

  test('rows with ID problems are the registry’s problems (warnings at its rows), never the claims’ errors', () => {
    const p = employPerson(1);
    const other = makeId('222424', '19900101', '123');
    const badCheck = other.slice(0, 17) + (other[17] === '5' ? '6' : '5');
    const rows = [lifted(p), lifted(employPerson(3), { 证件号码: badCheck }), lifted(employPerson(4), { 证件号码: Number('222424199001011234') }), lifted(employPerson(5), { 证件号码: '22242419900101' })];
    const r = check(employRoster([p]), { registry: [registry(rows)] });
    const problems = findingsOf(r, 'REGISTRY_ROW_PROBLEM');
    expect(problems.map((f) => [f.file, f.row, f.column, f.severity])).toEqual([2, 3, 4].map((n) => ['汪清县监测系统导出.xlsx', REG_ROW(n), 'E', 'warning']));
    expect(problems.map((f) => f.value).join(' ')).not.toContain(badCheck);
    expect(r.summary.errors).toBe(0);
    expect(codesAt(r, ROW(1))).toEqual([]);
  });

  test('an export full of bad IDs lists the first hundred and counts the rest in one finding', () => {
    const bad = Array.from({ length: 130 }, (_, i) => ({ 姓名: `某${i}`, 证件号码: `2224241990${String(i).padStart(4, '0')}` }));
    const r = check(employRoster([employPerson(1)]), { registry: [registry([lifted(employPerson(1)), ...bad])] });
    const problems = findingsOf(r, 'REGISTRY_ROW_PROBLEM');
    expect(problems).toHaveLength(101);
    expect(problems.find((f) => f.row === 3)?.message.zh).toContain('另有30行');
  });
});
