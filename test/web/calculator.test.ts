// The calculator's logic: the fields' text turned into what a cell hands a custom function, and the results of a
// handful of calls worked out by hand from /work/shared/policy/MEASURES.md and minimum-wage.md (not from the code).
import { DEFAULT_READINGS } from '../../src/policy';
import { calculate } from '../../src/web/calculator/calculate';
import { resultSentence } from '../../src/web/calculator/resultSentence';
import { formulaOf, typedArgument } from '../../src/web/calculator/typedArgument';

/** 2022-03-01 = 2022-01-01 (serial 44562) + 31 + 28 days. */
const MARCH_1_2022 = 44621;
/** The day of the claim: 2022-06-30 (a cell computes on today; the tests fix the day). */
const CONTEXT = { claimDate: 44742, readings: DEFAULT_READINGS };

describe('a field as a cell hands it to the function', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['2022-03-01', MARCH_1_2022],
    ['2022年3月1日', MARCH_1_2022],
    ['2022/3/1', MARCH_1_2022],
    ['２０２２-０３-０１', MARCH_1_2022],
    ['2000', 2000],
    ['1,600', 1600],
    ['２０００', 2000],
    ['-3', -3],
    ['0.5', 0.5],
    ['TRUE', true],
    ['false', false],
    ['222424', 222424],
  ])('%j arrives as %j', (typed, value) => {
    expect(typedArgument(typed).value).toBe(value);
  });

  it.each([
    // Excel does not take these as dates or numbers, so the cell holds the text and the function's reader judges it.
    '2022.3.1',
    '2022-02-30',
    '汪清县',
    '硬座',
    // 18 digits: more than Excel's 15, kept as text as a clerk's ID cell is.
    '222424199001013337',
    '11010519491231002X',
  ])('%j stays the text it is', (typed) => {
    expect(typedArgument(typed).value).toBe(typed);
  });

  it('writes the same call as the formula a clerk would type', () => {
    const args = ['2022年3月1日', '4', '2000', '汪清县'].map(typedArgument);
    expect(formulaOf('EMPLOY_SUBSIDY', args)).toBe('=JL.EMPLOY_SUBSIDY(DATE(2022,3,1),4,2000,"汪清县")');
    expect(formulaOf('EMPLOY_SUBSIDY_TOTAL', ['32', ''].map(typedArgument))).toBe('=JL.EMPLOY_SUBSIDY_TOTAL(32)');
    expect(formulaOf('TRAVEL_SUBSIDY', ['900', '6', '', '硬座'].map(typedArgument))).toBe('=JL.TRAVEL_SUBSIDY(900,6,,"硬座")');
  });
});

/** The value of a call that must succeed. */
function value(name: Parameters<typeof calculate>[0], fields: string[]) {
  const c = calculate(name, fields, 'zh', CONTEXT);
  if (!c.ok) throw new Error(c.message);
  return c.value;
}

describe('the policy’s figures, through the calculator', () => {
  it('measure 7: 1,600 yuan for a hire on or after 2020-01-01 with 3+ months at or above the county’s minimum wage', () => {
    // 汪清县 is tier 4 of the 2021 standard (1,540 yuan from 2021-12-01): 2,000 a month is enough, 1,500 is not.
    expect(value('EMPLOY_SUBSIDY', ['2022-03-01', '4', '2000', '汪清县'])).toBe(1600);
    expect(value('EMPLOY_SUBSIDY', ['2022年3月1日', '4', '1540', '222424'])).toBe(1600);
    expect(value('EMPLOY_SUBSIDY', ['2022-03-01', '4', '1500', '汪清县'])).toBe(0);
    expect(value('EMPLOY_SUBSIDY', ['2022-03-01', '2', '2000', '汪清县'])).toBe(0);
    expect(value('EMPLOY_SUBSIDY', ['2019-12-31', '4', '2000', '汪清县'])).toBe(0);
    expect(value('EMPLOY_SUBSIDY', ['2020-01-01', '3', '2000', '1540'])).toBe(1600);
  });

  it('measure 7 per employer: min(1,600 × hires, 50,000) minus what was paid', () => {
    expect(value('EMPLOY_SUBSIDY_TOTAL', ['31', ''])).toBe(49600);
    expect(value('EMPLOY_SUBSIDY_TOTAL', ['32', ''])).toBe(50000);
    expect(value('EMPLOY_SUBSIDY_TOTAL', ['40', '10000'])).toBe(40000);
  });

  it('measure 6: the fare up to 1,600 for a contract of 6 months or more', () => {
    expect(value('TRAVEL_SUBSIDY', ['2000', '6', '', ''])).toBe(1600);
    expect(value('TRAVEL_SUBSIDY', ['900', '6', 'TRUE', '硬座'])).toBe(900);
    expect(value('TRAVEL_SUBSIDY', ['900', '5', '', ''])).toBe(0);
  });

  it('measures 9, 10 and 3: 1,000 a month for at most 3 months; 10% rounded down in fen, at most 50,000; 800 a person, at most 100,000', () => {
    expect(value('WELFARE_POST_SUBSIDY', ['3', ''])).toBe(3000);
    expect(value('WELFARE_POST_SUBSIDY', ['2', '2'])).toBe(1000);
    expect(value('UNSALABLE_REWARD', ['123456.78', ''])).toBe(12345.67);
    expect(value('UNSALABLE_REWARD', ['600000', ''])).toBe(50000);
    expect(value('PRODUCTION_SUBSIDY', ['10', ''])).toBe(8000);
    expect(value('PRODUCTION_SUBSIDY', ['200', ''])).toBe(100000);
  });

  it('measure 4, contract months, minimum wage and IDs', () => {
    // 2022-01-31 plus 6 months is 2022-07-31 (EDATE): 44562 + 211 days.
    expect(value('LOAN_DUE', ['2022-01-31', '6'])).toBe(44773);
    // MEASURES.md: 2022-03-01 to 2022-08-31 is 6 months; 2022-01-31 to 2022-07-30 is 6 months.
    expect(value('CONTRACT_MONTHS', ['2022-03-01', '2022-08-31'])).toBe(6);
    expect(value('CONTRACT_MONTHS', ['2022-01-31', '2022-07-30'])).toBe(6);
    expect(value('MIN_WAGE', ['汪清县', '2022-03-01'])).toBe(1540);
    expect(value('MIN_WAGE', ['南关区', '2022-03-01'])).toBe(1880);
    // 延吉市: tier 2 of the 2021 standard (1,760), tier 2 of the 2025 one (2,020 from 2025-12-01).
    expect(value('MIN_WAGE', ['延吉市', '2025-11-30'])).toBe(1760);
    expect(value('MIN_WAGE', ['222401', '2025-12-01'])).toBe(2020);
    expect(value('ID_CHECK', ['11010519491231002X'])).toBe(true);
    expect(value('ID_CHECK', ['222424199001013338'])).toBe(false);
  });
});

describe('what the clerk reads besides the value', () => {
  it('explains the result with the conditions, the measure and its document', () => {
    const c = calculate('EMPLOY_SUBSIDY', ['2022-03-01', '4', '1500', '汪清县'], 'zh', CONTEXT);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.determination?.eligible).toBe(false);
    expect(c.explanation).toContain('1,540');
    expect(c.explanation).toContain('第七条');
  });

  it('says which field is wrong, as the cell’s #VALUE! tooltip does', () => {
    const empty = calculate('EMPLOY_SUBSIDY', ['', '4', '2000', '汪清县'], 'zh', CONTEXT);
    expect(empty).toMatchObject({ ok: false, error: '#VALUE!', argumentIndex: 0 });
    if (empty.ok) return;
    expect(empty.message).toBe('JL.EMPLOY_SUBSIDY 参数“入职日期”：日期为空');
    const tooLong = calculate('LOAN_DUE', ['2022-01-31', '7'], 'en', CONTEXT);
    expect(tooLong).toMatchObject({ ok: false, argumentIndex: 1 });
    if (!tooLong.ok) expect(tooLong.message).toMatch(/^JL\.LOAN_DUE argument extension_months: /);
    const notADate = calculate('EMPLOY_SUBSIDY', ['2022-02-30', '4', '2000', '汪清县'], 'zh', CONTEXT);
    expect(notADate).toMatchObject({ ok: false, argumentIndex: 0 });
    if (!notADate.ok) expect(notADate.detail).toContain('不存在');
  });
});

describe('the result in words', () => {
  const sentence = (name: Parameters<typeof calculate>[0], fields: string[]) => {
    const c = calculate(name, fields, 'zh', CONTEXT);
    if (!c.ok) throw new Error(c.message);
    return resultSentence(c, 'zh');
  };

  it('says what a measure pays and why not', () => {
    expect(sentence('EMPLOY_SUBSIDY', ['2022-03-01', '4', '2000', '汪清县'])).toBe('符合第七条条件，应发 1,600.00 元。');
    expect(sentence('TRAVEL_SUBSIDY', ['900', '6', '', '软卧'])).toMatch(/^不符合第六条条件：.*软卧/);
  });

  it('reads a date as a date: the new due date, not an amount of 0 yuan', () => {
    expect(sentence('LOAN_DUE', ['2022-01-31', '6'])).toMatch(/^JL\.LOAN_DUE = 2022-07-31/);
    expect(sentence('ID_INFO', ['222424199001013337'])).toBe('JL.ID_INFO = 1990-01-01，男，222424，汪清县');
  });
});
