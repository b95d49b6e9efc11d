// functions.json (English, generated from the JSDoc of functions.ts by the same generator the webpack plugin runs)
// and functions.zh-CN.json (written by hand) must describe the same functions: same ids, parameters, types and
// dimensionality; only names and descriptions differ.
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { argumentNamesOf, type FunctionName } from '../../src/functions/calls';
import zhMetadata from '../../src/functions/functions.zh-CN.json';

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: Record<string, unknown>;
  options?: Record<string, unknown>;
}
interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

const FUNCTIONS_TS = path.resolve(__dirname, '../../src/functions/functions.ts');

// The contract of issue 2: ids and arguments in order ([ ] optional). Never changes once shipped.
const CONTRACT: ReadonlyArray<[string, string]> = [
  ['EMPLOY_SUBSIDY', 'hire_date, months_worked, monthly_wage, county_or_min_wage'],
  ['EMPLOY_SUBSIDY_TOTAL', 'eligible_hires, [already_paid]'],
  ['TRAVEL_SUBSIDY', 'round_trip_fare, contract_months, [cross_province], [transport_class]'],
  ['WELFARE_POST_SUBSIDY', 'months, [months_already_paid]'],
  ['UNSALABLE_REWARD', 'purchase_amount, [already_rewarded]'],
  ['PRODUCTION_SUBSIDY', 'persons_driven, [already_paid]'],
  ['LOAN_DUE', 'due_date, extension_months'],
  ['CONTRACT_MONTHS', 'start_date, end_date'],
  ['MIN_WAGE', 'county, [date]'],
  ['ID_CHECK', 'id'],
  ['ID_INFO', 'id'],
  ['EXPLAIN', 'function_name, arg1...'],
];

const signature = (f: FunctionMetadata) =>
  f.parameters.map((p) => (p.repeating ? `${p.name}...` : p.optional ? `[${p.name}]` : p.name)).join(', ');

/** Everything but the human text: what Excel uses to call the function. */
const shape = (m: Metadata) => ({
  allowCustomDataForDataTypeAny: m.allowCustomDataForDataTypeAny,
  functions: m.functions.map((f) => ({
    id: f.id,
    name: f.name,
    result: f.result,
    options: f.options,
    parameters: f.parameters.map((p) => ({ type: p.type, dimensionality: p.dimensionality, optional: p.optional, repeating: p.repeating })),
  })),
});

const HAN = /\p{Script=Han}/u;

let english: Metadata;
const chinese = zhMetadata as Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_TS, false);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as Metadata;
});

describe('functions.json generated from functions.ts', () => {
  it('declares exactly the functions and arguments of the contract, in order', () => {
    expect(english.functions.map((f) => [f.id, signature(f)])).toEqual(CONTRACT);
  });

  it('keeps function names ASCII and equal to the ids', () => {
    for (const f of english.functions) expect(f.name).toBe(f.id);
  });

  it('takes every argument as "any", so the add-in (not Excel) reports a bad value with its name', () => {
    for (const f of english.functions) for (const p of f.parameters) expect(p.type).toBe('any');
  });

  it('returns numbers for amounts and dates, TRUE/FALSE for ID_CHECK, a row for ID_INFO and text for EXPLAIN', () => {
    const results = Object.fromEntries(english.functions.map((f) => [f.id, f.result]));
    for (const id of ['EMPLOY_SUBSIDY', 'EMPLOY_SUBSIDY_TOTAL', 'TRAVEL_SUBSIDY', 'WELFARE_POST_SUBSIDY', 'UNSALABLE_REWARD', 'PRODUCTION_SUBSIDY', 'LOAN_DUE', 'CONTRACT_MONTHS', 'MIN_WAGE']) {
      expect(results[id]).toEqual({ type: 'number' });
    }
    expect(results.ID_CHECK).toEqual({ type: 'boolean' });
    expect(results.ID_INFO).toEqual({ dimensionality: 'matrix' });
    expect(results.EXPLAIN).toEqual({ type: 'string' });
  });

  it('matches the argument names calls.ts reads (and so the names its messages use)', () => {
    for (const f of english.functions) {
      expect([f.id, argumentNamesOf(f.id as FunctionName)]).toEqual([f.id, f.parameters.map((p) => p.name)]);
    }
  });
});

describe('functions.zh-CN.json', () => {
  it('has the same ids, parameters, types, dimensionality and results as functions.json', () => {
    expect(shape(chinese)).toEqual(shape(english));
  });

  it('names and describes every function and parameter in Chinese', () => {
    for (const f of chinese.functions) {
      expect(f.description).toMatch(HAN);
      for (const p of f.parameters) {
        expect([f.id, p.name]).toEqual([f.id, expect.stringMatching(HAN)]);
        expect(p.description).toMatch(HAN);
      }
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('numbers the repeating argument as Excel expects (its name ends in 1)', () => {
    const explain = chinese.functions.find((f) => f.id === 'EXPLAIN')!;
    expect(explain.parameters[1]).toMatchObject({ name: '参数1', repeating: true });
  });
});
