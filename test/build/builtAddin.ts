// The production build of the add-in (`npm run build`) for every test file that needs the bundle, made once per jest
// run by the "addin" project's global setup (test/support/setupAddin.ts) in a temporary directory, so the
// developer's own dist/ is never touched by tests.
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as os from 'os';
import { ROOT, buildFor, builtBy } from '../support/buildOnce';

export { ROOT };
/** The production base URL the test build is given (the manifest's localhost URLs are rewritten to it). */
export const TEST_BASE_URL = 'https://addins.example.gov.cn/jl-subsidy/';
const VARIABLE = 'JL_TEST_ADDIN_DIR';

/** Builds the add-in for the current sources (or reuses that build) and tells the workers where it is. */
export function buildAddinForTests(): void {
  process.env[VARIABLE] = buildFor({
    inputs: ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'scripts/manifest-base-url.js', 'scripts/fill-descriptions.js', 'scripts/policy-data.js', 'tsconfig.json', 'package-lock.json'],
    parent: os.tmpdir(),
    // Each checkout builds its own (their node_modules may differ).
    prefix: `jl-addin-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}-`,
    salt: TEST_BASE_URL,
    build: (dir) =>
      execFileSync('npm', ['run', 'build', '--', '--env', `baseUrl=${TEST_BASE_URL}`, '--output-path', dir], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' }),
  });
}

/** The directory holding the production build of the current sources. */
export function builtAddin(): string {
  return builtBy(VARIABLE, 'addin');
}
