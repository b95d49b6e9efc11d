import type { DaySerial } from '../../src/policy';
import { addMonths, findCounty, ymdToSerial } from '../../src/policy';
import { PAID_REGISTER } from '../../src/roster/paidRegister';
import type { CellValue } from '../../src/roster/sheetGrid';
import type { Employer, Hire } from './employment';
import { EMPLOY_COLUMNS, employRecord, makeEmployer, makeHire, SUBSIDY_PER_PERSON } from './employment';
import { creditCode, residentId, residentId15 } from './identity';
import { cooperativeName, firmName, outsideFirmName, VILLAGES } from './names';
import { PRODUCTION_COLUMNS, TRAVEL_COLUMNS, UNSALABLE_COLUMNS, WELFARE_COLUMNS } from './otherRosters';
import type { Person } from './people';
import { earliestHire, makePerson, sexWord } from './people';
import { Rng } from './random';
import type { Column, SampleSheet } from './sheetModel';
import { SheetBuilder } from './sheetModel';

export const SAMPLE_SEED = 20220407;

export interface SampleWorkbook {
  readonly file: string;
  readonly sheets: ReadonlyArray<SampleSheet>;
}

/** An error planted on purpose, where it is and what the engine should say; `mustNotFire` lists codes it must not raise. */
export interface PlantedError {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  /** The code expected there; '' when the row is a trap that must stay clean of `mustNotFire`. */
  readonly code: string;
  readonly what: string;
  /** Other rows of the same problem (the first occurrence of a duplicate). */
  readonly related?: ReadonlyArray<{ readonly file: string; readonly row: number }>;
  readonly mustNotFire?: ReadonlyArray<string>;
}

export interface Samples {
  readonly workbooks: ReadonlyArray<SampleWorkbook>;
  readonly planted: ReadonlyArray<PlantedError>;
  /** The register file, to pass as --history. */
  readonly registerFile: string;
}

export const FILES = {
  wangqing: 'employ-wangqing-2022.xlsx',
  antu: 'employ-antu-2022.xlsx',
  travel: 'travel-helong-2022.xlsx',
  welfare: 'welfare-tumen-2022.xlsx',
  production: 'production-2022.xlsx',
  unsalable: 'unsalable-2022.xlsx',
  register: 'paid-register.xlsx',
} as const;

const d = ymdToSerial;

function regionOf(county: string): string {
  const c = findCounty(county);
  if (!c || !c.code) throw new Error(`no county ${county}`);
  return c.code;
}

interface Entry {
  readonly hire: Hire;
  readonly cells?: Readonly<Record<string, CellValue>>;
  readonly formats?: Readonly<Record<string, string>>;
  readonly plant?: { readonly code: string; readonly column: string; readonly what: string; readonly mustNotFire?: ReadonlyArray<string> };
}

/** Employment rosters, travel, welfare and entity sheets of Yanbian counties, the 2021 paid register, and the planted errors. */
export function buildSamples(seed = SAMPLE_SEED): Samples {
  const rng = new Rng(seed);
  const usedIds = new Set<string>();
  const planted: PlantedError[] = [];
  const person = (county: string) => makePerson(rng, regionOf(county), usedIds);
  const plant = (p: PlantedError) => planted.push(p);

  /** A person whose check character is X, to be typed with a lower-case x. */
  const personWithX = (county: string): Person => {
    for (;;) {
      const p = person(county);
      if (p.id.endsWith('X')) return p;
    }
  };
  const personWithDigitCheck = (county: string): Person => {
    for (;;) {
      const p = person(county);
      if (!p.id.endsWith('X')) return p;
    }
  };

  function rosterSheet(
    file: string,
    sheetName: string,
    columns: ReadonlyArray<Column>,
    title: string,
    note: string,
    entries: ReadonlyArray<{ cells: Record<string, CellValue>; formats?: Record<string, string>; plant?: Entry['plant']; tag?: string }>,
    total: { readonly label: string; readonly columns: ReadonlyArray<string>; readonly offBy?: number },
    signOff: ReadonlyArray<string>,
  ): { sheet: SampleSheet; rowOf: Map<string, number>; totalRow: number } {
    const b = new SheetBuilder(sheetName, columns);
    b.title(title);
    b.note(note);
    b.header();
    const rowOf = new Map<string, number>();
    const sums = new Map<string, number>();
    entries.forEach((e, i) => {
      const row = b.record({ 序号: i + 1, ...e.cells }, e.formats);
      if (e.tag) rowOf.set(e.tag, row);
      for (const c of total.columns) {
        const v = e.cells[c];
        if (typeof v === 'number') sums.set(c, (sums.get(c) ?? 0) + Math.round(v * 100));
      }
      if (e.plant) plant({ file, sheet: b.name, row, column: b.column(e.plant.column), code: e.plant.code, what: e.plant.what, mustNotFire: e.plant.mustNotFire });
    });
    const totals: Record<string, CellValue> = { 序号: total.label };
    for (const c of total.columns) totals[c] = (sums.get(c) ?? 0) / 100 + (c === total.columns[total.columns.length - 1] ? total.offBy ?? 0 : 0);
    const totalRow = b.record(totals, undefined, 'total');
    b.blank();
    b.signOff(signOff);
    return { sheet: b.build(), rowOf, totalRow };
  }

  // ---------------------------------------------------------------- 汪清县 and 安图县 employment rosters (measure 7)
  const wqEmployers: Employer[] = Array.from({ length: 8 }, () => makeEmployer(rng, '汪清县', '222424'));
  const atEmployers: Employer[] = Array.from({ length: 6 }, () => makeEmployer(rng, '安图县', '222426'));
  const hireAt = (county: string, employers: ReadonlyArray<Employer>, p?: Person): Hire => makeHire(rng, p ?? person(county), rng.pick(employers));

  const doubleClaimed = person('汪清县');
  const inBothCounties = person('汪清县');
  const alreadyPaid = person('汪清县');
  const numericId = personWithDigitCheck('汪清县');
  const badChecksum = person('汪清县');
  const lowerX = personWithX('汪清县');
  // A 15-digit number belongs to someone born before 1980 whose card was never renewed.
  const old15Base = person('汪清县');
  const old15Birth = d(rng.int(1962, 1969), rng.int(1, 12), rng.int(1, 28));
  const old15Sequence = rng.int(0, 499) * 2 + (old15Base.sex === 'male' ? 1 : 0);
  const old15: Person = { ...old15Base, birth: old15Birth, sequence: old15Sequence, id: residentId('222424', old15Birth, old15Sequence) };
  usedIds.add(old15.id);
  /** Someone already 16 on `day`, so that a hire on that day is about the planted problem alone. */
  const adultOn = (county: string, day: DaySerial): Person => {
    for (;;) {
      const p = person(county);
      if (earliestHire(p, day) === day) return p;
    }
  };
  const badCodeEmployer: Employer = (() => {
    const good = makeEmployer(rng, '汪清县', '222424');
    const wrongCheck = good.code[17] === '0' ? '1' : '0';
    return { ...good, code: good.code.slice(0, 17) + wrongCheck };
  })();
  const wrongChecksumId = (() => {
    const last = badChecksum.id[17];
    return badChecksum.id.slice(0, 17) + (last === '7' ? '3' : '7');
  })();

  const wq: Entry[] = [];
  for (let i = 0; i < 30; i++) wq.push({ hire: hireAt('汪清县', wqEmployers) });
  const special: Array<[number, Entry]> = [
    [2, { hire: hireAt('汪清县', wqEmployers, doubleClaimed) }],
    [4, { hire: hireAt('汪清县', wqEmployers, inBothCounties) }],
    [6, { hire: hireAt('汪清县', wqEmployers, alreadyPaid), plant: { code: 'DUPLICATE_PAID', column: '身份证号码', what: '2021年已在已发放登记中领取过一次性吸纳就业补贴' } }],
    [9, { hire: hireAt('汪清县', wqEmployers, numericId), cells: { 身份证号码: Number(numericId.id) }, formats: { 身份证号码: 'General' }, plant: { code: 'ID_NUMERIC', column: '身份证号码', what: '身份证号码以数字录入（Excel 只保留15位有效数字）' } }],
    [12, { hire: hireAt('汪清县', wqEmployers, badChecksum), cells: { 身份证号码: wrongChecksumId }, plant: { code: 'ID_CHECKSUM', column: '身份证号码', what: '身份证号码末位校验位错误' } }],
    [14, { hire: hireAt('汪清县', wqEmployers, lowerX), cells: { 身份证号码: lowerX.id.slice(0, 17) + 'x' }, plant: { code: '', column: '身份证号码', what: '末位为小写 x 的有效身份证号码：不应报错', mustNotFire: ['ID_FORMAT', 'ID_CHECKSUM', 'ID_NUMERIC', 'ID_MISSING'] } }],
    [16, { hire: hireAt('汪清县', wqEmployers, old15), cells: { 身份证号码: residentId15('222424', old15Birth, old15Sequence) }, plant: { code: 'ID_OLD_15', column: '身份证号码', what: '15位旧身份证号码（警告）' } }],
    [18, { hire: { ...hireAt('汪清县', wqEmployers, adultOn('汪清县', d(2019, 11, 15))), hireDate: d(2019, 11, 15) }, plant: { code: 'HIRE_BEFORE_CUTOFF', column: '入职日期', what: '入职日期 2019-11-15 早于 2020-01-01' } }],
    [20, { hire: { ...hireAt('汪清县', wqEmployers), months: 2 }, plant: { code: 'MONTHS_BELOW_MIN', column: '工作月数', what: '工作月数 2，不足 3 个月' } }],
    [22, { hire: { ...hireAt('汪清县', wqEmployers), wage: 1400 }, plant: { code: 'WAGE_BELOW_MIN', column: '月工资', what: '月工资 1400 元低于汪清县最低工资（四档）' } }],
    [24, { hire: { ...hireAt('汪清县', wqEmployers), amount: 2000 }, plant: { code: 'AMOUNT_MISMATCH', column: '补贴金额', what: '申报 2000 元，应为 1600 元' } }],
    [26, { hire: makeHire(rng, person('汪清县'), badCodeEmployer), plant: { code: 'EMPLOYER_CODE_INVALID', column: '统一社会信用代码', what: '用工单位统一社会信用代码校验位错误' } }],
    [28, { hire: hireAt('汪清县', wqEmployers), cells: { 入职日期: '2022-02-30' }, plant: { code: 'DATE_INVALID', column: '入职日期', what: '入职日期 2022-02-30 不存在' } }],
  ];
  for (const [at, entry] of special.reverse()) wq.splice(at, 0, entry);
  const secondClaimAt = wq.length - 4;
  wq.splice(secondClaimAt, 0, { hire: hireAt('汪清县', wqEmployers, doubleClaimed), plant: { code: 'DUPLICATE_IN_ROSTER', column: '身份证号码', what: '同一人在本花名册中出现两次（两家单位都申报）' } });

  const wangqing = rosterSheet(
    FILES.wangqing,
    '花名册',
    EMPLOY_COLUMNS,
    '汪清县2022年一次性吸纳就业补贴花名册',
    '填报单位：汪清县人力资源和社会保障局（盖章）',
    wq.map((e, i) => ({ cells: { ...employRecord(i + 1, e.hire), ...e.cells }, formats: e.formats, plant: e.plant, tag: e.hire.person === doubleClaimed ? `dup${i}` : e.hire.person === inBothCounties ? 'cross' : undefined })),
    { label: '合计', columns: ['补贴金额'] },
    ['填表人：王丽华', '审核人：金成哲', '日期：2022年7月15日'],
  );
  const dupRows = [...wangqing.rowOf].filter(([k]) => k.startsWith('dup')).map(([, r]) => r);
  const dupPlant = planted.findIndex((p) => p.code === 'DUPLICATE_IN_ROSTER' && p.file === FILES.wangqing);
  planted[dupPlant] = { ...planted[dupPlant], related: [{ file: FILES.wangqing, row: dupRows[0] }] };

  // 安图县: one employer hires 33 persons; 31 × 1,600 + 400 reaches the 50,000 cap, the 33rd is beyond it.
  const bigEmployer = makeEmployer(rng, '安图县', '222426');
  const at: Array<{ cells: Record<string, CellValue>; plant?: Entry['plant']; tag?: string }> = [];
  const atHires: Hire[] = Array.from({ length: 12 }, () => hireAt('安图县', atEmployers));
  atHires.splice(5, 0, hireAt('安图县', atEmployers, inBothCounties));
  atHires.forEach((h) => at.push({ cells: employRecord(0, h), tag: h.person === inBothCounties ? 'cross' : undefined }));
  const bigStart = d(2021, 3, 1);
  for (let i = 0; i < 33; i++) {
    // Weekly hires in row order, so the 33rd row is also the 33rd by hire date.
    const hireDate = bigStart + i * 7;
    const h: Hire = { ...makeHire(rng, adultOn('安图县', hireDate), bigEmployer), hireDate, amount: i === 31 ? 400 : SUBSIDY_PER_PERSON };
    at.push({
      cells: employRecord(0, h),
      plant: i === 32 ? { code: 'EMPLOYER_CAP_EXCEEDED', column: '补贴金额', what: '同一用工单位第33人：31×1600+400 已达5万元上限' } : undefined,
    });
  }
  for (let i = 0; i < 8; i++) at.push({ cells: employRecord(0, hireAt('安图县', atEmployers)) });
  const antu = rosterSheet(
    FILES.antu,
    '花名册',
    EMPLOY_COLUMNS,
    '安图县2022年一次性吸纳就业补贴花名册',
    '填报单位：安图县就业服务局（盖章）',
    at.map((e, i) => ({ ...e, cells: { ...e.cells, 序号: i + 1 } })),
    { label: '合计', columns: ['补贴金额'], offBy: SUBSIDY_PER_PERSON },
    ['填表人：崔顺姬', '审核人：刘建国', '日期：2022年7月20日'],
  );
  plant({ file: FILES.antu, sheet: '花名册', row: antu.totalRow, column: 'L', code: 'TOTAL_MISMATCH', what: '合计行比明细之和多 1600 元' });
  plant({
    file: FILES.antu,
    sheet: '花名册',
    row: antu.rowOf.get('cross') ?? 0,
    column: 'D',
    code: 'DUPLICATE_IN_ROSTER',
    what: '同一人同时在汪清县和安图县花名册中',
    related: [{ file: FILES.wangqing, row: wangqing.rowOf.get('cross') ?? 0 }],
  });

  // ---------------------------------------------------------------- 和龙市 cross-province travel (measure 6)
  const provinces = ['浙江省', '江苏省', '山东省', '广东省', '辽宁省', '北京市', '天津市', '上海市'];
  const classes: ReadonlyArray<readonly [string, number, number]> = [
    ['硬座', 300, 700],
    ['硬卧', 700, 1300],
    ['高铁二等座', 900, 1900],
    ['飞机经济舱', 1200, 2600],
    ['长途汽车', 400, 900],
  ];
  const travelRows: Array<{ cells: Record<string, CellValue>; plant?: Entry['plant'] }> = [];
  for (let i = 0; i < 24; i++) {
    const p = person('和龙市');
    const start = rng.int(Math.max(d(2022, 2, 1), earliestHire(p, d(2022, 2, 1))), d(2022, 5, 31));
    const months = rng.pick([6, 8, 10, 12, 12, 24]);
    const [cls, lo, hi] = rng.pick(classes);
    const fare = rng.int(lo / 10, hi / 10) * 10;
    const province = rng.pick(provinces);
    const cells: Record<string, CellValue> = {
      姓名: p.name,
      性别: sexWord(p),
      身份证号码: p.id,
      人员类别: p.category,
      务工省份: province,
      用工单位: outsideFirmName(rng, province),
      合同起始日期: start,
      合同终止日期: addMonths(start, months) - 1,
      交通方式: cls,
      票价: fare,
      补贴金额: Math.min(fare, 1600),
      银行账号: p.bankAccount,
      备注: '',
    };
    let plantHere: Entry['plant'];
    if (i === 7) {
      cells.合同起始日期 = d(2022, 3, 1);
      cells.合同终止日期 = d(2022, 8, 30);
      plantHere = { code: 'CONTRACT_TOO_SHORT', column: '合同终止日期', what: '合同 2022-03-01 至 2022-08-30 不足6个月（到 2022-08-31 才满6个月）' };
    } else if (i === 13) {
      cells.交通方式 = '软卧';
      plantHere = { code: 'TRANSPORT_CLASS_NOT_ALLOWED', column: '交通方式', what: '软卧不在允许的席别内' };
    } else if (i === 18) {
      cells.务工省份 = '吉林省';
      cells.用工单位 = outsideFirmName(rng, '吉林省');
      plantHere = { code: 'NOT_CROSS_PROVINCE', column: '务工省份', what: '在吉林省内务工，不是跨省' };
    }
    travelRows.push({ cells, plant: plantHere });
  }
  const travel = rosterSheet(
    FILES.travel,
    '花名册',
    TRAVEL_COLUMNS,
    '和龙市2022年脱贫劳动力跨省务工一次性交通补助花名册',
    '填报单位：和龙市乡村振兴局（盖章）',
    travelRows,
    { label: '合计', columns: ['票价', '补贴金额'] },
    ['填表人：姜美玲', '审核人：尹浩', '日期：2022年8月5日'],
  );

  // ---------------------------------------------------------------- 图们市 temporary welfare posts (measure 9)
  const posts = ['防疫卡口值守', '村屯环境消杀', '防疫物资配送', '核酸检测秩序维护', '村级防疫宣传'];
  const welfareRows: Array<{ cells: Record<string, CellValue>; plant?: Entry['plant']; tag?: string }> = [];
  const twoPosts = person('图们市');
  const welfareRecord = (p: Person, post: string, start: DaySerial, months: number): Record<string, CellValue> => ({
    姓名: p.name,
    性别: sexWord(p),
    身份证号码: p.id,
    人员类别: p.category,
    岗位: post,
    上岗日期: start,
    月数: months,
    补贴金额: months * 1000,
    银行账号: p.bankAccount,
    备注: '',
  });
  for (let i = 0; i < 18; i++) {
    const p = person('图们市');
    welfareRows.push({ cells: welfareRecord(p, rng.pick(posts), rng.int(Math.max(d(2022, 3, 15), earliestHire(p, d(2022, 3, 15))), d(2022, 5, 15)), rng.int(1, 3)) });
  }
  welfareRows.splice(4, 0, { cells: welfareRecord(twoPosts, '防疫卡口值守', d(2022, 3, 20), 2), tag: 'first' });
  welfareRows.splice(15, 0, {
    cells: welfareRecord(twoPosts, '村屯环境消杀', d(2022, 5, 20), 2),
    plant: { code: 'WELFARE_MONTHS_OVER_LIMIT', column: '月数', what: '同一人两个岗位共 2+2=4 个月，超过累计3个月' },
  });
  const welfare = rosterSheet(
    FILES.welfare,
    '花名册',
    WELFARE_COLUMNS,
    '图们市2022年疫情防控临时公益岗位补贴花名册',
    '填报单位：图们市乡村振兴局（盖章）',
    welfareRows,
    { label: '合计', columns: ['月数', '补贴金额'] },
    ['填表人：朴贞淑', '审核人：郑海东', '日期：2022年6月30日'],
  );
  const welfarePlant = planted.findIndex((p) => p.code === 'WELFARE_MONTHS_OVER_LIMIT');
  planted[welfarePlant] = { ...planted[welfarePlant], related: [{ file: FILES.welfare, row: welfare.rowOf.get('first') ?? 0 }] };

  // ---------------------------------------------------------------- entities: production subsidy (3), unsalable reward (10)
  const entityTypes = ['农民专业合作社', '农业企业', '家庭农场'];
  const productionRows: Array<{ cells: Record<string, CellValue>; plant?: Entry['plant'] }> = [];
  for (let i = 0; i < 10; i++) {
    const type = rng.pick(entityTypes);
    const county = rng.pick(['汪清县', '安图县', '和龙市', '图们市', '龙井市']);
    const name = type === '农业企业' ? firmName(rng, county) : `${county}${cooperativeName(rng, rng.pick(VILLAGES))}`;
    const persons = i === 6 ? 150 : rng.int(8, 90);
    const amount = i === 6 ? 120_000 : Math.min(persons * 800, 100_000);
    productionRows.push({
      cells: { 经营主体名称: name, 统一社会信用代码: creditCode(rng, regionOf(county), type === '农业企业' ? '91' : '93'), 主体类型: type, 带动人数: persons, 补贴金额: amount, 备注: '' },
      plant: i === 6 ? { code: 'ENTITY_CAP_EXCEEDED', column: '补贴金额', what: '带动150人按800元计12万元，超过每个主体10万元上限' } : undefined,
    });
  }
  const production = rosterSheet(
    FILES.production,
    '生产补贴明细',
    PRODUCTION_COLUMNS,
    '延边州2022年联农带农经营主体一次性生产补贴明细表',
    '填报单位：延边州乡村振兴局（盖章）',
    productionRows,
    { label: '合计', columns: ['带动人数', '补贴金额'] },
    ['填表人：韩冬梅', '审核人：许文斌', '日期：2022年9月1日'],
  );

  const channels = ['定点采购', '电商平台', '商超', '学校食堂', '社区团购'];
  const unsalableRows: Array<{ cells: Record<string, CellValue> }> = [];
  for (let i = 0; i < 8; i++) {
    const county = rng.pick(['延吉市', '敦化市', '珲春市', '龙井市']);
    const purchase = rng.int(5_000, 80_000) * 10 + rng.int(0, 99) / 100;
    const reward = Math.min(Math.floor(Math.round(purchase * 100) / 10) / 100, 50_000);
    unsalableRows.push({ cells: { 企业名称: firmName(rng, county), 统一社会信用代码: creditCode(rng, regionOf(county)), 销售渠道: rng.pick(channels), 采购金额: purchase, 奖补金额: reward, 备注: '' } });
  }
  const unsalable = rosterSheet(
    FILES.unsalable,
    '奖补明细',
    UNSALABLE_COLUMNS,
    '延边州2022年帮助销售滞销农产品企业一次性奖补明细表',
    '填报单位：延边州乡村振兴局（盖章）',
    unsalableRows,
    { label: '合计', columns: ['采购金额', '奖补金额'] },
    ['填表人：韩冬梅', '审核人：许文斌', '日期：2022年9月1日'],
  );

  // ---------------------------------------------------------------- the 2021 paid register (已发放登记)
  const registerColumns: Column[] = PAID_REGISTER.headers.map((header) => ({
    header,
    type: header === '身份证号码' || header === '统一社会信用代码' ? 'code' : header === '补贴金额' ? 'money' : header === '发放日期' ? 'date' : header === '措施' || header === '月数' ? 'int' : 'text',
    width: header === '用工单位' || header === '来源' ? 34 : header === '身份证号码' || header === '统一社会信用代码' ? 21 : 11,
  }));
  const register = new SheetBuilder(PAID_REGISTER.sheetName, registerColumns);
  register.header();
  const registerHires: Hire[] = Array.from({ length: 18 }, (_, i) => {
    const county = i % 2 === 0 ? '汪清县' : '安图县';
    const h = makeHire(rng, person(county), makeEmployer(rng, county, regionOf(county)));
    return { ...h, hireDate: Math.min(h.hireDate, d(2021, 6, 30)) };
  });
  registerHires.splice(7, 0, { ...makeHire(rng, alreadyPaid, wqEmployers[0]), hireDate: d(2021, 4, 6) });
  for (const h of registerHires) {
    register.record({
      身份证号码: h.person.id,
      姓名: h.person.name,
      用工单位: h.employer.name,
      统一社会信用代码: h.employer.code,
      补贴金额: SUBSIDY_PER_PERSON,
      补贴类型: '一次性吸纳就业补贴',
      措施: 7,
      月数: h.months,
      发放日期: d(2021, 12, rng.int(10, 28)),
      来源: `${h.employer.county}2021年一次性吸纳就业补贴花名册`,
    });
  }

  return {
    workbooks: [
      { file: FILES.wangqing, sheets: [wangqing.sheet] },
      { file: FILES.antu, sheets: [antu.sheet] },
      { file: FILES.travel, sheets: [travel.sheet] },
      { file: FILES.welfare, sheets: [welfare.sheet] },
      { file: FILES.production, sheets: [production.sheet] },
      { file: FILES.unsalable, sheets: [unsalable.sheet] },
      { file: FILES.register, sheets: [register.build()] },
    ],
    planted,
    registerFile: FILES.register,
  };
}
