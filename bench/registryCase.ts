import { ymdToSerial } from '../src/policy';
import { validateRosters } from '../src/roster';
import { bigEmploymentRoster, ID_COLUMN } from './bigRoster';
import { bigRegistry } from './bigRegistry';
import { collectGarbage, median, millisSince, peakRss } from './measure';

const AS_OF = ymdToSerial(2022, 12, 31);
const COLUMNS = { id: ID_COLUMN, name: 1, category: 4 };

/**
 * Issue 12: `rows` claims against a `registryRows`-row export of the poverty-monitoring system, beside the same
 * validation without it, runs interleaved so that load on the machine falls on both alike. The registry adds
 * reading every export row (its ID checked) and the checks of every claimant; target: under 1 s more.
 */
export function registryCase(rows: number, registryRows: number, runs: number): object {
  const roster = bigEmploymentRoster(rows);
  const registry = bigRegistry(roster.grid, COLUMNS, roster.firstDataRow, registryRows);
  const withoutMs: number[] = [];
  const withMs: number[] = [];
  // CPU time of the process as well: on a shared machine it is less swayed by other work than the wall time.
  const withoutCpuMs: number[] = [];
  const withCpuMs: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  let findings = 0;
  let registryFindings = 0;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    let start = process.hrtime.bigint();
    let cpu = process.cpuUsage();
    const plain = validateRosters([roster.grid], { asOf: AS_OF });
    withoutMs.push(millisSince(start));
    withoutCpuMs.push(cpuMs(cpu));
    findings = plain.findings.length;
    collectGarbage();
    start = process.hrtime.bigint();
    cpu = process.cpuUsage();
    const checked = validateRosters([roster.grid], { asOf: AS_OF, registry: [registry] });
    withMs.push(millisSince(start));
    withCpuMs.push(cpuMs(cpu));
    registryFindings = checked.findings.length - findings;
  }
  const added = withMs.map((ms, i) => ms - withoutMs[i]);
  return {
    case: 'registry',
    rows,
    registryRows: registry.values.length - 3,
    runs,
    findings,
    registryFindings,
    withoutMedianMs: median(withoutMs),
    withMedianMs: median(withMs),
    addedMedianMs: median(added),
    withoutCpuMedianMs: median(withoutCpuMs),
    withCpuMedianMs: median(withCpuMs),
    addedCpuMedianMs: median(withCpuMs.map((ms, i) => ms - withoutCpuMs[i])),
    withoutMs,
    withMs,
    peakRssBytes: peakRss(),
  };
}
