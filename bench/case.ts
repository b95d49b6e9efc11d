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
 *   case.js xlsx-floor PATH        the floor: inflates its sheet XML (zlib, in chunks) and counts its rows, nothing else
 *   case.js cli PATH               `jl-roster validate PATH --json` end to end in this process (output discarded)
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { Session } from 'inspector';
import { DEFAULT_READINGS, ymdToSerial } from '../src/policy';
import { validateRosters } from '../src/roster';
import { readFileSync } from 'fs';
import { Writable } from 'stream';
import { main } from '../src/cli/main';
import { readXlsxFile } from '../src/xlsx';
import { evaluateCall, valueOfCall } from '../src/functions/calls';
import { employSubsidyArgs } from './employInputs';
import { nodeInflate } from '../src/xlsx/nodeInflate';
import { entryData, findEntry, zipEntries } from '../src/xlsx/zipDirectory';
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
  const cpuStart = process.cpuUsage();
  const grids = await readXlsxFile(path, 'bench.xlsx');
  const ms = millisSince(start);
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(timer);
  sampler.sample();
  return { case: 'xlsx-read', rows: grids[0].values.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakHeapBytes: sampler.peakHeapUsed, peakRssBytes: peakRss() };
}

/**
 * What reading cannot go below: the file read, the sheet part inflated in the same chunks, and every `<row` counted
 * with a native byte search (no decoding, no cells).
 */
async function floorCase(path: string): Promise<object> {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const bytes = readFileSync(path);
  const entries = zipEntries(bytes) ?? [];
  const inflated = async (name: string, onChunk: (chunk: Buffer) => void) => {
    const entry = findEntry(entries, name);
    const data = entry && entryData(bytes, entry);
    if (!data) throw new Error(`${path}: no ${name}`);
    await nodeInflate(data, (chunk) => onChunk(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)));
  };
  const needle = Buffer.from('<row');
  let rows = 0;
  let tail = Buffer.alloc(0);
  await inflated('xl/worksheets/sheet1.xml', (chunk) => {
    const b = tail.length ? Buffer.concat([tail, chunk]) : chunk;
    for (let at = b.indexOf(needle); at >= 0; at = b.indexOf(needle, at + 4)) rows++;
    tail = Buffer.from(b.subarray(Math.max(0, b.length - 3)));
  });
  const sheetMs = millisSince(start);
  let sharedBytes = 0;
  await inflated('xl/sharedStrings.xml', (chunk) => (sharedBytes += chunk.length));
  const cpu = process.cpuUsage(cpuStart);
  return { case: 'xlsx-floor', rows, ms: sheetMs, withSharedMs: millisSince(start), sharedBytes, cpuMs: (cpu.user + cpu.system) / 1000, peakRssBytes: peakRss() };
}

/** The command as a clerk runs it, in this process so that its peak memory is measured as its own. */
async function cliCase(path: string): Promise<object> {
  const sink = new Writable({ write: (_chunk, _enc, done) => done() }) as unknown as NodeJS.WriteStream;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const code = await main(['validate', path, '--json', '--as-of', '2022-12-31'], { stdout: sink, stderr: sink });
  const cpu = process.cpuUsage(cpuStart);
  return { case: 'cli', code, ms: millisSince(start), cpuMs: (cpu.user + cpu.system) / 1000, peakRssBytes: peakRss() };
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
    case 'xlsx-floor':
      return floorCase(a);
    case 'cli':
      return cliCase(a);
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
