import type { ResidentIdResult } from '../policy';
import { addMonths, contractMonths, earliestMinimumWageDay, formatDate, formatYuan, fenToYuan, maskId, minimumWageOn, text } from '../policy';
import type { ArgumentReader } from './argumentReader';
import type { CallProblemCode } from './argumentReader';
import { explainFact } from './factExplanation';
import type { FunctionDefinition } from './functionDefinition';

const SEX_ZH = { male: '男', female: '女' } as const;
const GB_11643 = text('GB 11643-1999 公民身份号码', 'GB 11643-1999 citizen identification number');

const ID_PROBLEM_CODES: Readonly<Record<Exclude<ResidentIdResult, { ok: true }>['problem'], CallProblemCode>> = {
  missing: 'ID_MISSING',
  numeric: 'ID_NUMERIC',
  format: 'ID_FORMAT',
  checksum: 'ID_CHECKSUM',
  birthdate: 'ID_BIRTHDATE',
};

function readContract(a: ArgumentReader): [number, number] {
  const start = a.date(0);
  const end = a.date(1);
  if (end < start) {
    a.fail(1, 'END_BEFORE_START', text(`结束日期 ${formatDate(end)} 早于开始日期 ${formatDate(start)}`, `the end date ${formatDate(end)} is before the start date ${formatDate(start)}`));
  }
  return [start, end];
}

/** The county's minimum wage on the date given, or on the claim date (a cell: today). */
function readMinimumWage(a: ArgumentReader) {
  const county = a.county(0);
  const day = a.optionalDate(1, () => a.claimDate);
  const wage = minimumWageOn(county, day);
  if (!wage) {
    const earliest = earliestMinimumWageDay();
    return a.fail(1, 'NO_MINIMUM_WAGE', text(`${formatDate(day)} 没有可用的最低工资标准（最早为${earliest}）`, `no minimum wage standard is at hand for ${formatDate(day)} (the earliest is ${earliest})`));
  }
  return { county, day, wage };
}

/** The functions that look something up or count rather than decide a measure. */
export const LOOKUP_FUNCTIONS = {
  CONTRACT_MONTHS: {
    args: ['start_date', 'end_date'],
    value: (a) => contractMonths(...readContract(a)),
    evaluate: (a) => {
      const [start, end] = readContract(a);
      const months = contractMonths(start, end);
      const reached = addMonths(start, months) - 1;
      const next = addMonths(start, months + 1) - 1;
      const lines = [text(`合同 ${formatDate(start)} 至 ${formatDate(end)}（含首尾两日）`, `contract from ${formatDate(start)} to ${formatDate(end)} (both days included)`)];
      if (months > 0) {
        lines.push(text(`开始日加 ${months} 个月减1天为 ${formatDate(reached)}，不晚于结束日`, `start plus ${months} months minus one day is ${formatDate(reached)}, not after the end`));
      }
      lines.push(text(`开始日加 ${months + 1} 个月减1天为 ${formatDate(next)}，晚于结束日`, `start plus ${months + 1} months minus one day is ${formatDate(next)}, after the end`));
      return {
        value: months,
        explain: (lang) =>
          explainFact({ functionName: 'CONTRACT_MONTHS', context: a.context, result: text(`${months} 个月`, `${months} months`), lines, readings: ['contract_months_rule'] }, lang),
      };
    },
  },
  MIN_WAGE: {
    args: ['county', 'date'],
    value: (a) => fenToYuan(readMinimumWage(a).wage.fen),
    evaluate: (a) => {
      const { county, day, wage } = readMinimumWage(a);
      return {
        value: fenToYuan(wage.fen),
        explain: (lang) =>
          explainFact(
            {
              functionName: 'MIN_WAGE',
              context: a.context,
              result: text(`${formatYuan(wage.fen)} 元`, `${formatYuan(wage.fen)} yuan`),
              lines: [text(
                  `${county.prefecture}${county.name}（${county.code || '无代码'}）${formatDate(day)} 执行第${wage.tier}档`,
                  `${county.name} (${county.code || 'no code'}, ${county.prefecture}) is in tier ${wage.tier} on ${formatDate(day)}`,
                ),],
              parameters: [wage.standard],
              readings: wage.tierNote ? ['minimum_wage_tier'] : [],
            },
            lang,
          ),
      };
    },
  },
  ID_CHECK: {
    args: ['id'],
    value: (a) => {
      const parsed = a.residentId(0);
      return parsed.ok && !parsed.upgradedFrom15;
    },
    evaluate: (a) => {
      const parsed = a.residentId(0);
      // An old 15-digit number is valid data but not the 18-character ID the rosters need.
      const valid = parsed.ok && !parsed.upgradedFrom15;
      const line = parsed.ok
        ? parsed.upgradedFrom15
          ? text(`15位旧号码，不是18位号码；升级为18位后为 ${maskId(parsed.id)}`, `an old 15-digit number, not an 18-character ID; upgraded it is ${maskId(parsed.id)}`)
          : text(`${maskId(parsed.id)}：18位，出生日期 ${formatDate(parsed.birth)}，校验位正确`, `${maskId(parsed.id)}: 18 characters, born ${formatDate(parsed.birth)}, check character correct`)
        : text(`${maskId(parsed.normalised)}：${parsed.message.zh}`, `${maskId(parsed.normalised)}: ${parsed.message.en}`);
      return {
        value: valid,
        explain: (lang) => explainFact({ functionName: 'ID_CHECK', context: a.context, result: text(valid ? 'TRUE' : 'FALSE', valid ? 'TRUE' : 'FALSE'), lines: [line, GB_11643] }, lang),
      };
    },
  },
  ID_INFO: {
    args: ['id'],
    value: (a) => {
      const parsed = a.residentId(0);
      if (!parsed.ok) return a.fail(0, ID_PROBLEM_CODES[parsed.problem], parsed.message);
      return [[parsed.birth, SEX_ZH[parsed.sex], parsed.regionCode, parsed.county?.name ?? '']];
    },
    evaluate: (a) => {
      const parsed = a.residentId(0);
      if (!parsed.ok) return a.fail(0, ID_PROBLEM_CODES[parsed.problem], parsed.message);
      const countyName = parsed.county?.name ?? '';
      const sex = SEX_ZH[parsed.sex];
      return {
        value: [[parsed.birth, sex, parsed.regionCode, countyName]],
        explain: (lang) =>
          explainFact(
            {
              functionName: 'ID_INFO',
              context: a.context,
              result: text(`${formatDate(parsed.birth)}，${sex}，${parsed.regionCode}，${countyName || '（空）'}`, `${formatDate(parsed.birth)}, ${sex}, ${parsed.regionCode}, ${countyName || '(empty)'}`),
              lines: [
                text(`${maskId(parsed.id)}：第7-14位为出生日期，第17位奇数为男、偶数为女，前6位为地区码`, `${maskId(parsed.id)}: characters 7-14 are the birth date, an odd 17th digit is male and even female, the first 6 are the region code`),
                parsed.county
                  ? text(`地区码 ${parsed.regionCode} 为${parsed.county.prefecture}${parsed.county.name}`, `region code ${parsed.regionCode} is ${parsed.county.name} (${parsed.county.prefecture})`)
                  : text(`地区码 ${parsed.regionCode} 不在吉林省县级区划表内，县名为空`, `region code ${parsed.regionCode} is not in the table of Jilin counties: the county is empty`),
                GB_11643,
              ],
            },
            lang,
          ),
      };
    },
  },
} satisfies Record<string, FunctionDefinition>;
