import type { Determination, ReasonCode, Text, TransportClassId } from '../policy';
import {
  contractMonths,
  employmentSubsidy,
  formatDate,
  text,
  travelSubsidy,
} from '../policy';
import { isBlankCell, isErrorCell } from './cells';
import { contractPeriod } from './contractPeriod';
import { hiredInTime, numberOn, wageMeetsMinimum, workedEnoughMonths } from './policyBindings';
import type { CountyMemo } from './countyWages';
import { minimumWageFen } from './countyWages';
import { decideOverMonth } from './monthDecision';
import { readCounty, readEmployer } from './employer';
import { checkWorkingAge, readIdentity } from './identity';
import type { RowValues } from './personRow';
import type { SheetScope } from './sheetScope';
import { isFindingCode } from './findingCodes';
import type { FieldId, FindingCode } from './types';

/** Reasons of a determination that become findings, each on the cell whose value decided it. */
type ReasonFinding = ReasonCode & FindingCode;

function emitReasons(s: SheetScope, det: Determination, fields: Partial<Record<ReasonFinding, FieldId | false>>, context?: Partial<Record<ReasonFinding, Text>>): void {
  for (const reason of det.reasons) {
    if (!isFindingCode(reason.code)) continue;
    const field = fields[reason.code];
    if (!field) continue;
    const extra = context?.[reason.code];
    const message = extra ? text(`${reason.message.zh}${extra.zh}`, `${reason.message.en}${extra.en}`) : reason.message;
    s.emit(reason.code, field, s.shown(field), message);
  }
}

/** Measure 7's table: without a county column or a default county, wages cannot be checked. */
export function checkEmployTable(s: SheetScope): void {
  if (s.has('county') || s.run.defaultCounty) return;
  const given = s.run.defaultCountyText;
  s.emitTable(
    'COLUMN_MISSING',
    'county',
    text(
      `缺少“县（市、区）”列${given ? `，默认县“${given}”也无法识别` : '，也未设置默认县'}：无法按当地最低工资标准核对月工资`,
      `no county column${given ? ` and the default county "${given}" is not recognised` : ' and no default county is set'}: wages cannot be checked against the local minimum wage`,
    ),
    7,
  );
}

// What changes within a month when a hire date gives only the month (DATE_MONTH_AMBIGUOUS says which).
const HIRE_CUTOFF_RULE = text('吸纳就业起始日期的条件', 'the hire cut-off');
const MONTHS_RULE = text('工作月数下限', 'the minimum months worked');
const MINIMUM_WAGE_RULE = text('当地最低工资标准', 'the local minimum wage');
const SUBSIDY_RULE = text('补贴标准', 'the subsidy per person');

/** The wage against the county's minimum on a day; undefined when no standard is at hand that day. */
function wageOkOn(county: CountyMemo, wageFen: number, day: number): boolean | undefined {
  const minimum = minimumWageFen(county, day);
  return minimum === null ? undefined : wageMeetsMinimum(wageFen, minimum);
}

/** Measure 7: one person of an employment roster. */
export function checkEmployRow(s: SheetScope, p: RowValues): void {
  const run = s.run;
  readIdentity(s, p);
  readEmployer(s, p, 7, true);
  const hire = s.date('hireDate', true, true);
  const hireEnd = s.dateEnd;
  const months = s.count('monthsWorked', true, false);
  const wage = s.money('wage', true);
  p.date = hire;
  p.months = months;
  p.claimedFen = s.money('amount', false);
  const county = readCounty(s, 7);
  // A month-only hire date: decided when the whole month is on one side of the 16th birthday.
  checkWorkingAge(s, p, hire, hireEnd, 'hireDate');

  // A hire date given only to the month (hireEnd after hire) decides each condition over the whole month; the
  // plain day takes the direct way, without the closures.
  const monthOnly = hireEnd > hire;
  const hireOk = Number.isNaN(hire)
    ? undefined
    : monthOnly
      ? decideOverMonth(s, 'hireDate', hire, hireEnd, (d) => hiredInTime(d, run.asOf, run.readings), HIRE_CUTOFF_RULE)
      : hiredInTime(hire, run.asOf, run.readings);
  const monthsOk =
    Number.isNaN(months) || Number.isNaN(hire)
      ? undefined
      : monthOnly
        ? decideOverMonth(s, 'hireDate', hire, hireEnd, (d) => workedEnoughMonths(months, d), MONTHS_RULE)
        : workedEnoughMonths(months, hire);
  const wageOk =
    Number.isNaN(hire) || Number.isNaN(wage) || !county
      ? undefined
      : monthOnly
        ? decideOverMonth(s, 'hireDate', hire, hireEnd, (d) => wageOkOn(county, wage, d), MINIMUM_WAGE_RULE)
        : wageOkOn(county, wage, hire);

  if (hireOk === false || monthsOk === false || wageOk === false) {
    // The policy module states the reasons; inputs that could not be read stand in with values that pass, and only
    // the reasons resting on values that were read become findings.
    const det = employmentSubsidy(
      {
        hireDate: Number.isNaN(hire) ? run.asOf : hire,
        monthsWorked: Number.isNaN(months) ? Number.MAX_SAFE_INTEGER : months,
        monthlyWageFen: Number.isNaN(wage) ? Number.MAX_SAFE_INTEGER : wage,
        county: county?.county,
        claimDate: run.asOf,
      },
      run.readings,
    );
    const countyNote = county ? text(`（${county.county.name}，${formatDate(hire)}）`, ` (${county.county.name}, ${formatDate(hire)})`) : undefined;
    emitReasons(
      s,
      det,
      { HIRE_BEFORE_CUTOFF: hireOk === false && 'hireDate', MONTHS_BELOW_MIN: monthsOk === false && 'monthsWorked', WAGE_BELOW_MIN: wageOk === false && 'wage' },
      countyNote ? { WAGE_BELOW_MIN: countyNote } : undefined,
    );
    p.baseFen = 0;
  } else if (hireOk && monthsOk && wageOk) {
    const perPerson = monthOnly
      ? (decideOverMonth(s, 'hireDate', hire, hireEnd, (d) => numberOn('employ.subsidy_per_person', d), SUBSIDY_RULE) ?? NaN)
      : numberOn('employ.subsidy_per_person', hire);
    p.baseFen = Number.isNaN(perPerson) ? 0 : perPerson;
  }
}

interface ContractReading {
  /** Whole months covered; with start or end given only to the month, the fewest the days of those months allow. */
  readonly months: number;
  /** The most whole months the days of those months allow (= months for full dates). */
  readonly monthsMax: number;
  /** The first day the contract may start on, and the last (the same day unless the start gives only the month). */
  readonly start: number;
  readonly startLast: number;
  readonly field: FieldId;
}

/** The contract from start..startEnd to end..endEnd (each a day, or a month's first and last day). */
function contractBetween(start: number, startEnd: number, end: number, endEnd: number, field: FieldId): ContractReading {
  return { months: contractMonths(startEnd, end), monthsMax: contractMonths(start, endEnd), start, startLast: startEnd, field };
}

/** The contract's length in whole months: a number of months, '12个月', '1年', 'D至E', or two date columns. */
function readContract(s: SheetScope): ContractReading | undefined {
  if (s.has('contract')) {
    const v = s.raw('contract');
    if (v === undefined || isBlankCell(v)) {
      s.emit('VALUE_MISSING', 'contract', '', text('合同期限为空', 'the contract period is empty'), undefined, 6);
      return undefined;
    }
    if (isErrorCell(v, s.cellKind('contract'))) {
      s.text('contract');
      return undefined;
    }
    const label = s.label('contract');
    const read = contractPeriod(v);
    if (!read.ok) {
      s.emit(read.code, 'contract', s.shown('contract'), text(`${label.zh}：${read.message.zh}`, `${label.en}: ${read.message.en}`), undefined, 6);
      return undefined;
    }
    if (read.monthOnly) s.monthOnly('contract', read.monthOnly.first, read.monthOnly.last);
    return { months: read.months, monthsMax: read.monthsMax, start: read.start, startLast: read.startLast, field: 'contract' };
  }
  if (s.has('contractStart')) {
    const start = s.date('contractStart', true, false);
    const startEnd = s.dateEnd;
    const end = s.date('contractEnd', true, false);
    const endEnd = s.dateEnd;
    if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
    if (endEnd < start) {
      s.emit('DATE_INVALID', 'contractEnd', s.shown('contractEnd'), text('合同终止日期早于起始日期', 'the contract ends before it starts'), undefined, 6);
      return undefined;
    }
    return contractBetween(start, startEnd, end, endEnd, s.has('contractEnd') ? 'contractEnd' : 'contractStart');
  }
  return undefined;
}

/**
 * A contract whose start or end is given only to the month spans from its fewest to its most whole months: decided
 * when the length rule comes out the same for both, else DATE_MONTH_AMBIGUOUS and no contract length.
 */
function decidedContract(s: SheetScope, contract: ContractReading | undefined): ContractReading | undefined {
  if (contract === undefined || contract.monthsMax === contract.months) return contract;
  const tooShort = (months: number) =>
    travelSubsidy({ fareFen: 0, contractMonths: months, crossProvince: true, claimDate: s.run.asOf }, s.run.readings).reasons.some((r) => r.code === 'CONTRACT_TOO_SHORT');
  if (tooShort(contract.months) === tooShort(contract.monthsMax)) return contract;
  const minimum = numberOn('travel.min_contract_months', s.run.asOf);
  const label = s.label(contract.field);
  s.emit(
    'DATE_MONTH_AMBIGUOUS',
    contract.field,
    s.shown(contract.field),
    text(
      `${label.zh}只到月：按所填月份，合同期限在 ${contract.months} 至 ${contract.monthsMax} 个月之间，是否满足 ${minimum} 个月的期限要求取决于具体起止日期，请填写具体日期`,
      `${label.en} gives only months: the contract covers ${contract.months} to ${contract.monthsMax} months, so whether it meets the ${minimum}-month rule depends on the exact days; type them`,
    ),
    undefined,
    6,
  );
  return undefined;
}

/** Measure 6: one person of a cross-province travel roster. */
export function checkTravelRow(s: SheetScope, p: RowValues): void {
  const run = s.run;
  readIdentity(s, p);
  if (s.has('employer') || s.has('employerCode')) readEmployer(s, p, 6, false);
  const contract = decidedContract(s, readContract(s));
  let cross: boolean | undefined;
  if (s.has('province')) {
    const place = s.text('province');
    if (place === '') {
      if (isBlankCell(s.raw('province') ?? null)) s.emit('VALUE_MISSING', 'province', '', text('务工地点为空', 'the place of work is empty'), undefined, 6);
    } else cross = !run.placeInJilin(place);
  }
  let transportClass: TransportClassId | undefined;
  let classKnown = true;
  if (s.has('transportClass')) {
    const t = s.text('transportClass');
    if (t !== '') {
      const c = run.transportClass(t);
      if (c === null) {
        classKnown = false;
        s.emit(
          'CATEGORY_INVALID',
          'transportClass',
          t,
          text(`无法识别交通方式“${t}”（允许：硬座、硬卧、高铁/动车二等座、飞机经济舱、汽车）`, `the class of transport "${t}" is not recognised (allowed: hard seat, hard sleeper, high-speed/EMU second class, economy air, bus)`),
          undefined,
          6,
        );
      } else transportClass = c.id;
    }
  }
  const fare = s.money('fare', true);
  p.fareFen = fare;
  p.claimedFen = s.money('amount', false);
  p.date = contract && !Number.isNaN(contract.start) ? contract.start : NaN;
  if (Number.isNaN(p.date)) checkWorkingAge(s, p, run.asOf, run.asOf, '');
  else checkWorkingAge(s, p, p.date, contract!.startLast, contract!.field);

  const det = travelSubsidy(
    {
      fareFen: Number.isNaN(fare) ? 0 : fare,
      contractMonths: contract ? contract.months : Number.MAX_SAFE_INTEGER,
      crossProvince: cross ?? true,
      transportClass,
      claimDate: run.asOf,
    },
    run.readings,
  );
  emitReasons(s, det, {
    CONTRACT_TOO_SHORT: contract !== undefined && contract.field,
    NOT_CROSS_PROVINCE: cross !== undefined && 'province',
    TRANSPORT_CLASS_NOT_ALLOWED: transportClass !== undefined && 'transportClass',
  });
  const known = contract !== undefined && cross !== undefined && !Number.isNaN(fare) && classKnown;
  p.baseFen = known ? det.amountFen : det.reasons.some((r) => r.code !== 'NOTHING_CLAIMED' && r.code !== 'CAPPED') ? 0 : NaN;
}

/** Measure 9: one row of a welfare-post roster (the months are added up per person across rows later). */
export function checkWelfareRow(s: SheetScope, p: RowValues): void {
  readIdentity(s, p);
  if (s.has('employer') || s.has('employerCode')) readEmployer(s, p, 9, false);
  p.months = s.count('months', true, true);
  p.claimedFen = s.money('amount', false);
  p.date = s.has('hireDate') ? s.date('hireDate', false, true) : NaN;
  if (Number.isNaN(p.date)) checkWorkingAge(s, p, s.run.asOf, s.run.asOf, '');
  else checkWorkingAge(s, p, p.date, s.dateEnd, 'hireDate');
}

/** Measures 3 and 10: one business entity (amounts and caps are worked out across rows later). */
export function checkEntityRow(s: SheetScope, p: RowValues, measure: 3 | 10): void {
  readEmployer(s, p, measure, false);
  if (p.employer === '' && s.has('employer') && s.has('employerCode') && isBlankCell(s.raw('employer') ?? null)) {
    s.emit('VALUE_MISSING', 'employer', '', text(`${s.label('employer').zh}为空`, `${s.label('employer').en} is empty`), undefined, measure);
  }
  p.name = p.employer;
  if (measure === 3) p.personsDriven = s.count('personsDriven', true, true);
  else p.purchaseFen = s.money('purchase', true);
  p.claimedFen = s.money('amount', false);
}
