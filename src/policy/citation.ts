import type { Text } from './text';
import { text } from './text';

/** Where a parameter value or a rule comes from: the measure, the document and clause, and the reading taken. */
export interface Citation {
  readonly measure: number | null;
  readonly document: Text;
  readonly clause: Text;
  readonly reading?: ReadingId;
}

export type ReadingId =
  | 'period_start'
  | 'contract_months_rule'
  | 'travel_min_contract_inclusive'
  | 'travel_higher_class'
  | 'travel_one_per_person'
  | 'employ_hire_cutoff_inclusive'
  | 'employ_months_in_year'
  | 'employ_minimum_wage_basis'
  | 'employ_employer_cap'
  | 'employ_once_per_person'
  | 'welfare_cumulative_months'
  | 'welfare_whole_months'
  | 'unsalable_round_down'
  | 'minimum_wage_tier'
  | 'registry_undated_status';

export const ELEVEN_MEASURES: Text = text(
  '《吉林省乡村振兴局应对新冠肺炎疫情影响巩固拓展脱贫攻坚成果十一条措施》（省委农办印发，2022年4月7日前）',
  'Jilin Provincial Rural Revitalization Bureau, "Eleven measures to respond to the COVID-19 epidemic and consolidate and expand the results of poverty alleviation" (issued by the Provincial Party Committee Rural Work Office, before 2022-04-07)',
);

export const MINIMUM_WAGE_2017: Text = text(
  '吉林省2017年10月1日起执行的最低工资标准（二手资料）',
  'Jilin minimum wage standard in force from 2017-10-01 (secondary source)',
);

export const MINIMUM_WAGE_2021: Text = text(
  '吉林省人民政府关于调整全省最低工资标准的通知（2021年9月30日，2021年12月1日起执行）',
  'Jilin Provincial Government notice on adjusting the minimum wage (2021-09-30, in force 2021-12-01)',
);

export const MINIMUM_WAGE_2025: Text = text(
  '吉林省人民政府关于调整全省最低工资标准的通知（2025年11月26日，2025年12月1日起执行）',
  'Jilin Provincial Government notice on adjusting the minimum wage (2025-11-26, in force 2025-12-01)',
);

export const LABOUR_LAW_ART_15: Text = text(
  '《中华人民共和国劳动法》第十五条：禁止用人单位招用未满十六周岁的未成年人',
  'Labour Law of the PRC, art. 15: employers must not hire minors under sixteen',
);

export const MEASURE_ARTICLE: Readonly<Record<number, Text>> = {
  1: text('第一条 加强防返贫动态监测和帮扶', 'Measure 1: dynamic monitoring and support against returning to poverty'),
  3: text('第三条 支持联农带农产业发展', 'Measure 3: industries that drive farmers'),
  4: text('第四条 保持小额信贷政策连续稳定', 'Measure 4: micro-credit'),
  6: text('第六条 落实跨省务工交通补助', 'Measure 6: cross-province travel subsidy'),
  7: text('第七条 鼓励企业吸纳就业', 'Measure 7: employers hiring'),
  9: text('第九条 支持开发公益岗位', 'Measure 9: temporary public-welfare posts'),
  10: text('第十条 推动企业参与消费帮扶', 'Measure 10: consumption support'),
};
