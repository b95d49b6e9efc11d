// Issue 9, as a tester tried it: kill -9 during --out, two runs writing one report, a full disk, `| head -1`, --out
// over a file that is not ours, and a cell longer than Excel allows. The real command runs as a child process.
import { spawn, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { builtCli, jlRoster } from './builtCli';
import { EMPLOY_HEADER, employRow, setRow, validId } from './fixtures';
import { sha256, STACK_LINE, tempFolder } from './files';

jest.setTimeout(240_000);

const folder = tempFolder('safety');
afterAll(folder.remove);
const file = (name: string) => path.join(folder.dir, name);

const ROSTER = file('花名册.xlsx');
const PERSONS = 1500;
const LONG_REMARK = '很长的备注'.repeat(8000);
const AS_OF = ['--as-of', '2022-12-31'];

/** A wrong check character: the valid one's neighbour in 0-9. */
function wrongCheck(n: number): string {
  const id = validId(n);
  const last = id.slice(-1);
  return id.slice(0, 17) + (last === '9' || last === 'X' ? '0' : String(Number(last) + 1));
}

beforeAll(async () => {
  builtCli();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.getCell('A1').value = '汪清县2022年一次性吸纳就业补贴花名册';
  ws.getRow(2).values = [...EMPLOY_HEADER, '备注'];
  // Every person with a wrong check character: a finding each, so the terminal report is far longer than a pipe holds.
  for (let n = 1; n <= PERSONS; n++) setRow(ws, 2 + n, [...employRow(n, { id: { value: wrongCheck(n), numFmt: '@' } }), n === 1 ? LONG_REMARK : '']);
  await wb.xlsx.writeFile(ROSTER);
});

/** A complete report of ours: a zip that opens, with the workbook part and the marker in its document properties. */
async function isCompleteReport(target: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(fs.readFileSync(target));
    const core = await zip.file('docProps/core.xml')?.async('string');
    return zip.file('xl/workbook.xml') !== null && Boolean(core?.includes('jl-roster-report'));
  } catch {
    return false;
  }
}

const temps = () => fs.readdirSync(folder.dir).filter((n) => n.includes('jl-roster-tmp'));

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command; kills it with SIGKILL after `killAfterMs`, or (`killWhenWriting`) the instant a file named after
 * that target appears in the folder: the report itself or a temporary file beside it, i.e. in the middle of the write.
 */
function start(args: ReadonlyArray<string>, killAfterMs?: number, killWhenWriting?: string): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [builtCli(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const watcher = killWhenWriting
      ? fs.watch(path.dirname(killWhenWriting), (_, name) => {
          const seen = name ? path.join(path.dirname(killWhenWriting), name) : '';
          if (name?.includes(path.basename(killWhenWriting)) && fs.existsSync(seen) && fs.statSync(seen).mtimeMs >= started) child.kill('SIGKILL');
        })
      : undefined;
    const started = Date.now() - 1000;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      watcher?.close();
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('--out and a closed pipe', () => {
  it('`| head -1` prints one line, writes the whole report and exits 1 (errors found) without a stack trace', async () => {
    const out = file('piped.xlsx');
    const run = spawnSync('bash', ['-c', `"$0" "$1" validate "$2" --as-of 2022-12-31 --out "$3" | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`, process.execPath, builtCli(), ROSTER, out], {
      encoding: 'utf8',
    });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stdout).toContain('校验结果');
    expect(run.stderr).toContain('exit=1');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain('EPIPE');
    expect(await isCompleteReport(out)).toBe(true);
  });

  it('--json into a reader that is already gone (`| true`) ends quietly with the same exit code', async () => {
    const out = file('gone.xlsx');
    const run = spawnSync('bash', ['-c', `"$0" "$1" validate "$2" --as-of 2022-12-31 --json --out "$3" | true; echo "exit=\${PIPESTATUS[0]}" >&2`, process.execPath, builtCli(), ROSTER, out], {
      encoding: 'utf8',
    });
    expect(run.stderr).toContain('exit=1');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(await isCompleteReport(out)).toBe(true);
  });
  (fs.existsSync('/dev/full') ? it : it.skip)('stdout into a full disk (/dev/full) is said, exit 2, not passed over in silence', () => {
    const run = spawnSync('bash', ['-c', `"$0" "$1" validate "$2" --as-of 2022-12-31 --json > /dev/full`, process.execPath, builtCli(), ROSTER], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无法写出到标准输出（ENOSPC）');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('--out written atomically', () => {
  it('kill -9 at any moment leaves the previous report or the complete new one, never a broken file', async () => {
    const out = file('killed.xlsx');
    const t0 = Date.now();
    const first = await start(['validate', ROSTER, ...AS_OF, '--out', out]);
    const whole = Date.now() - t0;
    expect(first.code).toBe(1);
    const killedMidway: number[] = [];
    for (let trial = 0; trial < 8; trial++) {
      const before = sha256(out);
      const delay = Math.round(whole * (0.45 + trial * 0.08));
      const run = await start(['validate', ROSTER, ...AS_OF, '--out', out, '--lang', trial % 2 ? 'en' : 'zh'], delay);
      if (run.signal === 'SIGKILL') killedMidway.push(delay);
      expect([trial, sha256(out) === before || (await isCompleteReport(out))]).toEqual([trial, true]);
      expect(await isCompleteReport(out)).toBe(true);
    }
    expect(killedMidway.length).toBeGreaterThan(0);
    // And killed in the middle of the write itself, the moment its file appears.
    for (let trial = 0; trial < 3; trial++) {
      const before = sha256(out);
      const run = await start(['validate', ROSTER, ...AS_OF, '--out', out, '--lang', 'en'], undefined, out);
      expect(run.signal).toBe('SIGKILL');
      expect(sha256(out) === before || (await isCompleteReport(out))).toBe(true);
      expect(await isCompleteReport(out)).toBe(true);
    }
    // A later run removes what the killed ones left behind.
    expect((await start(['validate', ROSTER, ...AS_OF, '--out', out])).code).toBe(1);
    expect(temps()).toEqual([]);
  });

  it('two runs writing one report at once leave one complete report, of one of them', async () => {
    const out = file('shared.xlsx');
    for (let trial = 0; trial < 3; trial++) {
      const runs = await Promise.all([start(['validate', ROSTER, ...AS_OF, '--out', out, '--force']), start(['validate', ROSTER, ...AS_OF, '--out', out, '--force', '--lang', 'en'])]);
      expect(runs.map((r) => r.code)).toEqual([1, 1]);
      expect(await isCompleteReport(out)).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(['花名册校验报告', 'Roster check report']).toContain(wb.worksheets[0].getCell('A1').text);
    }
    expect(temps()).toEqual([]);
  });

  it('replaces a report of its own without --force, refuses another file without it, and an input even with it', () => {
    const own = file('own.xlsx');
    expect(jlRoster(['validate', ROSTER, ...AS_OF, '--out', own]).code).toBe(1);
    const again = jlRoster(['validate', ROSTER, ...AS_OF, '--out', own]);
    expect([again.code, again.stdout]).toEqual([1, expect.stringContaining(`报告已写入 ${own}`)]);

    const foreign = file('另一县花名册.xlsx');
    fs.copyFileSync(ROSTER, foreign);
    const refused = jlRoster(['validate', ROSTER, ...AS_OF, '--out', foreign]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(sha256(foreign)).toBe(sha256(ROSTER));
    expect(jlRoster(['validate', ROSTER, ...AS_OF, '--out', foreign, '--force']).code).toBe(1);

    const before = sha256(ROSTER);
    const input = jlRoster(['validate', ROSTER, ...AS_OF, '--out', ROSTER, '--force']);
    expect([input.code, input.stderr]).toEqual([2, expect.stringContaining('不能覆盖输入文件')]);
    expect(sha256(ROSTER)).toBe(before);
  });
});

describe('report cells within Excel limits', () => {
  it('cuts a value longer than 32,767 characters, with a visible mark', async () => {
    const out = file('long.xlsx');
    expect(jlRoster(['validate', ROSTER, ...AS_OF, '--out', out]).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const copy = wb.getWorksheet('花名册')!;
    const remark = String(copy.getCell(3, EMPLOY_HEADER.length + 1).value);
    expect(LONG_REMARK.length).toBeGreaterThan(32767);
    expect(remark.length).toBeLessThanOrEqual(32767);
    expect(remark.length).toBeGreaterThan(32700);
    expect(remark).toContain('已截断');
    expect(LONG_REMARK.startsWith(remark.slice(0, 32700))).toBe(true);
  });
});

/** A 64 KiB tmpfs, as root where mounts are allowed (not in CI's container): the only honest full disk. */
function tinyDisk(): string | undefined {
  const dir = file('tiny');
  fs.mkdirSync(dir);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  return mounted.status === 0 ? dir : undefined;
}

describe('a full disk', () => {
  const disk = process.getuid?.() === 0 ? tinyDisk() : undefined;
  afterAll(() => {
    if (disk) spawnSync('umount', [disk]);
  });
  (disk ? it : it.skip)('says the disk is full, naming the file, and leaves the previous file and no temporary file', () => {
    const out = path.join(disk!, 'report.xlsx');
    fs.writeFileSync(out, 'the previous file');
    const run = jlRoster(['validate', ROSTER, ...AS_OF, '--out', out, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`无法写入 ${out}：磁盘空间不足（ENOSPC）`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(fs.readFileSync(out, 'utf8')).toBe('the previous file');
    expect(fs.readdirSync(disk!)).toEqual(['report.xlsx']);
  });
});
