import { FUNCTIONS, evaluateCall, functionNameOf } from '../../src/functions/calls';
import { callArguments } from '../../src/taskpane/explain/callArguments';
import { parseJlCall } from '../../src/taskpane/explain/parseJlCall';
import { MEASURE_SUMMARIES, exampleFormula } from '../../src/taskpane/measures/measureSummaries';

function evaluate(formula: string): unknown {
  const parsed = parseJlCall(formula);
  if (!parsed.ok) throw new Error(`${formula}: ${parsed.problem}`);
  const name = functionNameOf(parsed.call.name);
  if (!name) throw new Error(`${formula}: unknown function`);
  const outcome = evaluateCall(name, callArguments(parsed.call, () => []), 'en');
  if (!outcome.ok) throw new Error(`${formula}: ${outcome.message}`);
  return outcome.value;
}

describe('the 政策 view', () => {
  it('lists the eleven measures in order, each in Chinese and English', () => {
    expect(MEASURE_SUMMARIES.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const m of MEASURE_SUMMARIES) {
      for (const t of [m.title, m.rule, m.addIn]) {
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(t.en).toMatch(/^[\x20-\x7e’]+$/);
      }
    }
  });

  it('names every JL function under some measure', () => {
    const named = new Set(MEASURE_SUMMARIES.flatMap((m) => m.functions.map((f) => f.replace(/^JL\./, ''))));
    for (const name of Object.keys(FUNCTIONS)) expect(named).toContain(name);
  });

  it('gives examples that compute what MEASURES.md says', () => {
    const examples = new Map(MEASURE_SUMMARIES.flatMap((m) => m.examples.map((e) => [exampleFormula(e, '汪清县'), m.number] as const)));
    // Measure 7: hired 2022-03-01, 3 months, 2,000 yuan, not below 汪清县's 1,540 (tier 4, 2021 standard): 1,600.
    expect(evaluate('=JL.EMPLOY_SUBSIDY("2022-03-01", 3, 2000, "汪清县")')).toBe(1600);
    expect(examples.has('=JL.EMPLOY_SUBSIDY("2022-03-01", 3, 2000, "汪清县")')).toBe(true);
    expect(evaluate('=JL.MIN_WAGE("汪清县", "2022-03-01")')).toBe(1540);
    // 32 hires: min(32 x 1,600, 50,000).
    expect(evaluate('=JL.EMPLOY_SUBSIDY_TOTAL(32)')).toBe(50000);
    // Measure 3: 25 x 800; 150 persons capped at 100,000 less 20,000 already paid.
    expect(evaluate('=JL.PRODUCTION_SUBSIDY(25)')).toBe(20000);
    expect(evaluate('=JL.PRODUCTION_SUBSIDY(150, 20000)')).toBe(80000);
    // Measure 4: 2022-05-31 + 3 months = 2022-08-31 = serial 44804.
    expect(evaluate('=JL.LOAN_DUE("2022-05-31", 3)')).toBe(44804);
    // Measure 9: 1,000 x min(2, 3 - 1); measure 10: 10% of 150,000.
    expect(evaluate('=JL.WELFARE_POST_SUBSIDY(2, 1)')).toBe(2000);
    expect(evaluate('=JL.UNSALABLE_REWARD(150000)')).toBe(15000);
    // Every example without a nested call evaluates without an input error.
    for (const formula of examples.keys()) {
      const parsed = parseJlCall(formula);
      if (parsed.ok && parsed.call.args.every((a) => a.kind !== 'expression')) expect(() => evaluate(formula)).not.toThrow();
    }
  });

  it('fills the county of the examples from the setting', () => {
    expect(exampleFormula('=JL.MIN_WAGE("{county}")', '龙井市')).toBe('=JL.MIN_WAGE("龙井市")');
  });
});
