/**
 * Policy test cases as data (test/policy/cases.csv, as OpenFisca's YAML tests): each row names a JL function, the
 * claim (as-of) date, the arguments as a clerk types them in a formula, the result and reasons worked out by hand
 * from MEASURES.md, and any readings set. One runner evaluates every row through the dispatcher, on both paths.
 * A policy officer adds a case by adding a row.
 */
import fs from 'fs';
import path from 'path';
import type { CallContext } from '../../src/functions/calls';
import { evaluateCall, functionNameOf, valueOfCall } from '../../src/functions/calls';
import type { ReadingValues } from '../../src/policy';
import { DEFAULT_READINGS, isoToSerial, withReading } from '../../src/policy';
import { callArguments } from '../../src/taskpane/explain/callArguments';
import { parseJlCall } from '../../src/taskpane/explain/parseJlCall';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseCsvLine } = require('../../scripts/policy-data.js') as { parseCsvLine: (line: string) => string[] };

interface PolicyCase {
  readonly function: string;
  readonly as_of: string;
  readonly arguments: string;
  readonly expected: string;
  readonly reasons: string;
  readonly readings: string;
  readonly name: string;
}

function readCases(): PolicyCase[] {
  const lines = fs.readFileSync(path.join(__dirname, 'cases.csv'), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = parseCsvLine(lines[0]);
  return lines.slice(1).map((line) => {
    const cells = parseCsvLine(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) as unknown as PolicyCase;
  });
}

function readingsOf(spec: string): ReadingValues {
  let values = DEFAULT_READINGS;
  for (const pair of spec.split(';').filter((p) => p.trim() !== '')) {
    const [id, option] = pair.split('=').map((s) => s.trim());
    const next = withReading(values, id, option);
    if (!next.ok) throw new Error(next.error.message.en);
    values = next.value;
  }
  return values;
}

const CASES = readCases();

describe.each(CASES)('JL.$function on $as_of: $name', (c) => {
  const parsed = parseJlCall(`=JL.${c.function}(${c.arguments})`);
  if (!parsed.ok) throw new Error(`${c.name}: ${parsed.problem}`);
  const name = functionNameOf(parsed.call.name);
  if (!name) throw new Error(`${c.name}: unknown function ${c.function}`);
  const args = callArguments(parsed.call, () => []);
  const context: CallContext = { claimDate: isoToSerial(c.as_of), readings: readingsOf(c.readings) };
  const explained = evaluateCall(name, args, 'zh', context);
  const value = valueOfCall(name, args, 'zh', context);

  it(`is ${c.expected}`, () => {
    expect(explained.ok && explained.value).toBe(Number(c.expected));
  });
  it('the value path agrees', () => {
    expect(value.ok && value.value).toBe(Number(c.expected));
  });
  it(`gives the reasons ${c.reasons || '(none)'}`, () => {
    const reasons = explained.ok ? (explained.determination?.reasons ?? []).map((r) => r.code) : ['(failed)'];
    expect(reasons).toEqual(c.reasons === '' ? [] : c.reasons.split(';'));
  });
  it('names the readings set, with their option, in the explanation', () => {
    if (!explained.ok) throw new Error(explained.message);
    for (const pair of c.readings.split(';').filter((p) => p !== '')) {
      if (explained.determination) expect(explained.explanation).toContain(`[${pair.trim()}，本县设定]`);
    }
    if (explained.determination) expect(explained.explanation).toMatch(/采用的解读/);
  });
});

it('has cases for every measure function and reading branch it claims to', () => {
  const functions = new Set(CASES.map((c) => c.function));
  for (const f of ['EMPLOY_SUBSIDY', 'EMPLOY_SUBSIDY_TOTAL', 'TRAVEL_SUBSIDY', 'WELFARE_POST_SUBSIDY', 'UNSALABLE_REWARD', 'PRODUCTION_SUBSIDY', 'LOAN_DUE', 'MIN_WAGE']) {
    expect(functions).toContain(f);
  }
});
