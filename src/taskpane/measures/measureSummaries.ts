import type { Text } from '../../policy';
import { text } from '../../policy';

/**
 * The eleven measures as the 政策 view lists them: what each says in
 * short, what the add-in computes or checks for it, and the function or roster column that does it.
 */
export interface MeasureSummary {
  readonly number: number;
  readonly title: Text;
  readonly rule: Text;
  /** What the add-in computes or checks; a measure with nothing numeric says so. */
  readonly addIn: Text;
  /** JL.* functions that compute it. */
  readonly functions: ReadonlyArray<string>;
  /** Roster kinds and the columns the roster check reads for it. */
  readonly rosterColumns: Text | null;
  /** Formulas a clerk can type; {county} is filled with the default county of the 设置 view. */
  readonly examples: ReadonlyArray<string>;
}

const NOTHING_NUMERIC = text('无数值计算，加载项不做计算或检查。', 'Nothing numeric: the add-in neither computes nor checks it.');

export const MEASURE_SUMMARIES: ReadonlyArray<MeasureSummary> = [
  {
    number: 1,
    title: text('防返贫动态监测', 'Monitoring against returning to poverty'),
    rule: text(
      '对有返贫致贫风险的人口动态监测，先纳入后履行程序，村级公示可缩短。',
      'People at risk are monitored; include first, complete procedures later; village publicity may be shortened.',
    ),
    addIn: text(
      '花名册校验：人员类别必须是脱贫人口或三类监测对象（脱贫不稳定户、边缘易致贫户、突发严重困难户）之一，否则报 CATEGORY_INVALID。',
      'Roster check: the household category must be people lifted out of poverty or one of the three kinds of monitoring objects, else CATEGORY_INVALID.',
    ),
    functions: [],
    rosterColumns: text('人员类别 / 户类型', 'Category column (人员类别 / 户类型)'),
    examples: [],
  },
  {
    number: 2,
    title: text('增收项目优先', 'Income projects first'),
    rule: text('带动脱贫户、监测户增收的项目优先入库、优先安排资金。', 'Projects that raise incomes of assisted households are registered and funded first.'),
    addIn: NOTHING_NUMERIC,
    functions: [],
    rosterColumns: null,
    examples: [],
  },
  {
    number: 3,
    title: text('联农带农生产补贴', 'Production subsidy for entities that drive farmers'),
    rule: text(
      '经营主体通过合同带动脱贫户、监测户的，一次性生产补贴每带动1人最多{production.subsidy_per_person}，每个主体最多{production.entity_cap}。',
      'Business entities that drive assisted households by contract: one-time subsidy of at most {production.subsidy_per_person} per person, at most {production.entity_cap} per entity.',
    ),
    addIn: text('计算补贴金额（扣除已发放部分）；生产补贴表校验带动人数、上限和申报金额。', 'Computes the subsidy net of what was paid; the production sheet check reads persons driven, the cap and the claimed amount.'),
    functions: ['JL.PRODUCTION_SUBSIDY'],
    rosterColumns: text('经营主体表：主体名称、统一社会信用代码、带动人数、补贴金额', 'Entity sheet: name, credit code, persons driven, amount'),
    examples: ['=JL.PRODUCTION_SUBSIDY(25)', '=JL.PRODUCTION_SUBSIDY(150, 20000)'],
  },
  {
    number: 4,
    title: text('小额信贷延期', 'Micro-credit extension'),
    rule: text('受疫情影响未能按期还款的，继续贴息，还款最多延期{loan.max_extension_months}。', 'Borrowers who could not repay on time keep the interest discount; repayment may be extended by at most {loan.max_extension_months}.'),
    addIn: text('计算延期后的到期日（月末对齐，同 EDATE）；超过{loan.max_extension_months}为输入错误。', 'Computes the extended due date (month-end clamped, as EDATE); more than {loan.max_extension_months} is an input error.'),
    functions: ['JL.LOAN_DUE'],
    rosterColumns: null,
    examples: ['=JL.LOAN_DUE("2022-05-31", 3)'],
  },
  {
    number: 5,
    title: text('光伏收益', 'Photovoltaic income'),
    rule: text('光伏收益覆盖监测对象，光伏收益开发的公益岗位不减少。', 'PV income extends to monitoring objects; welfare posts paid from it must not fall.'),
    addIn: NOTHING_NUMERIC,
    functions: [],
    rosterColumns: null,
    examples: [],
  },
  {
    number: 6,
    title: text('跨省务工交通补助', 'Cross-province travel subsidy'),
    rule: text(
      '签订{travel.min_contract_months}以上劳动合同的跨省务工脱贫劳动力，一次性往返交通费按实际票价补助，最多{travel.fare_cap}；限硬座、硬卧、高铁/动车二等座、飞机经济舱、客车。',
      'Cross-province migrant workers with a contract of {travel.min_contract_months} or more: the actual round-trip fare, at most {travel.fare_cap}; hard seat, hard sleeper, high-speed second class, economy air or coach only.',
    ),
    addIn: text(
      '计算补助金额和合同月数；交通补助花名册检查合同期限、是否跨省、席别、票价和重复申领。',
      'Computes the subsidy and contract months; the travel roster check reads the contract, province, class, fare and duplicates.',
    ),
    functions: ['JL.TRAVEL_SUBSIDY', 'JL.CONTRACT_MONTHS'],
    rosterColumns: text('合同期限 / 合同起止、务工省份、交通方式 / 席别、票价', 'Contract (合同期限 / 合同起止), province (务工省份), class (交通方式 / 席别), fare (票价)'),
    examples: ['=JL.TRAVEL_SUBSIDY(1200, JL.CONTRACT_MONTHS("2022-03-01", "2022-08-31"), TRUE, "硬座")'],
  },
  {
    number: 7,
    title: text('一次性吸纳就业补贴', 'One-time employment subsidy'),
    rule: text(
      '吉林省内用工单位{employ.hire_cutoff}以后吸纳脱贫劳动力或监测对象，年内累计工作{employ.min_months_worked}以上且工资不低于当地最低工资的，每人一次性补贴{employ.subsidy_per_person}，每家单位最多{employ.employer_cap}；同一人只能享受一次。',
      'Employers in Jilin hiring after {employ.hire_cutoff}, at least {employ.min_months_worked} worked in the year, wage not below the local minimum wage: {employ.subsidy_per_person} per person once, at most {employ.employer_cap} per employer; one subsidy per person ever.',
    ),
    addIn: text(
      '计算每人补贴、单位合计和最低工资；就业花名册检查入职日期、工作月数、工资、信用代码、每家单位上限，以及同一人在花名册内、跨花名册和已发放登记中的重复。',
      'Computes the subsidy per hire, per employer and the minimum wage; the employment roster check reads hire date, months, wage, credit code, the cap per employer, and duplicates within and across rosters and against the paid register.',
    ),
    functions: ['JL.EMPLOY_SUBSIDY', 'JL.EMPLOY_SUBSIDY_TOTAL', 'JL.MIN_WAGE', 'JL.ID_CHECK', 'JL.ID_INFO'],
    rosterColumns: text(
      '身份证号码、姓名、用工单位、统一社会信用代码、入职日期、工作月数、月工资、县（市、区）、补贴金额',
      'ID, name, employer, credit code, hire date, months worked, monthly wage, county, amount',
    ),
    examples: ['=JL.EMPLOY_SUBSIDY("2022-03-01", 3, 2000, "{county}")', '=JL.MIN_WAGE("{county}", "2022-03-01")', '=JL.EMPLOY_SUBSIDY_TOTAL(32)', '=JL.EXPLAIN("EMPLOY_SUBSIDY", "2022-03-01", 3, 1500, "{county}")', '=JL.ID_CHECK("11010519491231002X")'],
  },
  {
    number: 8,
    title: text('返乡务工人员就业', 'Returning migrant workers'),
    rule: text('灵活就业、网店、直播带货；以工代赈项目。', 'Flexible work, online stores, live streaming; work-relief projects.'),
    addIn: NOTHING_NUMERIC,
    functions: [],
    rosterColumns: null,
    examples: [],
  },
  {
    number: 9,
    title: text('临时公益岗位', 'Temporary welfare posts'),
    rule: text('疫情防控期间开发临时公益岗位，每人每月{welfare.monthly_subsidy}，最多{welfare.max_months}（累计）。', 'Temporary welfare posts during epidemic control: {welfare.monthly_subsidy} per person per month, at most {welfare.max_months} in all.'),
    addIn: text('计算补贴金额（扣除已发放月数）；公益岗位花名册按人累计月数（含已发放登记）检查是否超过{welfare.max_months}。', 'Computes the subsidy net of months paid; the welfare roster check adds up months per person (with the register) against the limit of {welfare.max_months}.'),
    functions: ['JL.WELFARE_POST_SUBSIDY'],
    rosterColumns: text('岗位、月数、补贴金额', 'Post, months, amount'),
    examples: ['=JL.WELFARE_POST_SUBSIDY(2, 1)'],
  },
  {
    number: 10,
    title: text('消费帮扶奖励', 'Reward for buying unsalable products'),
    rule: text('企业采购脱贫地区滞销农产品的，一次性奖励不超过采购额的{unsalable.reward_rate}，最多{unsalable.reward_cap}。', 'Enterprises buying unsalable products of assisted areas: one-time reward of at most {unsalable.reward_rate} of the purchase, at most {unsalable.reward_cap}.'),
    addIn: text('按分计算{unsalable.reward_rate}并向下取整，扣除已奖励部分；滞销产品奖励表检查采购额、上限和申报金额。', 'Computes {unsalable.reward_rate} in fen rounded down, net of rewards paid; the reward sheet check reads the purchase, the cap and the claimed amount.'),
    functions: ['JL.UNSALABLE_REWARD'],
    rosterColumns: text('企业表：企业名称、统一社会信用代码、采购金额、奖励金额', 'Entity sheet: name, credit code, purchase, amount'),
    examples: ['=JL.UNSALABLE_REWARD(150000)'],
  },
  {
    number: 11,
    title: text('教育、医疗、住房、饮水保障', 'Education, medical insurance, housing, drinking water'),
    rule: text('教育帮扶、基本医保参保、大病救助、危房改造、饮水安全。', 'Education follow-up, basic medical insurance, serious-illness aid, dilapidated housing, drinking water.'),
    addIn: NOTHING_NUMERIC,
    functions: [],
    rosterColumns: null,
    examples: [],
  },
];

/** The county used in examples before the clerk has chosen one in 设置. */
export const EXAMPLE_COUNTY = '汪清县';

export function exampleFormula(template: string, county: string | undefined): string {
  return template.replace(/\{county\}/g, county ?? EXAMPLE_COUNTY);
}
