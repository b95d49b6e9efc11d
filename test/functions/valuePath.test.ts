import type { CallContext } from '../../src/functions/calls';
import { evaluateCall, valueOfCall } from '../../src/functions/calls';
import { DEFAULT_READINGS, isoToSerial, withReading } from '../../src/policy';
import { employSubsidyArgs } from '../../bench/employInputs';

const INPUTS = employSubsidyArgs(100_000);

function agreeOn(context: CallContext): { paid: number; unpaid: number; failed: number } {
  const tally = { paid: 0, unpaid: 0, failed: 0 };
  for (const args of INPUTS) {
    const value = valueOfCall('EMPLOY_SUBSIDY', args, 'zh', context);
    const explained = evaluateCall('EMPLOY_SUBSIDY', args, 'zh', context);
    if (explained.ok) {
      if (!value.ok || value.value !== explained.value) throw new Error(`paths differ on ${JSON.stringify(args)}: ${JSON.stringify(value)} vs ${String(explained.value)}`);
      if (explained.value === 0) tally.unpaid++;
      else tally.paid++;
    } else {
      if (value.ok || value.message !== explained.message) throw new Error(`paths differ on ${JSON.stringify(args)}: ${JSON.stringify(value)} vs ${explained.message}`);
      tally.failed++;
    }
  }
  return tally;
}

describe('JL.EMPLOY_SUBSIDY: the value path and the explaining path agree on the 100,000 inputs of the benchmark', () => {
  it('with the shipped readings', () => {
    const tally = agreeOn({ claimDate: isoToSerial('2022-12-31'), readings: DEFAULT_READINGS });
    // The inputs reach every outcome, so the agreement is not only on zeros.
    expect(tally.paid).toBeGreaterThan(10_000);
    expect(tally.unpaid).toBeGreaterThan(10_000);
    expect(tally.failed).toBeGreaterThan(100);
  });
  it('with the cut-off read as exclusive', () => {
    const readings = withReading(DEFAULT_READINGS, 'employ_hire_cutoff_inclusive', 'exclusive');
    if (!readings.ok) throw new Error('reading');
    expect(agreeOn({ claimDate: isoToSerial('2022-12-31'), readings: readings.value }).paid).toBeGreaterThan(10_000);
  });
});
