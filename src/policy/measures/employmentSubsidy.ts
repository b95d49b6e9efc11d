import type { County } from '../countyRecord';
import type { DaySerial } from '../dates';
import { formatDate, isoToSerial } from '../dates';
import type { Determination } from '../determination';
import { DeterminationBuilder } from '../determination';
import { minimumWageOn } from '../minimumWage';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import type { ParameterUse } from '../parameters';
import { measureParameter, numberValue } from '../parameters';
import type { ReadingValues } from '../readings';
import { DEFAULT_READINGS } from '../readings';
import { text } from '../text';

export interface EmploymentSubsidyInput {
  readonly hireDate: DaySerial;
  readonly monthsWorked: number;
  readonly monthlyWageFen: Fen;
  /** The county where the job is: its minimum wage in force on the hire date applies ... */
  readonly county?: County;
  /** ... unless the clerk gives the minimum wage directly. */
  readonly minimumWageFen?: Fen;
}

const cutoffSerials = new Map<string, DaySerial>();

/**
 * Measure 7's conditions one at a time, without a trace: employmentSubsidy() states them with their reasons, and the
 * roster engine screens a million rows with the same functions, asking employmentSubsidy() only when one fails.
 */
export function hiredInTime(hireDate: DaySerial, readings: ReadingValues = DEFAULT_READINGS): boolean {
  const iso = String(measureParameter('employ.hire_cutoff').value);
  let cutoff = cutoffSerials.get(iso);
  if (cutoff === undefined) {
    cutoff = isoToSerial(iso);
    cutoffSerials.set(iso, cutoff);
  }
  return readings.employHireCutoffInclusive ? hireDate >= cutoff : hireDate > cutoff;
}

export function workedEnoughMonths(monthsWorked: number): boolean {
  return monthsWorked >= numberValue(measureParameter('employ.min_months_worked'));
}

export function wageMeetsMinimum(monthlyWageFen: Fen, minimumWageFen: Fen): boolean {
  return monthlyWageFen >= minimumWageFen;
}

/**
 * Measure 7, one person: 1,600 yuan when hired on or after 2020-01-01, at least 3 months worked in the year, and
 * paid not below the local minimum wage. Whether the person was already paid is the roster's check, not this one's.
 */
export function employmentSubsidy(input: EmploymentSubsidyInput, readings: ReadingValues = DEFAULT_READINGS): Determination {
  const b = new DeterminationBuilder(7, 'EMPLOY_SUBSIDY', readings);
  const cutoff = measureParameter('employ.hire_cutoff');
  const inclusive = readings.employHireCutoffInclusive;
  b.reading('employ_hire_cutoff_inclusive');
  b.require(
    text(`入职日期${inclusive ? '不早于' : '晚于'} ${cutoff.value}`, `hired ${inclusive ? 'on or after' : 'after'} ${cutoff.value}`),
    hiredInTime(input.hireDate, readings),
    { hire_date: formatDate(input.hireDate) },
    [cutoff],
    {
      code: 'HIRE_BEFORE_CUTOFF',
      message: text(`入职日期 ${formatDate(input.hireDate)} 早于 ${cutoff.value}`, `hired on ${formatDate(input.hireDate)}, before ${cutoff.value}`),
    },
  );

  const minMonths = measureParameter('employ.min_months_worked');
  b.reading('employ_months_in_year');
  b.require(
    text(`年度累计工作不少于 ${minMonths.value} 个月`, `at least ${minMonths.value} months worked in the year`),
    workedEnoughMonths(input.monthsWorked),
    { months_worked: input.monthsWorked },
    [minMonths],
    {
      code: 'MONTHS_BELOW_MIN',
      message: text(`工作 ${input.monthsWorked} 个月，不足 ${minMonths.value} 个月`, `worked ${input.monthsWorked} months, fewer than ${minMonths.value}`),
    },
  );

  b.reading('employ_minimum_wage_basis');
  let minimumFen: Fen | undefined = input.minimumWageFen;
  let minimumParams: ParameterUse[] = [];
  const wageInputs: Record<string, string | number> = { monthly_wage: formatYuan(input.monthlyWageFen) };
  if (minimumFen !== undefined) {
    wageInputs.minimum_wage_given = formatYuan(minimumFen);
  } else if (input.county) {
    wageInputs.county = input.county.name;
    wageInputs.hire_date = formatDate(input.hireDate);
    const wage = minimumWageOn(input.county, input.hireDate);
    if (wage) {
      minimumFen = wage.fen;
      minimumParams = [wage.standard];
      wageInputs.tier = wage.tier;
      if (wage.tierNote) b.reading('minimum_wage_tier');
    }
  }
  if (minimumFen === undefined) {
    b.require(
      text('入职当日有可比较的最低工资标准', 'a minimum wage is known for the hire date'),
      false,
      wageInputs,
      [],
      {
        code: 'MINIMUM_WAGE_UNKNOWN',
        message: text(
          `入职日期 ${formatDate(input.hireDate)} 没有可用的最低工资标准（最早为2017-10-01）`,
          `no minimum wage standard is at hand for ${formatDate(input.hireDate)} (the earliest is 2017-10-01)`,
        ),
      },
    );
  } else {
    wageInputs.minimum_wage = formatYuan(minimumFen);
    b.require(
      text('月工资不低于当地最低工资标准', 'monthly wage not below the local minimum wage'),
      wageMeetsMinimum(input.monthlyWageFen, minimumFen),
      wageInputs,
      minimumParams,
      {
        code: 'WAGE_BELOW_MIN',
        message: text(
          `月工资 ${formatYuan(input.monthlyWageFen)} 元低于最低工资 ${formatYuan(minimumFen)} 元`,
          `monthly wage ${formatYuan(input.monthlyWageFen)} is below the minimum wage ${formatYuan(minimumFen)}`,
        ),
      },
    );
  }

  const perPerson = measureParameter('employ.subsidy_per_person');
  b.step(text('每人补贴标准', 'amount per person'), {}, [perPerson]);
  b.reading('employ_once_per_person', 'period_start');
  return b.finish(numberValue(perPerson));
}
