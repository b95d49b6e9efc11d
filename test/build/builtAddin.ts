// Runs `npm run build` at most once per state of the sources, for every test file that needs the bundle.
// Jest runs test files in parallel workers, so the first one to ask builds (holding a lock directory) and the
// others wait for it. The output goes to a temporary directory keyed by a hash of everything the build reads, so a
// rerun with unchanged sources reuses it and the developer's own dist/ is never touched by tests.
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The production base URL the test build is given (the manifest's localhost URLs are rewritten to it). */
export const TEST_BASE_URL = 'https://addins.example.gov.cn/jl-subsidy/';

const BUILD_INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'scripts/manifest-base-url.js', 'tsconfig.json', 'package-lock.json'];
const WAIT_LIMIT_MS = 10 * 60_000;

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
  hash.update(TEST_BASE_URL);
  for (const file of BUILD_INPUTS.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 20);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Each checkout builds its own (their node_modules may differ) and keeps only its newest build.
const CHECKOUT_PREFIX = `jl-addin-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}-`;

function removeOlderBuilds(keep: string): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const full = path.join(os.tmpdir(), name);
    if (name.startsWith(CHECKOUT_PREFIX) && !name.endsWith('.lock') && full !== keep && !fs.existsSync(`${full}.lock`)) {
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

let cached: string | undefined;

/** The directory holding the production build of the current sources (built now if need be). */
export function builtAddin(): string {
  if (cached) return cached;
  const outDir = path.join(os.tmpdir(), `${CHECKOUT_PREFIX}${sourcesHash()}`);
  const done = path.join(outDir, '.build-complete');
  const lock = `${outDir}.lock`;
  const started = Date.now();
  while (!fs.existsSync(done)) {
    let mine = false;
    try {
      fs.mkdirSync(lock);
      mine = true;
    } catch {
      // another worker is building; a lock left by a killed run goes stale
      const lockStat = fs.statSync(lock, { throwIfNoEntry: false });
      if (lockStat && Date.now() - lockStat.mtimeMs > WAIT_LIMIT_MS) fs.rmSync(lock, { recursive: true, force: true });
    }
    if (mine) {
      try {
        execFileSync('npm', ['run', 'build', '--', '--env', `baseUrl=${TEST_BASE_URL}`, '--output-path', outDir], {
          cwd: ROOT,
          stdio: 'pipe',
          encoding: 'utf8',
        });
        fs.writeFileSync(done, new Date().toISOString());
        removeOlderBuilds(outDir);
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string; message: string };
        throw new Error(`npm run build failed:\n${err.stdout ?? ''}${err.stderr ?? ''}${err.message}`);
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    } else {
      if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`gave up waiting for the build in ${outDir}`);
      sleep(250);
    }
  }
  cached = outDir;
  return outDir;
}
