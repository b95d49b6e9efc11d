// Compiles the command (tsc -p tsconfig.node.json, as `npm run build:node` does) once per jest run, in the global
// setup of the projects that run it (test/support/setupCli.ts), beside a copy of bin/jl-roster.js, so the real bin
// script is what runs.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, buildFor, builtBy } from '../support/buildOnce';

export { ROOT };
const VARIABLE = 'JL_TEST_CLI';

/** Compiles the command for the current sources (or reuses that build) and tells the workers where it is. */
export function buildCliForTests(): void {
  const dir = buildFor({
    inputs: ['src/policy', 'src/roster', 'src/check', 'src/cli', 'src/xlsx', 'bin/jl-roster.js', 'tsconfig.json', 'tsconfig.node.json', 'package-lock.json'],
    // Under build/, so that node_modules resolves from the compiled files.
    parent: path.join(ROOT, 'build'),
    prefix: 'test-cli-',
    build: (out) => {
      const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.node.json'), '--outDir', path.join(out, 'build')], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
      fs.mkdirSync(path.join(out, 'bin'), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'bin', 'jl-roster.js'), path.join(out, 'bin', 'jl-roster.js'));
    },
  });
  process.env[VARIABLE] = path.join(dir, 'bin', 'jl-roster.js');
}

/** The path of bin/jl-roster.js in a compiled copy of the current sources. */
export function builtCli(): string {
  return builtBy(VARIABLE, 'cli');
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
