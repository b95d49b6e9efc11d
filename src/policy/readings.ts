import type { ReadingId } from './citation';
import type { Text } from './text';
import { text } from './text';

/**
 * The readings MEASURES.md takes of the ambiguous clauses. Each one a county could read differently is a value
 * here (ReadingValues) that callers may override; every result names the readings it used.
 */
export interface ReadingValues {
  /** "6个月以上": whether a contract of exactly the minimum counts. */
  readonly travelMinContractInclusive: boolean;
  /** "2020年1月1日后": whether a hire on the cut-off day counts. */
  readonly employHireCutoffInclusive: boolean;
  /** How far the 10% reward is rounded to the fen. */
  readonly unsalableRounding: 'down' | 'half-up';
  /** Order in which a roster's persons are served under the employer cap. */
  readonly employerCapOrder: 'hire-date' | 'roster';
  /**
   * A registry status without a date of its own (已脱贫(不再享受政策), 风险已消除 without 风险消除时间): 'export-date'
   * takes it as the status on the rule's date too, saying it is the status at the export date; 'after-export' lets
   * it decide only dates on or after the export date. Optional (default 'export-date') so readings written before
   * the registry check still type.
   */
  readonly registryUndatedStatus?: 'export-date' | 'after-export';
}

export const DEFAULT_READINGS: ReadingValues = {
  travelMinContractInclusive: true,
  employHireCutoffInclusive: true,
  unsalableRounding: 'down',
  employerCapOrder: 'hire-date',
  registryUndatedStatus: 'export-date',
};

export interface ReadingUse {
  readonly id: ReadingId;
  readonly text: Text;
}

export function describeReading(id: ReadingId, values: ReadingValues = DEFAULT_READINGS): ReadingUse {
  return { id, text: READING_TEXT[id](values) };
}

const READING_TEXT: Readonly<Record<ReadingId, (r: ReadingValues) => Text>> = {
  period_start: () =>
    text(
      '措施于2022年4月初印发，未写明截止日期：参数自2022-04-01起施行，无截止日',
      'the measures were issued in early April 2022 with no end date: parameters apply from 2022-04-01 with no end',
    ),
  contract_months_rule: () =>
    text(
      '合同自D至E覆盖N个整月，当且仅当E不早于（D加N个日历月）减1天，月末按月底对齐',
      'a contract from D to E covers N whole months when E is on or after (D plus N calendar months) minus one day, month ends clamped',
    ),
  travel_min_contract_inclusive: (r) =>
    r.travelMinContractInclusive
      ? text('“六个月以上”含六个月（民法典第1259条：以上含本数）', '"more than six months" includes exactly six (Civil Code art. 1259: 以上 includes the number)')
      : text('“六个月以上”不含六个月', '"more than six months" excludes exactly six'),
  travel_higher_class: () =>
    text(
      '高于允许席别的不按申报金额补助，须按允许席别的票价申报',
      'a class above those allowed is not eligible as claimed: the allowed-class fare must be entered',
    ),
  travel_one_per_person: () => text('每人只补助一次往返交通费', 'one round-trip subsidy per person'),
  employ_hire_cutoff_inclusive: (r) =>
    r.employHireCutoffInclusive
      ? text('“2020年1月1日后”含1月1日当天', '"after January 1, 2020" includes January 1')
      : text('“2020年1月1日后”不含1月1日当天', '"after January 1, 2020" excludes January 1'),
  employ_months_in_year: () =>
    text(
      '“年度累计工作时间不少于3个月”：同一自然年内累计工作至少3个月，月数由经办人填入',
      '"year accumulative working ... not less than 3 months": at least 3 months worked within one calendar year; the months are entered by the clerk',
    ),
  employ_minimum_wage_basis: () =>
    text(
      '“不低于当地最低工资标准”：按就业所在县入职当日执行的月最低工资标准比较',
      '"not lower than the local minimum wage": the monthly minimum wage of the county where the job is, in force on the hire date',
    ),
  employ_employer_cap: (r) =>
    text(
      `每家用工单位合计 = min(1600元×符合条件人数, 5万元) − 已发放金额；花名册内按${r.employerCapOrder === 'hire-date' ? '入职日期先后（同日按花名册顺序）' : '花名册顺序'}计发，超出上限的行予以标注`,
      `per employer: min(1,600 × eligible hires, 50,000) minus what was already paid; in a roster persons are served in ${r.employerCapOrder === 'hire-date' ? 'hire-date order (ties: roster order)' : 'roster order'} and rows past the cap are flagged`,
    ),
  employ_once_per_person: () =>
    text(
      '同一身份证号码只能享受一次一次性吸纳就业补贴（跨单位、跨花名册、跨年度）',
      'one one-off employment subsidy per resident ID number, across employers, rosters and years',
    ),
  welfare_cumulative_months: () =>
    text('“不超过三个月”按每人在疫情期间累计计算', '"no more than three months" is cumulative per person over the epidemic period'),
  welfare_whole_months: () =>
    text('月数按整月计，出现小数视为录入错误，不自动取整', 'months are whole months; a fraction is an input error, not rounded'),
  unsalable_round_down: (r) =>
    r.unsalableRounding === 'down'
      ? text('“不超过10%”按分计算并向下取整，确保不超过10%', '"no more than 10%" is computed in fen and rounded down, so it never exceeds 10%')
      : text('10%按分四舍五入', '10% is rounded half-up to the fen'),
  registry_undated_status: (r) =>
    (r.registryUndatedStatus ?? 'export-date') === 'export-date'
      ? text(
          '监测系统导出数据中未注明日期的状态（如已脱贫(不再享受政策)、风险已消除而无消除时间），按导出日的状态认定，也适用于导出日以前的日期',
          'a registry status without its own date (e.g. 已脱贫(不再享受政策), risk eliminated without a date) is taken as the status at the export date, for earlier dates too',
        )
      : text(
          '监测系统导出数据中未注明日期的状态只适用于导出日及以后的日期',
          'a registry status without its own date applies only to dates on or after the export date',
        ),
  minimum_wage_tier: () =>
    text(
      '该县最低工资档次系推定（见 jilin-counties.csv 备注）',
      "the county's minimum-wage tier is a reading (see the note in jilin-counties.csv)",
    ),
};
