// The JL.* functions through their registered wrappers in the built bundle (see registeredFunctions.ts).
// Expected values are worked by hand from MEASURES.md and minimum-wage.md; each case says how.
import { callCell, ERROR_CODES, FakeCustomFunctionsError, loadRegisteredFunctions, type Registry } from './registeredFunctions';

// Excel serials (day 0 = 1899-12-30), counted by hand: 2020-01-01 is 43831 (120 years of 365 days + 29 leap days
// from 1900, + 2); 2022-01-01 is 44562 (+366 +365).
const SERIAL = {
  '2019-12-31': 43830,
  '2020-01-01': 43831,
  '2022-01-01': 44562,
  '2022-01-31': 44592,
  '2022-02-28': 44620, // +28
  '2022-03-01': 44621,
  '2022-03-31': 44651,
  '2022-08-31': 44804, // Jan..Aug = 31+28+31+30+31+30+31+31 = 243 days after 2022-01-01, minus 1
  '2022-09-30': 44834, // 2022-09-01 = 44562 + 243 = 44805, +29
  '2023-02-28': 44985, // 2023-01-01 = 44562 + 365 = 44927, +31 +27
};

let zh: Registry;
let en: Registry;

beforeAll(() => {
  zh = loadRegisteredFunctions(); // no Office: Excel's JavaScript-only runtime
  en = loadRegisteredFunctions('en-US');
}, 10 * 60_000);

const value = (registry: Registry, id: string, ...args: unknown[]) => {
  const outcome = callCell(registry, id, ...args);
  if ('error' in outcome) throw new Error(`JL.${id} raised ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
};

const error = (registry: Registry, id: string, ...args: unknown[]) => {
  const outcome = callCell(registry, id, ...args);
  if (!('error' in outcome)) throw new Error(`JL.${id} returned ${JSON.stringify(outcome.value)} instead of an error`);
  return outcome.error;
};

interface ValueCase {
  readonly call: string;
  readonly args: ReadonlyArray<unknown>;
  readonly expected: unknown;
  readonly why: string;
}

const VALUE_CASES: ReadonlyArray<ValueCase> = [
  // Measure 7, one person: 1,600 when hired on/after 2020-01-01, >= 3 months, wage >= minimum wage on the hire date.
  { call: 'EMPLOY_SUBSIDY', args: ['2019-12-31', 3, 2000, '汪清县'], expected: 0, why: 'hired the day before 2020-01-01' },
  { call: 'EMPLOY_SUBSIDY', args: ['2020-01-01', 3, 2000, '汪清县'], expected: 1600, why: 'hired on 2020-01-01 (inclusive reading); 汪清 tier 4 of 2017 = 1,480' },
  { call: 'EMPLOY_SUBSIDY', args: [SERIAL['2019-12-31'], 3, 2000, '汪清县'], expected: 0, why: 'the same as an Excel date serial' },
  { call: 'EMPLOY_SUBSIDY', args: [SERIAL['2020-01-01'], 3, 2000, '汪清县'], expected: 1600, why: 'the same as an Excel date serial' },
  { call: 'EMPLOY_SUBSIDY', args: ['2021-11-30', 3, 1500, '汪清县'], expected: 1600, why: '2017 standard tier 4 = 1,480 <= 1,500' },
  { call: 'EMPLOY_SUBSIDY', args: ['2021-12-01', 3, 1500, '汪清县'], expected: 0, why: '2021 standard tier 4 = 1,540 > 1,500' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 1540, '汪清县'], expected: 1600, why: 'wage exactly the minimum 1,540 is not below it' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 1539.99, '汪清县'], expected: 0, why: 'one fen below the minimum' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 1880, '南关区'], expected: 1600, why: '长春 urban district, tier 1 of 2021 = 1,880' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 1879, '南关'], expected: 0, why: 'short name without 区; 1,879 < 1,880' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 1600, 222424], expected: 1600, why: 'county by its code as a number (汪清县, 1,540)' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022/3/1', 3, 1600, '222424'], expected: 1600, why: 'code as text; date as 2022/3/1' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 1880, 1880], expected: 1600, why: 'minimum wage given directly, wage equal to it' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 1800, '1,880'], expected: 0, why: 'minimum wage given as text, wage below it' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022年3月1日', 2.9, 2000, '汪清县'], expected: 0, why: 'fewer than 3 months' },
  { call: 'EMPLOY_SUBSIDY', args: ['20220301', '3', '2,000', '汪清'], expected: 1600, why: 'numbers as text, date as 20220301' },

  // Measure 7, employer: min(1,600 x hires, 50,000 - already paid), never below 0.
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [31], expected: 49600, why: '31 x 1,600 = 49,600 < 50,000' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [32], expected: 50000, why: '32 x 1,600 = 51,200, capped at 50,000' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [32, null], expected: 50000, why: 'omitted already_paid is 0' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [32, ''], expected: 50000, why: 'empty already_paid is 0' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [32, 0], expected: 50000, why: 'already_paid 0' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [31, 1000], expected: 49000, why: 'min(49,600, 50,000 - 1,000)' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [1, 60000], expected: 0, why: 'already paid more than the cap: never below 0' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [0], expected: 0, why: 'no hires' },

  // Measure 6: min(fare, 1,600) for a contract of 6 months or more in another province in an allowed class.
  { call: 'TRAVEL_SUBSIDY', args: [1200, 6], expected: 1200, why: 'exactly 6 months counts ("以上" includes 6); cross_province defaults to TRUE' },
  { call: 'TRAVEL_SUBSIDY', args: [1200, 5], expected: 0, why: '5 months: contract too short' },
  { call: 'TRAVEL_SUBSIDY', args: [2000, 12, true, '硬卧'], expected: 1600, why: 'fare above the cap of 1,600' },
  { call: 'TRAVEL_SUBSIDY', args: [1600, 12, 'TRUE', '二等座'], expected: 1600, why: 'fare exactly the cap' },
  { call: 'TRAVEL_SUBSIDY', args: [800.5, 7, null, null], expected: 800.5, why: 'actual fare, optional arguments omitted' },
  { call: 'TRAVEL_SUBSIDY', args: [800, 12, false], expected: 0, why: 'not in another province' },
  { call: 'TRAVEL_SUBSIDY', args: [800, 12, '省内'], expected: 0, why: '省内 reads as FALSE' },
  { call: 'TRAVEL_SUBSIDY', args: [800, 12, true, '软卧'], expected: 0, why: 'soft sleeper is not an allowed class' },
  { call: 'TRAVEL_SUBSIDY', args: [800, 12, true, '经济舱'], expected: 800, why: 'economy class air is allowed' },

  // Measure 9: 1,000 x min(months, 3 - already paid), never below 0.
  { call: 'WELFARE_POST_SUBSIDY', args: [3], expected: 3000, why: '3 months' },
  { call: 'WELFARE_POST_SUBSIDY', args: [4], expected: 3000, why: 'a 4th month is beyond the 3-month limit' },
  { call: 'WELFARE_POST_SUBSIDY', args: [1, 3], expected: 0, why: 'the 4th month of someone already paid 3' },
  { call: 'WELFARE_POST_SUBSIDY', args: [2, 2], expected: 1000, why: 'only 1 month left' },
  { call: 'WELFARE_POST_SUBSIDY', args: [2, ''], expected: 2000, why: 'empty months_already_paid is 0' },

  // Measure 10: min(10% of purchase rounded down to the fen, 50,000 - already rewarded).
  { call: 'UNSALABLE_REWARD', args: [500000], expected: 50000, why: '10% of exactly 500,000 is the cap 50,000' },
  { call: 'UNSALABLE_REWARD', args: [500010], expected: 50000, why: '50,001 capped at 50,000' },
  { call: 'UNSALABLE_REWARD', args: [500000, 1], expected: 49999, why: 'min(50,000, 50,000 - 1)' },
  { call: 'UNSALABLE_REWARD', args: [123.45], expected: 12.34, why: '12.345 rounded down to the fen' },
  { call: 'UNSALABLE_REWARD', args: [0.09], expected: 0, why: '0.009 rounds down to 0 fen' },

  // Measure 3: min(800 x persons, 100,000 - already paid).
  { call: 'PRODUCTION_SUBSIDY', args: [124], expected: 99200, why: '124 x 800 = 99,200' },
  { call: 'PRODUCTION_SUBSIDY', args: [125], expected: 100000, why: '125 x 800 = 100,000, exactly the cap' },
  { call: 'PRODUCTION_SUBSIDY', args: [126], expected: 100000, why: '126 x 800 = 100,800, capped' },
  { call: 'PRODUCTION_SUBSIDY', args: [124, 99000], expected: 1000, why: 'min(99,200, 100,000 - 99,000)' },

  // Measure 4: EDATE with month-end clamping, at most 6 months.
  { call: 'LOAN_DUE', args: ['2022-01-31', 1], expected: SERIAL['2022-02-28'], why: 'Jan 31 + 1 month clamps to Feb 28' },
  { call: 'LOAN_DUE', args: [SERIAL['2022-03-31'], 6], expected: SERIAL['2022-09-30'], why: 'Mar 31 + 6 months clamps to Sep 30' },
  { call: 'LOAN_DUE', args: ['2022-08-31', 6], expected: SERIAL['2023-02-28'], why: 'Aug 31 + 6 months clamps to Feb 28, 2023' },
  { call: 'LOAN_DUE', args: ['2022-03-01', 0], expected: SERIAL['2022-03-01'], why: 'no extension' },

  // Contract months: N when end >= start + N months - 1 day.
  { call: 'CONTRACT_MONTHS', args: ['2022-03-01', '2022-08-31'], expected: 6, why: 'exactly 6 months' },
  { call: 'CONTRACT_MONTHS', args: ['2022-03-01', '2022-08-30'], expected: 5, why: 'one day short of 6 months' },
  { call: 'CONTRACT_MONTHS', args: ['2022-01-31', '2022-07-30'], expected: 6, why: 'Jan 31 + 6 months = Jul 31, minus one day' },
  { call: 'CONTRACT_MONTHS', args: ['2022-01-31', '2022-07-29'], expected: 5, why: 'one day short' },
  { call: 'CONTRACT_MONTHS', args: [SERIAL['2022-03-01'], SERIAL['2022-03-01']], expected: 0, why: 'a single day is no whole month' },

  // Minimum wage by county and date (minimum-wage.md, jilin-counties.csv).
  { call: 'MIN_WAGE', args: ['汪清县', '2021-11-30'], expected: 1480, why: '2017 standard, tier 4' },
  { call: 'MIN_WAGE', args: ['汪清', '2021-12-01'], expected: 1540, why: '2021 standard, tier 4' },
  { call: 'MIN_WAGE', args: ['延吉市', '2021-11-30'], expected: 1580, why: '延吉 was tier 3 under the 2017 standard' },
  { call: 'MIN_WAGE', args: ['延吉', '2021-12-01'], expected: 1760, why: '延吉 is tier 2 under the 2021 standard' },
  { call: 'MIN_WAGE', args: [220381, '2022-03-01'], expected: 1540, why: 'old code 220381 is 公主岭市, tier 4' },
  { call: 'MIN_WAGE', args: ['南关区', '2025-12-01'], expected: 2230, why: '2025 standard, tier 1' },
  { call: 'MIN_WAGE', args: ['汪清县', '2025-12-01'], expected: 1870, why: '2025 standard has no tier 4: 汪清 is tier 3' },

  // Resident IDs: 11010519491231002X is MEASURES.md's example; 222424199001011235 has check 5 worked by hand
  // (weighted sum 205, 205 mod 11 = 7 -> '5'); 220381198506150025 likewise (282 mod 11 = 7 -> '5').
  { call: 'ID_CHECK', args: ['11010519491231002X'], expected: true, why: 'valid' },
  { call: 'ID_CHECK', args: ['11010519491231002x'], expected: true, why: 'lower-case x normalised' },
  { call: 'ID_CHECK', args: [' 2224 2419 9001 0112 35 '], expected: true, why: 'spaces removed' },
  { call: 'ID_CHECK', args: ['２２２４２４１９９００１０１１２３５'], expected: true, why: 'full-width digits' },
  { call: 'ID_CHECK', args: ['222424199001011234'], expected: false, why: 'wrong check character' },
  { call: 'ID_CHECK', args: ['22242419900101123'], expected: false, why: '17 characters' },
  { call: 'ID_CHECK', args: ['222424199002301233'], expected: false, why: 'February 30 does not exist' },
  { call: 'ID_CHECK', args: ['110105491231002'], expected: false, why: 'an old 15-digit number is not an 18-character ID' },
  // Birth serials: 1990-01-01 = 32874, 1949-12-31 = 18263, 1985-06-15 = 31213 (counted as above).
  { call: 'ID_INFO', args: ['222424199001011235'], expected: [[32874, '男', '222424', '汪清县']], why: '17th digit 3 is odd: male' },
  { call: 'ID_INFO', args: ['11010519491231002X'], expected: [[18263, '女', '110105', '']], why: 'outside Jilin: county empty' },
  { call: 'ID_INFO', args: ['220381198506150025'], expected: [[31213, '女', '220381', '公主岭市']], why: 'the old code of 公主岭市' },
  { call: 'ID_INFO', args: ['110105491231002'], expected: [[18263, '女', '110105', '']], why: 'a 15-digit number, upgraded' },
];

describe('values of the registered functions', () => {
  it.each(VALUE_CASES.map((c) => [`JL.${c.call}(${c.args.map((a) => JSON.stringify(a)).join(', ')}) = ${JSON.stringify(c.expected)}: ${c.why}`, c]))(
    '%s',
    (_title, c) => {
      expect(value(zh, c.call, ...c.args)).toEqual(c.expected);
    },
  );

  it('JL.MIN_WAGE without a date uses today', () => {
    const today = new Date();
    const onOrAfter2025Standard = today >= new Date(2025, 11, 1);
    // 汪清县: tier 4 of 2021 (1,540) until 2025-11-30, then tier 3 of 2025 (1,870).
    expect(value(zh, 'MIN_WAGE', '汪清县')).toBe(onOrAfter2025Standard ? 1870 : 1540);
    expect(value(zh, 'MIN_WAGE', '汪清县', null)).toBe(onOrAfter2025Standard ? 1870 : 1540);
    // An empty date cell may arrive as "" or 0: still today, not 1899-12-30.
    expect(value(zh, 'MIN_WAGE', '汪清县', '')).toBe(onOrAfter2025Standard ? 1870 : 1540);
    expect(value(zh, 'MIN_WAGE', '汪清县', 0)).toBe(onOrAfter2025Standard ? 1870 : 1540);
  });

  it('reads an empty transport_class cell passed as 0 as no class given', () => {
    expect(value(zh, 'TRAVEL_SUBSIDY', 800, 12, true, 0)).toBe(800);
  });
});

interface ErrorCase {
  readonly call: string;
  readonly args: ReadonlyArray<unknown>;
  /** The argument as Chinese Excel names it, and as English Excel does. */
  readonly zhArgument: string;
  readonly enArgument: string;
  /** Words of the message that say what is wrong. */
  readonly zhSays: string;
  readonly enSays: string;
}

const CELL_ERROR_OBJECT = new FakeCustomFunctionsError(ERROR_CODES.notAvailable);

const ERROR_CASES: ReadonlyArray<ErrorCase> = [
  // An empty cell arrives as null, "" or 0: a required date is then an error, not 1899-12-30.
  { call: 'EMPLOY_SUBSIDY', args: [null, 3, 2000, '汪清县'], zhArgument: '入职日期', enArgument: 'hire_date', zhSays: '日期为空', enSays: 'empty' },
  { call: 'EMPLOY_SUBSIDY', args: ['', 3, 2000, '汪清县'], zhArgument: '入职日期', enArgument: 'hire_date', zhSays: '日期为空', enSays: 'empty' },
  { call: 'EMPLOY_SUBSIDY', args: [0, 3, 2000, '汪清县'], zhArgument: '入职日期', enArgument: 'hire_date', zhSays: '日期为空', enSays: 'empty' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-02-30', 3, 2000, '汪清县'], zhArgument: '入职日期', enArgument: 'hire_date', zhSays: '不存在', enSays: 'does not exist' },
  { call: 'EMPLOY_SUBSIDY', args: ['三月一日', 3, 2000, '汪清县'], zhArgument: '入职日期', enArgument: 'hire_date', zhSays: '无法识别日期', enSays: 'cannot read the date' },
  { call: 'EMPLOY_SUBSIDY', args: ['#N/A', 3, 2000, '汪清县'], zhArgument: '入职日期', enArgument: 'hire_date', zhSays: '#N/A', enSays: '#N/A' },
  { call: 'EMPLOY_SUBSIDY', args: [CELL_ERROR_OBJECT, 3, 2000, '汪清县'], zhArgument: '入职日期', enArgument: 'hire_date', zhSays: '#N/A', enSays: '#N/A' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', '三个月', 2000, '汪清县'], zhArgument: '工作月数', enArgument: 'months_worked', zhSays: '不是数值', enSays: 'not a number' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, -1, '汪清县'], zhArgument: '月工资', enArgument: 'monthly_wage', zhSays: '负数', enSays: 'negative' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, null, '汪清县'], zhArgument: '月工资', enArgument: 'monthly_wage', zhSays: '为空', enSays: 'empty' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 2000, '北京市'], zhArgument: '县或最低工资', enArgument: 'county_or_min_wage', zhSays: '北京市', enSays: 'not a county of Jilin' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 2000, null], zhArgument: '县或最低工资', enArgument: 'county_or_min_wage', zhSays: '为空', enSays: 'neither' },
  { call: 'EMPLOY_SUBSIDY', args: ['2022-03-01', 3, 2000, 999999], zhArgument: '县或最低工资', enArgument: 'county_or_min_wage', zhSays: '999999', enSays: 'not a county' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [31.5], zhArgument: '符合条件人数', enArgument: 'eligible_hires', zhSays: '整数', enSays: 'whole number' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [''], zhArgument: '符合条件人数', enArgument: 'eligible_hires', zhSays: '为空', enSays: 'empty' },
  { call: 'EMPLOY_SUBSIDY_TOTAL', args: [31, 'abc'], zhArgument: '已发金额', enArgument: 'already_paid', zhSays: '不是数值', enSays: 'not a number' },
  { call: 'TRAVEL_SUBSIDY', args: [800, 12, true, '火箭'], zhArgument: '交通方式', enArgument: 'transport_class', zhSays: '火箭', enSays: 'unknown class' },
  { call: 'TRAVEL_SUBSIDY', args: [800, 12, 'maybe'], zhArgument: '是否跨省', enArgument: 'cross_province', zhSays: 'TRUE/FALSE', enSays: 'TRUE or FALSE' },
  { call: 'WELFARE_POST_SUBSIDY', args: [1.5], zhArgument: '岗位月数', enArgument: 'months', zhSays: '整数', enSays: 'whole number' },
  { call: 'WELFARE_POST_SUBSIDY', args: [1, 0.5], zhArgument: '已发月数', enArgument: 'months_already_paid', zhSays: '整数', enSays: 'whole number' },
  { call: 'UNSALABLE_REWARD', args: [-5], zhArgument: '采购金额', enArgument: 'purchase_amount', zhSays: '负数', enSays: 'negative' },
  { call: 'PRODUCTION_SUBSIDY', args: [2.5], zhArgument: '带动人数', enArgument: 'persons_driven', zhSays: '整数', enSays: 'whole number' },
  { call: 'LOAN_DUE', args: ['2022-03-01', 7], zhArgument: '延期月数', enArgument: 'extension_months', zhSays: '超过 6 个月', enSays: 'more than 6' },
  { call: 'LOAN_DUE', args: ['2022-03-01', 1.5], zhArgument: '延期月数', enArgument: 'extension_months', zhSays: '整数', enSays: 'whole number' },
  { call: 'LOAN_DUE', args: [0, 3], zhArgument: '原到期日', enArgument: 'due_date', zhSays: '日期为空', enSays: 'empty' },
  { call: 'CONTRACT_MONTHS', args: ['2022-08-31', '2022-03-01'], zhArgument: '结束日期', enArgument: 'end_date', zhSays: '早于开始日期', enSays: 'before the start date' },
  { call: 'CONTRACT_MONTHS', args: ['2022-03-01', ''], zhArgument: '结束日期', enArgument: 'end_date', zhSays: '日期为空', enSays: 'empty' },
  { call: 'MIN_WAGE', args: ['火星县', '2022-03-01'], zhArgument: '县', enArgument: 'county', zhSays: '火星县', enSays: 'not a county of Jilin' },
  { call: 'MIN_WAGE', args: [0, '2022-03-01'], zhArgument: '县', enArgument: 'county', zhSays: '县为空', enSays: 'empty' },
  { call: 'MIN_WAGE', args: ['汪清县', '2017-09-30'], zhArgument: '日期', enArgument: 'date', zhSays: '2017-10-01', enSays: '2017-10-01' },
  // An ID typed as a number has lost digits in Excel (15 significant digits).
  // eslint-disable-next-line no-loss-of-precision -- the lost digits are what the message is about
  { call: 'ID_CHECK', args: [222424199001011235], zhArgument: '身份证号码', enArgument: 'id', zhSays: '15位有效数字', enSays: '15 significant digits' },
  { call: 'ID_CHECK', args: [null], zhArgument: '身份证号码', enArgument: 'id', zhSays: '为空', enSays: 'empty' },
  { call: 'ID_CHECK', args: [''], zhArgument: '身份证号码', enArgument: 'id', zhSays: '为空', enSays: 'empty' },
  { call: 'ID_CHECK', args: [0], zhArgument: '身份证号码', enArgument: 'id', zhSays: '为空', enSays: 'empty' },
  { call: 'ID_INFO', args: ['222424199001011234'], zhArgument: '身份证号码', enArgument: 'id', zhSays: '逐位核对', enSays: 'mistyped' },
  // eslint-disable-next-line no-loss-of-precision -- the lost digits are what the message is about
  { call: 'ID_INFO', args: [222424199001011235], zhArgument: '身份证号码', enArgument: 'id', zhSays: '以数字形式存储', enSays: 'stored as a number' },
  { call: 'ID_INFO', args: [[['a', 'b']]], zhArgument: '身份证号码', enArgument: 'id', zhSays: '区域', enSays: 'not a range' },
];

describe('input errors are #VALUE! with a message naming the argument', () => {
  it.each(ERROR_CASES.map((c) => [`JL.${c.call}(${c.args.map((a) => JSON.stringify(a)).join(', ')}) -> ${c.enArgument}`, c]))('%s', (_title, c) => {
    const zhError = error(zh, c.call, ...c.args);
    expect(zhError.code).toBe('#VALUE!');
    expect(zhError.message).toContain(`参数“${c.zhArgument}”`);
    expect(zhError.message).toContain(c.zhSays);

    const enError = error(en, c.call, ...c.args);
    expect(enError.code).toBe('#VALUE!');
    expect(enError.message).toContain(`argument ${c.enArgument}:`);
    expect(enError.message).toContain(c.enSays);
  });
});

describe('message language', () => {
  it('follows Office.context.displayLanguage in the shared runtime', () => {
    expect(error(loadRegisteredFunctions('zh-CN'), 'LOAN_DUE', '', 1).message).toContain('参数“原到期日”');
    expect(error(loadRegisteredFunctions('zh-TW'), 'LOAN_DUE', '', 1).message).toContain('参数“原到期日”');
    expect(error(loadRegisteredFunctions('de-DE'), 'LOAN_DUE', '', 1).message).toContain('argument due_date');
  });

  it('is Chinese when Office is absent (JavaScript-only runtime)', () => {
    expect(error(zh, 'LOAN_DUE', '', 1).message).toBe('JL.LOAN_DUE 参数“原到期日”：日期为空');
  });
});

describe('JL.EXPLAIN', () => {
  it('explains an ineligible hire: the condition that failed, with the values and the parameter', () => {
    const text = value(zh, 'EXPLAIN', 'EMPLOY_SUBSIDY', ['2019-12-31', 3, 2000, '汪清县']) as string;
    expect(text).toMatch(/^JL\.EMPLOY_SUBSIDY = 0\.00 元（不符合条件）/);
    expect(text).toContain('✗ 入职日期不早于 2020-01-01 [hire_date=2019-12-31]');
    expect(text).toContain('第七条');
    expect(text).toContain('[employ_hire_cutoff_inclusive=inclusive]');
  });

  it('names the minimum wage in force on the hire date, on both sides of 2021-12-01', () => {
    const before = value(zh, 'EXPLAIN', 'EMPLOY_SUBSIDY', ['2021-11-30', 3, 1500, '汪清县']) as string;
    const after = value(zh, 'EXPLAIN', 'EMPLOY_SUBSIDY', ['2021-12-01', 3, 1500, '汪清县']) as string;
    expect(before).toContain('minimum_wage=1,480.00');
    expect(before).toContain('2017-10-01 起至 2021-11-30');
    expect(after).toContain('minimum_wage=1,540.00');
    expect(after).toContain('2021-12-01 起至 2025-11-30');
    expect(after).toContain('低于最低工资 1,540.00 元');
  });

  it('accepts JL.-prefixed and lower-case names, and explains lookups', () => {
    const text = value(zh, 'EXPLAIN', 'jl.min_wage', ['汪清', '2021-12-01']) as string;
    expect(text.split('\n')[0]).toBe('JL.MIN_WAGE = 1,540.00 元');
    expect(text).toContain('第4档');
    expect(value(zh, 'EXPLAIN', 'CONTRACT_MONTHS', ['2022-03-01', '2022-08-30'])).toContain('JL.CONTRACT_MONTHS = 5 个月');
  });

  it('returns the inner input error as text, not as an error', () => {
    expect(value(zh, 'EXPLAIN', 'EMPLOY_SUBSIDY', [null, 3, 2000, '汪清县'])).toBe('JL.EMPLOY_SUBSIDY 参数“入职日期”：日期为空');
    expect(value(en, 'EXPLAIN', 'WELFARE_POST_SUBSIDY', [1.5])).toContain('JL.WELFARE_POST_SUBSIDY argument months:');
    expect(value(zh, 'EXPLAIN', 'CONTRACT_MONTHS', ['2022-03-01', '2022-08-31', 5])).toBe('JL.CONTRACT_MONTHS：只有 2 个参数，给了 3 个');
  });

  it('is an error only when the function name is wrong', () => {
    const unknown = error(zh, 'EXPLAIN', 'SUBSIDY', [1]);
    expect(unknown.code).toBe('#VALUE!');
    expect(unknown.message).toContain('参数“函数名”');
    expect(unknown.message).toContain('SUBSIDY');
    expect(error(en, 'EXPLAIN', '', [1]).message).toBe('JL.EXPLAIN argument function_name: the function name is empty');
    expect(error(zh, 'EXPLAIN', 'EXPLAIN', ['x']).code).toBe('#VALUE!');
  });

  it('writes an ID only masked', () => {
    const text = value(zh, 'EXPLAIN', 'ID_CHECK', ['222424199001011235']) as string;
    expect(text).toContain('222424********1235');
    expect(text).not.toContain('222424199001011235');
    const info = value(en, 'EXPLAIN', 'ID_INFO', ['222424199001011235']) as string;
    expect(info).toContain('222424********1235');
    expect(info).not.toContain('199001011235');
  });

  it('speaks English when Excel does', () => {
    const text = value(en, 'EXPLAIN', 'PRODUCTION_SUBSIDY', [126]) as string;
    expect(text).toMatch(/^JL\.PRODUCTION_SUBSIDY = 100,000\.00 yuan\W+eligible/);
    expect(text).toContain('Conditions checked');
    expect(text).toContain('reduced to 100,000.00 by the cap of 100,000.00');
  });
});
