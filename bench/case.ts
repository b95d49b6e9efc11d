/**
 * One benchmark case in a fresh process, so that its memory high-water mark is its own. Prints one JSON line.
 *   case.js validate ROWS RUNS [PROFILE.cpuprofile]
 *                                  full validation vs the ID-only baseline on an in-memory roster; with a file
 *                                  name, a CPU profile of the validation runs alone (open it in Chrome DevTools)
 *   case.js xlsx-write PATH ROWS   writes a roster .xlsx (not timed)
 *   case.js xlsx-read PATH         reads it through src/xlsx
 *   case.js registry ROWS REGISTRY_ROWS RUNS
 *                                  validation with and without a poverty-monitoring registry export (issue 12)
 *   case.js functions N RUNS       JL.EMPLOY_SUBSIDY over N varied inputs: the value path (what a cell computes)
 *                                  beside the explaining path (JL.EXPLAIN: determination and explanation text)
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { Session } from 'inspector';
import { DEFAULT_READINGS, ymdToSerial } from '../src/policy';
import { validateRosters } from '../src/roster';
import { readXlsxFile } from '../src/xlsx';
import { evaluateCall, valueOfCall } from '../src/functions/calls';
import { employSubsidyArgs } from './employInputs';
import { baselineDuplicates } from './baseline';
import { registryCase } from './registryCase';
import { bigEmploymentRoster, ID_COLUMN } from './bigRoster';
import { collectGarbage, HeapSampler, median, millisSince, peakRss } from './measure';

const AS_OF = ymdToSerial(2022, 12, 31);

function post(session: Session, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
}

async function validateCase(rows: number, runs: number, profile?: string): Promise<object> {
  const roster = bigEmploymentRoster(rows);
  collectGarbage();
  const gridRss = process.memoryUsage().rss;
  const gridHeap = process.memoryUsage().heapUsed;

  const baselineMs: number[] = [];
  let baselineFound = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    baselineFound = baselineDuplicates(roster.grid, ID_COLUMN, roster.firstDataRow);
    baselineMs.push(millisSince(start));
  }

  const session = profile ? new Session() : undefined;
  if (session) {
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.start');
  }
  const sampler = new HeapSampler();
  const fullMs: number[] = [];
  // CPU time of the process (every thread, the collector's included): less swayed than wall time by other load.
  const fullCpuMs: number[] = [];
  let findings = 0;
  let errors = 0;
  let checkedRows = 0;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const report = validateRosters([roster.grid], { asOf: AS_OF, onProgress: () => sampler.sample() });
    fullMs.push(millisSince(start));
    const cpu = process.cpuUsage(cpuStart);
    fullCpuMs.push((cpu.user + cpu.system) / 1000);
    sampler.sample();
    findings = report.findings.length;
    errors = report.summary.errors;
    checkedRows = report.summary.rows;
  }
  if (session && profile) {
    const { profile: cpu } = (await post(session, 'Profiler.stop')) as { profile: object };
    writeFileSync(profile, JSON.stringify(cpu));
    session.disconnect();
  }
  return {
    case: 'validate',
    rows,
    runs,
    plantedProblems: roster.problems,
    plantedDuplicates: roster.duplicates,
    checkedRows,
    findings,
    errors,
    baselineDuplicates: baselineFound,
    fullMedianMs: median(fullMs),
    fullMs,
    fullCpuMedianMs: median(fullCpuMs),
    baselineMedianMs: median(baselineMs),
    baselineMs,
    gridRssBytes: gridRss,
    gridHeapBytes: gridHeap,
    peakHeapBytes: sampler.peakHeapUsed,
    peakRssSampledBytes: sampler.peakRss,
    peakRssBytes: peakRss(),
  };
}

async function writeCase(path: string, rows: number): Promise<object> {
  const { grid } = bigEmploymentRoster(rows);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet(grid.sheet);
  grid.values.forEach((values, r) => {
    const row = sheet.addRow([...values].map((v) => (v === '' ? null : v)));
    values.forEach((_, c) => {
      const format = grid.numberFormats?.[r][c];
      if (format && format !== 'General') row.getCell(c + 1).numFmt = format;
    });
    row.commit();
  });
  await writer.commit();
  return { case: 'xlsx-write', rows, path };
}

async function readCase(path: string): Promise<object> {
  const sampler = new HeapSampler();
  const timer = setInterval(() => sampler.sample(), 20);
  const start = process.hrtime.bigint();
  const grids = await readXlsxFile(path, 'bench.xlsx');
  const ms = millisSince(start);
  clearInterval(timer);
  sampler.sample();
  return { case: 'xlsx-read', rows: grids[0].values.length, ms, peakHeapBytes: sampler.peakHeapUsed, peakRssBytes: peakRss() };
}

/** Microseconds a call, median of `runs` passes over every input; the first pass warms the engine and is dropped. */
function functionsCase(n: number, runs: number): object {
  const inputs = employSubsidyArgs(n);
  const context = { claimDate: AS_OF, readings: DEFAULT_READINGS };
  let sink = 0;
  // Wall and CPU time of one pass, in µs a call: CPU time is less swayed by other work on the machine.
  const pass = (call: (args: unknown[]) => number): [number, number] => {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const args of inputs) sink += call(args);
    const cpu = process.cpuUsage(cpuStart);
    return [(millisSince(start) * 1000) / n, (cpu.user + cpu.system) / n];
  };
  const value = (args: unknown[]) => {
    const r = valueOfCall('EMPLOY_SUBSIDY', args, 'zh', context);
    return r.ok ? (r.value as number) : 0;
  };
  const explaining = (args: unknown[]) => {
    const r = evaluateCall('EMPLOY_SUBSIDY', args, 'zh', context);
    return r.ok ? r.explanation.length : r.message.length;
  };
  const valueUs: number[] = [];
  const explainUs: number[] = [];
  const valueCpuUs: number[] = [];
  const explainCpuUs: number[] = [];
  for (let i = 0; i <= runs; i++) {
    collectGarbage();
    const v = pass(value);
    collectGarbage();
    const e = pass(explaining);
    if (i > 0) {
      valueUs.push(v[0]);
      valueCpuUs.push(v[1]);
      explainUs.push(e[0]);
      explainCpuUs.push(e[1]);
    }
  }
  return {
    case: 'functions',
    calls: n,
    runs,
    valueUs,
    explainUs,
    valueMedianUs: median(valueUs),
    explainMedianUs: median(explainUs),
    valueCpuMedianUs: median(valueCpuUs),
    explainCpuMedianUs: median(explainCpuUs),
    sink,
  };
}

async function run(): Promise<object> {
  const [what, a, b] = process.argv.slice(2);
  switch (what) {
    case 'validate':
      return validateCase(Number(a), Number(b), process.argv[5]);
    case 'xlsx-write':
      return writeCase(a, Number(b));
    case 'xlsx-read':
      return readCase(a);
    case 'registry':
      return registryCase(Number(a), Number(b), Number(process.argv[5]));
    case 'functions':
      return functionsCase(Number(a), Number(b));
    default:
      throw new Error(`unknown case ${what}`);
  }
}

run().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
