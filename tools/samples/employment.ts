import type { DaySerial } from '../../src/policy';
import { ymdToSerial } from '../../src/policy';
import type { CellValue } from '../../src/roster/sheetGrid';
import { creditCode } from './identity';
import { firmName } from './names';
import type { Person } from './people';
import { earliestHire, sexWord } from './people';
import type { Rng } from './random';
import type { Column } from './sheetModel';

/** The columns of a measure-7 roster as county labour offices lay them out. */
export const EMPLOY_COLUMNS: ReadonlyArray<Column> = [
  { header: '序号', type: 'seq', width: 6 },
  { header: '姓名', type: 'text', width: 10 },
  { header: '性别', type: 'text', width: 6 },
  { header: '身份证号码', type: 'code', width: 21 },
  { header: '人员类别', type: 'text', width: 14 },
  { header: '用工单位', type: 'text', width: 34 },
  { header: '统一社会信用代码', type: 'code', width: 21 },
  { header: '县（市、区）', type: 'text', width: 10 },
  { header: '入职日期', type: 'date', width: 12 },
  { header: '工作月数', type: 'int', width: 9 },
  { header: '月工资', type: 'money', width: 11 },
  { header: '补贴金额', type: 'money', width: 11 },
  { header: '银行账号', type: 'code', width: 22 },
  { header: '备注', type: 'text', width: 16 },
];

export interface Employer {
  readonly name: string;
  readonly code: string;
  readonly county: string;
}

export interface Hire {
  readonly person: Person;
  readonly employer: Employer;
  readonly hireDate: DaySerial;
  readonly months: number;
  /** Yuan, as typed in the roster. */
  readonly wage: number;
  readonly amount: number;
}

export const HIRES_FROM = ymdToSerial(2020, 1, 1);
export const HIRES_TO = ymdToSerial(2022, 6, 30);
export const SUBSIDY_PER_PERSON = 1600;

export function makeEmployer(rng: Rng, county: string, regionCode: string): Employer {
  return { name: firmName(rng, county), code: creditCode(rng, regionCode), county };
}

/** An eligible hire: on or after 2020-01-01 and after the 16th birthday, 3-12 months, a wage well above the minimum. */
export function makeHire(rng: Rng, person: Person, employer: Employer): Hire {
  return {
    person,
    employer,
    hireDate: rng.int(earliestHire(person, HIRES_FROM), HIRES_TO),
    months: rng.int(3, 12),
    wage: rng.int(36, 90) * 50,
    amount: SUBSIDY_PER_PERSON,
  };
}

/** One roster row, header -> value. */
export function employRecord(seq: number, h: Hire): Record<string, CellValue> {
  return {
    序号: seq,
    姓名: h.person.name,
    性别: sexWord(h.person),
    身份证号码: h.person.id,
    人员类别: h.person.category,
    用工单位: h.employer.name,
    统一社会信用代码: h.employer.code,
    '县（市、区）': h.employer.county,
    入职日期: h.hireDate,
    工作月数: h.months,
    月工资: h.wage,
    补贴金额: h.amount,
    银行账号: h.person.bankAccount,
    备注: '',
  };
}
