// Compiles the command (tsc -p tsconfig.node.json, as `npm run build:node` does) at most once per state of its
// sources, for every test file that runs it. Jest runs test files in parallel workers: the first to ask compiles
// while holding a lock directory, the others wait. The output goes under build/ (so that node_modules resolves) in
// a directory keyed by a hash of the sources, beside a copy of bin/jl-roster.js, so the real bin script is what runs.
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const INPUTS = ['src/policy', 'src/roster', 'src/cli', 'src/xlsx', 'bin/jl-roster.js', 'tsconfig.json', 'tsconfig.node.json'];
const WAIT_LIMIT_MS = 5 * 60_000;

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const PREFIX = 'test-cli-';

function removeOlderBuilds(keep: string): void {
  const parent = path.dirname(keep);
  for (const name of fs.readdirSync(parent)) {
    const full = path.join(parent, name);
    if (name.startsWith(PREFIX) && !name.endsWith('.lock') && full !== keep && !fs.existsSync(`${full}.lock`)) fs.rmSync(full, { recursive: true, force: true });
  }
}

let cached: string | undefined;

/** The path of bin/jl-roster.js in a compiled copy of the current sources. */
export function builtCli(): string {
  if (cached) return cached;
  const dir = path.join(ROOT, 'build', `${PREFIX}${sourcesHash()}`);
  const bin = path.join(dir, 'bin', 'jl-roster.js');
  const done = path.join(dir, '.complete');
  const lock = `${dir}.lock`;
  const started = Date.now();
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  while (!fs.existsSync(done)) {
    let mine = false;
    try {
      fs.mkdirSync(lock);
      mine = true;
    } catch {
      const stat = fs.statSync(lock, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > WAIT_LIMIT_MS) fs.rmSync(lock, { recursive: true, force: true });
    }
    if (mine) {
      try {
        const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
        execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.node.json'), '--outDir', path.join(dir, 'build')], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
        fs.mkdirSync(path.dirname(bin), { recursive: true });
        fs.copyFileSync(path.join(ROOT, 'bin', 'jl-roster.js'), bin);
        fs.writeFileSync(done, new Date().toISOString());
        removeOlderBuilds(dir);
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string; message: string };
        throw new Error(`compiling the command failed:\n${err.stdout ?? ''}${err.stderr ?? ''}${err.message}`);
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    } else {
      if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`gave up waiting for ${dir}`);
      sleep(200);
    }
  }
  cached = bin;
  return bin;
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `jl-roster ARGS` as a clerk would, in `cwd`, without a terminal (stdin closed, output captured). */
export function jlRoster(args: ReadonlyArray<string>, cwd: string = ROOT): Run {
  const run = spawnSync(process.execPath, [builtCli(), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
