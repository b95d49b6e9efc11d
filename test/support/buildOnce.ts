// Builds something the tests need (the add-in bundle, the command, the preview) once per jest run, in the run's
// global setup (one process: no locks between workers). The output goes to a directory keyed by a hash of every
// input file, so a rerun with unchanged sources reuses it, a changed source rebuilds, and older outputs of the same
// kind are removed. The test files find the output through an environment variable the setup sets (jest starts its
// workers after the global setup, with its environment).
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface BuildSpec {
  /** Files and folders (relative to the repository) whose contents decide the output. */
  readonly inputs: ReadonlyArray<string>;
  /** Folder the output directories are made in, and the prefix of their names. */
  readonly parent: string;
  readonly prefix: string;
  /** Extra text that changes the output (a build option). */
  readonly salt?: string;
  /** Writes the output into `dir`; throws when the build fails. */
  build(dir: string): void;
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

function removeOlderBuilds(parent: string, prefix: string, keep: string): void {
  for (const name of fs.readdirSync(parent)) {
    const full = path.join(parent, name);
    if (name.startsWith(prefix) && full !== keep) fs.rmSync(full, { recursive: true, force: true });
  }
}

/** Builds the output for the current sources unless it is there already; returns its directory. */
export function buildFor(spec: BuildSpec): string {
  const dir = path.join(spec.parent, `${spec.prefix}${sourcesHash(spec.inputs, spec.salt ?? '')}`);
  const done = path.join(dir, '.build-complete');
  if (fs.existsSync(done)) return dir;
  fs.mkdirSync(spec.parent, { recursive: true });
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    spec.build(dir);
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`building ${spec.prefix}… failed:\n${err.stdout ?? ''}${err.stderr ?? ''}${err.message}`);
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(done, new Date().toISOString());
  removeOlderBuilds(spec.parent, spec.prefix, dir);
  return dir;
}

/** The directory the global setup put in `variable`; a clear error when the test runs outside its jest project. */
export function builtBy(variable: string, project: string): string {
  const dir = process.env[variable];
  if (!dir) throw new Error(`${variable} is not set: this test needs the "${project}" jest project's global setup (run it through jest, e.g. npx jest --selectProjects ${project}).`);
  return dir;
}
