import type { Citation } from './citation';
import { ELEVEN_MEASURES, LABOUR_LAW_ART_15, MINIMUM_WAGE_2017, MINIMUM_WAGE_2021, MINIMUM_WAGE_2025 } from './citation';
import type { DaySerial } from './dates';
import { isoToSerial } from './dates';
import type { Text } from './text';
import { text } from './text';

/**
 * Every amount, cap, date and threshold of the measures, as dated values with a citation (as OpenFisca keeps
 * parameters). Code asks parameterOn(id, day); no amount is written anywhere else.
 */
export type ParameterUnit = 'fen' | 'months' | 'persons' | 'percent' | 'date' | 'years';

export interface DatedValue {
  readonly from: string; // YYYY-MM-DD, first day in force
  readonly to: string | null; // YYYY-MM-DD, last day in force; null: no end known
  readonly value: number | string;
  readonly citation: Citation;
}

export interface ParameterDefinition {
  readonly label: Text;
  readonly unit: ParameterUnit;
  readonly values: ReadonlyArray<DatedValue>;
}

/** The measures were issued in early April 2022 with no end date (MEASURES.md, "Effective period"). */
const MEASURES_FROM = '2022-04-01';

function measureValue(measure: number, value: number | string, clause: Text, reading?: Citation['reading']): DatedValue {
  return { from: MEASURES_FROM, to: null, value, citation: { measure, document: ELEVEN_MEASURES, clause, reading } };
}

function minimumWage(tier: 1 | 2 | 3 | 4, amounts: [number, number, number | null]): DatedValue[] {
  const [y2017, y2021, y2025] = amounts;
  const clause = text(`月最低工资标准第${tier}档`, `monthly minimum wage, tier ${tier}`);
  const values: DatedValue[] = [
    { from: '2017-10-01', to: '2021-11-30', value: y2017 * 100, citation: { measure: 7, document: MINIMUM_WAGE_2017, clause } },
    { from: '2021-12-01', to: '2025-11-30', value: y2021 * 100, citation: { measure: 7, document: MINIMUM_WAGE_2021, clause } },
  ];
  if (y2025 !== null) {
    values.push({ from: '2025-12-01', to: null, value: y2025 * 100, citation: { measure: 7, document: MINIMUM_WAGE_2025, clause } });
  }
  return values;
}

export const PARAMETERS = {
  'employ.subsidy_per_person': {
    label: text('一次性吸纳就业补贴标准（每人）', 'one-off employment subsidy per person'),
    unit: 'fen',
    values: [measureValue(7, 1600_00, text('每吸纳1人给予1600元一次性吸纳就业补贴', '1,600 yuan one-off employment subsidy per person hired'))],
  },
  'employ.employer_cap': {
    label: text('每家用工单位补贴上限', 'cap per employer'),
    unit: 'fen',
    values: [measureValue(7, 50_000_00, text('每家企业最高不超过5万元', 'at most 50,000 yuan per enterprise'), 'employ_employer_cap')],
  },
  'employ.hire_cutoff': {
    label: text('吸纳就业起始日期', 'hires counted from'),
    unit: 'date',
    values: [measureValue(7, '2020-01-01', text('2020年1月1日后吸纳', 'hired after January 1, 2020'), 'employ_hire_cutoff_inclusive')],
  },
  'employ.min_months_worked': {
    label: text('年度累计工作时间下限', 'minimum months worked in the year'),
    unit: 'months',
    values: [measureValue(7, 3, text('年度累计工作时间不少于3个月', 'at least 3 months worked in the year'), 'employ_months_in_year')],
  },
  'travel.fare_cap': {
    label: text('跨省务工往返交通补助上限', 'cap on the round-trip travel subsidy'),
    unit: 'fen',
    values: [measureValue(6, 1600_00, text('按实际给予一次性往返交通补助，最高1600元', 'one-time round-trip fare at actual cost, at most 1,600 yuan'))],
  },
  'travel.min_contract_months': {
    label: text('劳动合同或就业协议最短期限', 'minimum contract length'),
    unit: 'months',
    values: [measureValue(6, 6, text('签订6个月以上劳动合同或就业协议', 'a labour contract or employment agreement of more than six months'), 'travel_min_contract_inclusive')],
  },
  'welfare.monthly_subsidy': {
    label: text('临时公益岗位月补贴', 'temporary welfare post, monthly subsidy'),
    unit: 'fen',
    values: [measureValue(9, 1000_00, text('每人每月补贴1000元', '1,000 yuan per person per month'))],
  },
  'welfare.max_months': {
    label: text('临时公益岗位补贴最长月数', 'temporary welfare post, most months'),
    unit: 'months',
    values: [measureValue(9, 3, text('临时安置时间不超过3个月', 'temporary placement of no more than three months'), 'welfare_cumulative_months')],
  },
  'unsalable.reward_rate': {
    label: text('滞销帮扶产品奖补比例上限', 'reward rate cap on unsalable products'),
    unit: 'percent',
    values: [measureValue(10, 10, text('给予不超过采购额10%的一次性奖补', 'one-time reward of no more than 10% of the purchase'), 'unsalable_round_down')],
  },
  'unsalable.reward_cap': {
    label: text('滞销帮扶产品奖补上限', 'reward cap per enterprise'),
    unit: 'fen',
    values: [measureValue(10, 50_000_00, text('最高5万元', 'up to 50,000 yuan'))],
  },
  'production.subsidy_per_person': {
    label: text('联农带农生产补贴标准（每带动1人）', 'production subsidy per person driven'),
    unit: 'fen',
    values: [measureValue(3, 800_00, text('每带动1人给予不超过800元一次性生产补贴', 'one-time production subsidy of no more than 800 yuan per person driven'))],
  },
  'production.entity_cap': {
    label: text('每个经营主体生产补贴上限', 'production subsidy cap per entity'),
    unit: 'fen',
    values: [measureValue(3, 100_000_00, text('总额最高10万元', 'a total of up to 100,000 yuan'))],
  },
  'loan.max_extension_months': {
    label: text('小额信贷还款最长延期', 'longest extension of a micro-credit repayment'),
    unit: 'months',
    values: [measureValue(4, 6, text('可适当延长还款期限（不超过6个月）', 'repayment may be extended (no more than 6 months)'))],
  },
  'minimum_wage.tier_1': { label: text('月最低工资标准（一档）', 'monthly minimum wage, tier 1'), unit: 'fen', values: minimumWage(1, [1780, 1880, 2230]) },
  'minimum_wage.tier_2': { label: text('月最低工资标准（二档）', 'monthly minimum wage, tier 2'), unit: 'fen', values: minimumWage(2, [1680, 1760, 2020]) },
  'minimum_wage.tier_3': { label: text('月最低工资标准（三档）', 'monthly minimum wage, tier 3'), unit: 'fen', values: minimumWage(3, [1580, 1640, 1870]) },
  'minimum_wage.tier_4': { label: text('月最低工资标准（四档）', 'monthly minimum wage, tier 4'), unit: 'fen', values: minimumWage(4, [1480, 1540, null]) },
  'labour.minimum_working_age': {
    label: text('最低就业年龄', 'minimum working age'),
    unit: 'years',
    values: [{ from: '1995-01-01', to: null, value: 16, citation: { measure: null, document: LABOUR_LAW_ART_15, clause: text('未满十六周岁', 'under sixteen') } }],
  },
} satisfies Record<string, ParameterDefinition>;

export type ParameterId = keyof typeof PARAMETERS;

/** A parameter value as used in one computation: what a trace and an explanation show. */
export interface ParameterUse {
  readonly id: ParameterId;
  readonly label: Text;
  readonly unit: ParameterUnit;
  readonly value: number | string;
  readonly from: string;
  readonly to: string | null;
  readonly citation: Citation;
}

interface CompiledValue {
  readonly fromSerial: DaySerial;
  readonly toSerial: DaySerial;
  readonly use: ParameterUse;
}

/**
 * Two values of one parameter in force on the same day is a conflict in the data, not something to resolve by
 * picking one (as Catala treats conflicting rules): compiling the table throws.
 */
export function compileParameterTable(table: Readonly<Record<string, ParameterDefinition>>): Map<string, CompiledValue[]> {
  const compiled = new Map<string, CompiledValue[]>();
  for (const [id, definition] of Object.entries(table)) {
    const values = definition.values
      .map((v) => ({
        fromSerial: isoToSerial(v.from),
        toSerial: v.to === null ? Number.POSITIVE_INFINITY : isoToSerial(v.to),
        use: { id: id as ParameterId, label: definition.label, unit: definition.unit, value: v.value, from: v.from, to: v.to, citation: v.citation },
      }))
      .sort((a, b) => a.fromSerial - b.fromSerial);
    for (let i = 0; i < values.length; i++) {
      if (values[i].toSerial < values[i].fromSerial) throw new Error(`parameter ${id}: value from ${values[i].use.from} ends before it starts`);
      if (i > 0 && values[i].fromSerial <= values[i - 1].toSerial) {
        throw new Error(`parameter ${id}: values from ${values[i - 1].use.from} and ${values[i].use.from} are both in force on ${values[i].use.from}`);
      }
    }
    compiled.set(id, values);
  }
  return compiled;
}

const COMPILED = compileParameterTable(PARAMETERS);

/**
 * The value in force on `day`; without a day, the newest value (the one with no end, or the latest).
 * undefined when nothing is in force that day (before a measure began, or a tier that was abolished).
 */
export function parameterOn(id: ParameterId, day?: DaySerial): ParameterUse | undefined {
  const values = COMPILED.get(id);
  if (!values || values.length === 0) throw new Error(`unknown parameter ${id}`);
  if (day === undefined) return values[values.length - 1].use;
  for (const v of values) if (day >= v.fromSerial && day <= v.toSerial) return v.use;
  return undefined;
}

/**
 * The amounts and caps of the measures have one value, in force from the measures' issue with no end; a result
 * computed with them names that value and its dates, whatever day the clerk computes on.
 */
export function measureParameter(id: ParameterId): ParameterUse {
  const use = parameterOn(id);
  if (!use) throw new Error(`parameter ${id} has no value`);
  return use;
}

export function numberValue(use: ParameterUse): number {
  if (typeof use.value !== 'number') throw new Error(`parameter ${use.id} is not a number`);
  return use.value;
}

export const MEASURES_IN_FORCE_FROM = MEASURES_FROM;
