// calls.ts is what the task pane reuses: the outcome of a call as data, without Office.
import { argumentNamesOf, evaluateCall, functionNameOf } from '../../src/functions/calls';

describe('evaluateCall', () => {
  it('gives the value with the determination behind it', () => {
    const outcome = evaluateCall('EMPLOY_SUBSIDY', ['2021-12-01', 3, 1500, '汪清县'], 'zh');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value).toBe(0);
    expect(outcome.determination).toMatchObject({ measure: 7, functionName: 'EMPLOY_SUBSIDY', eligible: false, amountFen: 0 });
    expect(outcome.determination!.reasons.map((r) => r.code)).toEqual(['WAGE_BELOW_MIN']);
    expect(outcome.explanation).toContain('1,540.00');
  });

  it('names the argument at fault by name and position', () => {
    const outcome = evaluateCall('TRAVEL_SUBSIDY', [800, 12, true, '火箭'], 'en');
    expect(outcome).toMatchObject({
      ok: false,
      problem: { functionName: 'TRAVEL_SUBSIDY', argument: 'transport_class', argumentIndex: 3, code: 'TRANSPORT_CLASS_UNKNOWN' },
    });
  });

  it('reads arguments left to right and stops at the first bad one', () => {
    const outcome = evaluateCall('EMPLOY_SUBSIDY', ['', 'x', -1, '北京'], 'zh');
    expect(outcome).toMatchObject({ ok: false, problem: { argument: 'hire_date', code: 'EMPTY' } });
  });

  it('returns the explanation as the value of EXPLAIN, and an inner error as its text', () => {
    const explained = evaluateCall('EXPLAIN', ['UNSALABLE_REWARD', 500000], 'zh');
    expect(explained).toMatchObject({ ok: true, determination: { measure: 10, amountFen: 5_000_000 } });
    const innerError = evaluateCall('EXPLAIN', ['UNSALABLE_REWARD', 'lots'], 'zh');
    expect(innerError).toMatchObject({ ok: true, value: expect.stringContaining('参数“采购金额”') });
  });
});

describe('functionNameOf', () => {
  it.each([
    ['EMPLOY_SUBSIDY', 'EMPLOY_SUBSIDY'],
    ['jl.employ_subsidy', 'EMPLOY_SUBSIDY'],
    ['=JL.MIN_WAGE', 'MIN_WAGE'],
    [' ＪＬ．ID_CHECK ', 'ID_CHECK'],
    ['SUM', undefined],
    [42, undefined],
  ])('%p -> %p', (input, expected) => {
    expect(functionNameOf(input)).toBe(expected);
  });
});

it('argumentNamesOf lists a function\'s arguments in order', () => {
  expect(argumentNamesOf('TRAVEL_SUBSIDY')).toEqual(['round_trip_fare', 'contract_months', 'cross_province', 'transport_class']);
  expect(argumentNamesOf('EXPLAIN')).toEqual(['function_name', 'arg1']);
});
