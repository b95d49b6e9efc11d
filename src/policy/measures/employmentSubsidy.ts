import type { County } from '../countyRecord';
import type { DaySerial } from '../dates';
import { formatDate, isoToSerial } from '../dates';
import type { Determination } from '../determination';
import { CLAIM_DATE, DeterminationBuilder, HIRE_DATE } from '../determination';
import { earliestMinimumWageDay, minimumWageOn } from '../minimumWage';
import type { Fen } from '../money';
import { formatYuan } from '../money';
import type { ParameterUse } from '../parameters';
import { numberOn, numberValue, parameterOn } from '../parameters';
import type { ReadingValues } from '../readings';
import { text } from '../text';

export interface EmploymentSubsidyInput {
  readonly hireDate: DaySerial;
  readonly monthsWorked: number;
  readonly monthlyWageFen: Fen;
  /** The county where the job is: its minimum wage in force on the hire date applies ... */
  readonly county?: County;
  /** ... unless the clerk gives the minimum wage directly. */
  readonly minimumWageFen?: Fen;
  /** The day of the claim (the check's as-of date; a cell's formula: today): the hire cut-off in force that day. */
  readonly claimDate: DaySerial;
}

const cutoffSerials = new WeakMap<ParameterUse, DaySerial>();

function cutoffSerial(use: ParameterUse): DaySerial {
  let serial = cutoffSerials.get(use);
  if (serial === undefined) {
    serial = isoToSerial(String(use.value));
    cutoffSerials.set(use, serial);
  }
  return serial;
}

/**
 * Measure 7's conditions one at a time, without a trace: the value path, the roster's screening of a million rows
 * and the explaining path (employmentSubsidy) all decide with these.
 */
export function hiredInTime(hireDate: DaySerial, claimDate: DaySerial, readings: ReadingValues): boolean {
  const cutoff = parameterOn('employ.hire_cutoff', claimDate);
  if (!cutoff) return false;
  return readings.employ_hire_cutoff_inclusive === 'inclusive' ? hireDate >= cutoffSerial(cutoff) : hireDate > cutoffSerial(cutoff);
}

/** NaN months or no value in force on the hire date: false. */
export function workedEnoughMonths(monthsWorked: number, hireDate: DaySerial): boolean {
  return monthsWorked >= numberOn('employ.min_months_worked', hireDate);
}

export function wageMeetsMinimum(monthlyWageFen: Fen, minimumWageFen: Fen): boolean {
  return monthlyWageFen >= minimumWageFen;
}

/** The minimum wage a hire is compared with: the one given, else the county's on the hire date; undefined: none known. */
function minimumFor(input: EmploymentSubsidyInput): Fen | undefined {
  if (input.minimumWageFen !== undefined) return input.minimumWageFen;
  return input.county ? minimumWageOn(input.county, input.hireDate)?.fen : undefined;
}

/** Measure 7 for one person, the value path: the amount in fen, no explanation built. */
export function employmentSubsidyFen(input: EmploymentSubsidyInput, readings: ReadingValues): Fen {
  if (!hiredInTime(input.hireDate, input.claimDate, readings) || !workedEnoughMonths(input.monthsWorked, input.hireDate)) return 0;
  const minimum = minimumFor(input);
  if (minimum === undefined || !wageMeetsMinimum(input.monthlyWageFen, minimum)) return 0;
  const perPerson = numberOn('employ.subsidy_per_person', input.hireDate);
  return Number.isNaN(perPerson) ? 0 : perPerson;
}

/**
 * Measure 7, one person, explained: the amount per person when hired on or after the cut-off, enough months worked
 * in the year, and paid not below the local minimum wage. Whether the person was already paid is the roster's check.
 */
export function employmentSubsidy(input: EmploymentSubsidyInput, readings: ReadingValues): Determination {
  const b = new DeterminationBuilder(7, 'EMPLOY_SUBSIDY', readings, input.claimDate);
  const cutoff = b.parameter('employ.hire_cutoff', input.claimDate, CLAIM_DATE);
  if (cutoff) {
    const inclusive = readings.employ_hire_cutoff_inclusive === 'inclusive';
    b.reading('employ_hire_cutoff_inclusive');
    b.require(
      text(`入职日期${inclusive ? '不早于' : '晚于'} ${cutoff.value}`, `hired ${inclusive ? 'on or after' : 'after'} ${cutoff.value}`),
      hiredInTime(input.hireDate, input.claimDate, readings),
      { hire_date: formatDate(input.hireDate) },
      [cutoff],
      {
        code: 'HIRE_BEFORE_CUTOFF',
        message: text(`入职日期 ${formatDate(input.hireDate)} 早于 ${cutoff.value}`, `hired on ${formatDate(input.hireDate)}, before ${cutoff.value}`),
      },
    );
  }

  const minMonths = b.parameter('employ.min_months_worked', input.hireDate, HIRE_DATE);
  if (minMonths) {
    b.reading('employ_months_in_year');
    b.require(
      text(`年度累计工作不少于 ${minMonths.value} 个月`, `at least ${minMonths.value} months worked in the year`),
      workedEnoughMonths(input.monthsWorked, input.hireDate),
      { months_worked: input.monthsWorked },
      [minMonths],
      {
        code: 'MONTHS_BELOW_MIN',
        message: text(`工作 ${input.monthsWorked} 个月，不足 ${minMonths.value} 个月`, `worked ${input.monthsWorked} months, fewer than ${minMonths.value}`),
      },
    );
  }

  b.reading('employ_minimum_wage_basis');
  let minimumParams: ParameterUse[] = [];
  const wageInputs: Record<string, string | number> = { monthly_wage: formatYuan(input.monthlyWageFen) };
  if (input.minimumWageFen !== undefined) {
    wageInputs.minimum_wage_given = formatYuan(input.minimumWageFen);
  } else if (input.county) {
    wageInputs.county = input.county.name;
    wageInputs.hire_date = formatDate(input.hireDate);
    const wage = minimumWageOn(input.county, input.hireDate);
    if (wage) {
      minimumParams = [wage.standard];
      wageInputs.tier = wage.tier;
      if (wage.tierNote) b.reading('minimum_wage_tier');
    }
  }
  const minimumFen = minimumFor(input);
  if (minimumFen === undefined) {
    b.require(text('入职当日有可比较的最低工资标准', 'a minimum wage is known for the hire date'), false, wageInputs, [], {
      code: 'MINIMUM_WAGE_UNKNOWN',
      message: text(
        `入职日期 ${formatDate(input.hireDate)} 没有可用的最低工资标准（最早为${earliestMinimumWageDay()}）`,
        `no minimum wage standard is at hand for ${formatDate(input.hireDate)} (the earliest is ${earliestMinimumWageDay()})`,
      ),
    });
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

  const perPerson = b.parameter('employ.subsidy_per_person', input.hireDate, HIRE_DATE);
  if (perPerson) b.step(text('每人补贴标准', 'amount per person'), {}, [perPerson]);
  b.reading('once_scope', 'period_start');
  return b.finish(perPerson ? numberValue(perPerson) : 0);
}
