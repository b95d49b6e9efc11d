// Builds something the tests need (the add-in bundle, the command, the preview) at most once per state of its
// sources. Jest runs test files in parallel workers: the first to ask builds while holding a lock directory, the
// others wait for it. The output goes to a directory keyed by a hash of every input file, so a rerun with
// unchanged sources reuses it, a changed source rebuilds, and older outputs of the same kind are removed.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface BuildOnce {
  /** Files and folders (relative to the repository) whose contents decide the output. */
  readonly inputs: ReadonlyArray<string>;
  /** Folder the output directories are made in, and the prefix of their names. */
  readonly parent: string;
  readonly prefix: string;
  /** Extra text that changes the output (a build option). */
  readonly salt?: string;
  /** Writes the output into `dir`; throws when the build fails. */
  build(dir: string): void;
  readonly waitLimitMs?: number;
}

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

function sourcesHash(inputs: ReadonlyArray<string>, salt: string): string {
  const hash = createHash('sha256');
  hash.update(salt);
  for (const file of inputs.flatMap(filesUnder)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 20);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function removeOlderBuilds(parent: string, prefix: string, keep: string): void {
  for (const name of fs.readdirSync(parent)) {
    const full = path.join(parent, name);
    if (name.startsWith(prefix) && !name.endsWith('.lock') && full !== keep && !fs.existsSync(`${full}.lock`)) {
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

const built = new Map<string, string>();

/** The directory holding the output for the current sources, built now if need be. */
export function buildOnce(spec: BuildOnce): string {
  const dir = path.join(spec.parent, `${spec.prefix}${sourcesHash(spec.inputs, spec.salt ?? '')}`);
  const known = built.get(dir);
  if (known) return known;
  const waitLimit = spec.waitLimitMs ?? 10 * 60_000;
  const done = path.join(dir, '.build-complete');
  const lock = `${dir}.lock`;
  const started = Date.now();
  fs.mkdirSync(spec.parent, { recursive: true });
  while (!fs.existsSync(done)) {
    let mine = false;
    try {
      fs.mkdirSync(lock);
      mine = true;
    } catch {
      // another worker is building; a lock left by a killed run goes stale
      const lockStat = fs.statSync(lock, { throwIfNoEntry: false });
      if (lockStat && Date.now() - lockStat.mtimeMs > waitLimit) fs.rmSync(lock, { recursive: true, force: true });
    }
    if (mine) {
      try {
        spec.build(dir);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(done, new Date().toISOString());
        removeOlderBuilds(spec.parent, spec.prefix, dir);
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string; message: string };
        throw new Error(`building ${spec.prefix}… failed:\n${err.stdout ?? ''}${err.stderr ?? ''}${err.message}`);
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    } else {
      if (Date.now() - started > waitLimit) throw new Error(`gave up waiting for the build in ${dir}`);
      sleep(250);
    }
  }
  built.set(dir, dir);
  return dir;
}
