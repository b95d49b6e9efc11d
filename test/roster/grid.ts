import type { CellKind, CellValue, SheetGrid } from '../../src/roster';
import { creditCodeCheckCharacter, idCheckCharacter, isoToSerial } from '../../src/policy';

/** A valid ID: region, birth date YYYYMMDD, 3-digit sequence (odd = male), and its check character (GB 11643). */
export function makeId(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  return first17 + idCheckCharacter(first17);
}

/** A valid unified social credit code with the given region (chars 3-8) and organisation part. */
export function makeCreditCode(region: string, org = '0000000001'): string {
  const first17 = `91${region}${org.padStart(9, '0').slice(-9)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export const serial = isoToSerial;

/** A grid as a reader would hand it over; kinds are derived (strings String, numbers Double) unless given. */
export function grid(values: CellValue[][], extra: Partial<SheetGrid> & { file?: string; sheet?: string } = {}): SheetGrid {
  const width = Math.max(0, ...values.map((r) => r.length));
  const padded = values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const kinds: CellKind[][] = padded.map((r) =>
    r.map((v) => (v === null || v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : typeof v === 'string' && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(v) ? 'Error' : 'String')),
  );
  return { file: extra.file ?? 'roster.xlsx', sheet: extra.sheet ?? 'Sheet1', values: padded, kinds, ...extra };
}

/** Deep-freezes a grid so a test fails if the engine writes to its input. */
export function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x as object)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

/** Builds rows from records keyed by header text, in the order of `header`. */
export function rowsOf(header: string[], records: Array<Record<string, CellValue>>): CellValue[][] {
  return records.map((r) => header.map((h) => (h in r ? r[h] : null)));
}

export const EMPLOY_HEADER = ['序号', '姓名', '身份证号码', '性别', '人员类别', '用工单位', '统一社会信用代码', '入职日期', '工作月数', '月工资', '县（市、区）', '补贴金额', '银行账号'];

export const WANGQING_EMPLOYER = makeCreditCode('222424', '000000001');

/**
 * A clean employment-roster person: hired 2022-03-01 in 汪清县 (minimum wage 1,540 yuan from 2021-12-01), 4 months,
 * 2,000 yuan a month, claiming 1,600; male (odd sequence) born 1980-01-01 + n days' worth of sequence numbers.
 */
export function employPerson(n: number, over: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    序号: n,
    姓名: `张${n}`,
    身份证号码: makeId('222424', '19800101', String(2 * n + 1).padStart(3, '0')),
    性别: '男',
    人员类别: '脱贫人口',
    用工单位: '汪清县某食品有限公司',
    统一社会信用代码: WANGQING_EMPLOYER,
    入职日期: serial('2022-03-01'),
    工作月数: 4,
    月工资: 2000,
    '县（市、区）': '汪清县',
    补贴金额: 1600,
    银行账号: `621700${String(1000000000000 + n)}`,
    ...over,
  };
}

export function employRoster(records: Array<Record<string, CellValue>>, extra: Partial<SheetGrid> = {}): SheetGrid {
  return grid([['汪清县2022年一次性吸纳就业补贴花名册'], EMPLOY_HEADER, ...rowsOf(EMPLOY_HEADER, records)], extra);
}

export const AS_OF = isoToSerial('2022-06-30');

import type { Finding, ValidateOptions, ValidationReport } from '../../src/roster';
import { validateRosters } from '../../src/roster';

export function check(rosters: SheetGrid | SheetGrid[], options: Partial<ValidateOptions> = {}): ValidationReport {
  return validateRosters(Array.isArray(rosters) ? rosters : [rosters], { asOf: AS_OF, ...options });
}

/** The codes found on one Excel row (of a given sheet when several), sorted. */
export function codesAt(report: ValidationReport, row: number, sheet?: string): string[] {
  return report.findings.filter((f) => f.row === row && (sheet === undefined || f.sheet === sheet)).map((f) => f.code).sort();
}

export function findingsOf(report: ValidationReport, code: string): Finding[] {
  return report.findings.filter((f) => f.code === code);
}
