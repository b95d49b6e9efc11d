/**
 * Issue 8: checking that no file is named twice is linear in the number of files (compared pairwise, 2,000 files
 * took 96 s on that check alone). 2,000 and 4,000 one-person CSV rosters, a tenth of them named a second time:
 * inputFiles (the check) beside its floor, one stat() a name and nothing else, and `jl-roster validate` over all of
 * them end to end. Doubling the files should about double each time (pairwise comparison would quadruple it).
 * Run by `npm run bench` after the main table; alone: `node build/tools/bench/manyFiles.js`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import { join } from 'path';
import { Writable } from 'stream';
import { creditCodeCheckCharacter, idCheckCharacter } from '../src/policy';
import { main } from '../src/cli/main';
import { inputFiles } from '../src/cli/inputFiles';
import { median, millisSince } from './measure';

const SIZES = [2_000, 4_000] as const;
const CHECK_RUNS = 31;
const CLI_RUNS = 3;
const HEADER = '序号,姓名,身份证号码,人员类别,用工单位,统一社会信用代码,县（市、区）,入职日期,工作月数,月工资';

/** A valid unified social credit code of employer n in 汪清县 (222424): one employer a file, so no cap is reached. */
function employerCode(n: number): string {
  const first17 = `91222424${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

function personId(n: number): string {
  // Every person a different ID (a thousand sequence numbers to a birth year): no file's person is in another.
  const first17 = `222424${1980 + Math.floor(n / 1000)}0101${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** `count` one-person rosters in `dir`, and the names as a clerk might give them: every file, a tenth again. */
function writeRosters(dir: string, count: number): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `roster-${String(i).padStart(5, '0')}.csv`);
    writeFileSync(file, `${HEADER}\n1,张${i},${personId(i)},脱贫人口,汪清县第${i}食品有限公司,${employerCode(i)},汪清县,2022-03-01,4,2000\n`);
    files.push(file);
  }
  return [...files, ...files.slice(0, Math.floor(count / 10))];
}

interface Timing {
  /** Median wall time, ms. */
  readonly ms: number;
  /** Median CPU time of the process (user + system), ms: less swayed by other work on the machine. */
  readonly cpuMs: number;
}

async function timed(runs: number, work: () => unknown): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    await work();
    const used = process.cpuUsage(cpuStart);
    wall.push(millisSince(start));
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu) };
}

const sink = () => new Writable({ write: (_chunk, _enc, done) => done() }) as unknown as NodeJS.WriteStream;
const validate = (names: ReadonlyArray<string>) => main(['validate', ...names, '--json', '--as-of', '2022-12-31'], { stdout: sink(), stderr: sink() });

interface SizeResult {
  readonly files: number;
  readonly names: number;
  readonly repeated: number;
  readonly floor: Timing;
  readonly check: Timing;
  readonly cli: Timing;
  readonly cliCode: number;
}

export async function manyFilesBench(): Promise<void> {
  const dirs = SIZES.map(() => mkdtempSync(join(os.tmpdir(), 'jl-roster-many-')));
  const results: SizeResult[] = [];
  try {
    process.stderr.write(`many files: writing ${SIZES.join(' and ')} rosters (not timed)…\n`);
    const named = SIZES.map((count, i) => writeRosters(dirs[i], count));
    // One untimed pass over the smaller set first, so that neither size pays for compiling the code.
    inputFiles(named[0], []);
    await validate(named[0]);
    for (let i = 0; i < SIZES.length; i++) {
      const names = named[i];
      process.stderr.write(`${SIZES[i].toLocaleString('en-US')} files: the check (${CHECK_RUNS} runs), jl-roster (${CLI_RUNS} runs)…\n`);
      const floor = await timed(CHECK_RUNS, () => names.forEach((n) => statSync(n)));
      let repeated = 0;
      const check = await timed(CHECK_RUNS, () => (repeated = inputFiles(names, []).repeated.length));
      let cliCode = -1;
      const cli = await timed(CLI_RUNS, async () => (cliCode = await validate(names)));
      results.push({ files: SIZES[i], names: names.length, repeated, floor, check, cli, cliCode });
    }
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  const [small, large] = results;
  const both = (t: Timing, digits: number) => `${t.ms.toFixed(digits)} / ${t.cpuMs.toFixed(digits)}`;
  const ratio = (pick: (r: SizeResult) => Timing) => `${(pick(large).ms / pick(small).ms).toFixed(2)}x / ${(pick(large).cpuMs / pick(small).cpuMs).toFixed(2)}x`;
  const checkRatio = large.check.cpuMs / small.check.cpuMs;
  const table = [
    ['files', 'names', 'repeated', 'floor: stat each name', 'inputFiles (the check)', 'check/floor', 'jl-roster validate --json', 'exit'],
    ...results.map((r) => [
      String(r.files),
      String(r.names),
      String(r.repeated),
      both(r.floor, 1),
      both(r.check, 1),
      `${(r.check.cpuMs / r.floor.cpuMs).toFixed(1)}x`,
      both(r.cli, 0),
      String(r.cliCode),
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const lines = [
    '',
    `many files (issue 8): the check that no file is named twice, medians of ${CHECK_RUNS} runs (jl-roster: of ${CLI_RUNS}), wall / CPU ms`,
    ...table.map((row) => row.map((cell, c) => cell.padStart(widths[c])).join('  ')),
    `${large.files.toLocaleString('en-US')} / ${small.files.toLocaleString('en-US')} files (wall / CPU): floor ${ratio((r) => r.floor)}, the check ${ratio((r) => r.check)}, ` +
      `jl-roster ${ratio((r) => r.cli)}; linear is about 2x, pairwise about 4x; target the check linear (CPU ratio < 3x): ${checkRatio < 3 ? 'met' : 'MISSED'} (${checkRatio.toFixed(2)}x)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (require.main === module) void manyFilesBench();
