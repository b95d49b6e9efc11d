// ESLint (flat config): TypeScript's recommended rules, the Office add-in rules of eslint-plugin-office-addins, and
// the layers of the project as import rules. Formatting is not linted (no prettier rule): the code's style is kept
// by review, and a formatter run over the tree would bury every real change in one diff.
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

/** Import patterns that leave a layer. Each path is matched against what the file imports (relative or not). */
const PROJECT_OUTSIDE_POLICY = ['**/roster', '**/roster/**', '**/cli', '**/cli/**', '**/xlsx', '**/xlsx/**', '**/taskpane', '**/taskpane/**', '**/functions', '**/functions/**'];
/** Node's own modules: what a browser (the web page and its worker) does not have. */
const NODE_MODULES = ['fs', 'fs/*', 'path', 'os', 'child_process', 'zlib', 'crypto', 'stream', 'node:*'];
const TEST_AND_TOOLS = ['**/test/**', '**/tools/**', '**/preview/**', '**/bench/**', '**/scripts/**'];
const OFFICE_GLOBALS = [
  { name: 'Excel', message: 'Only src/taskpane/excel/ (the adapter) talks to Excel; call the adapter instead.' },
  { name: 'Office', message: 'Only src/taskpane/excel/ (the adapter) talks to Office; call the adapter instead.' },
];

function layer(files, patterns, message, extra = {}) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
      ...extra,
    },
  };
}

module.exports = tseslint.config(
  {
    ignores: ['node_modules/', 'build/', 'dist/', 'dist-preview/', 'dist-web/', 'coverage/', 'test-results/', 'src/policy/**/*.data.ts', 'test/schemas/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The Office.js rules, where Office.js is called: the adapter, and the preview and benchmark that drive it.
    // (Elsewhere `load`/`sync` are ExcelJS or the in-memory host's own tests, which read unloaded properties on
    // purpose to see the host refuse them.)
    files: ['src/taskpane/excel/**/*.ts', 'preview/**/*.{ts,tsx}', 'bench/paneHost.bench.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // These sync once per block of cells, each block sized to stay under Excel's request limits (limits.ts,
    // blockPlan.ts): one sync per block is the design, not a per-cell round trip.
    files: ['src/taskpane/excel/{marks,readSheets,register,writeReport,hiddenRows}.ts'],
    rules: { 'office-addins/no-context-sync-in-loop': 'off' },
  },
  // The layers. src/policy is the rules and imports nothing of the project; src/roster reads only src/policy;
  // nothing in src/ imports tests, tools or the preview; only the adapter (src/taskpane/excel/) uses Excel/Office.
  layer(['src/**'], TEST_AND_TOOLS, 'Nothing under src/ imports tests, tools, the preview or the benchmarks.'),
  layer(['src/policy/**'], [...PROJECT_OUTSIDE_POLICY, ...TEST_AND_TOOLS], 'src/policy imports nothing else of the project: it is the rules, read by every other part.'),
  layer(['src/roster/**'], ['**/cli', '**/cli/**', '**/xlsx', '**/xlsx/**', '**/taskpane', '**/taskpane/**', '**/functions', '**/functions/**', ...TEST_AND_TOOLS], 'src/roster imports only src/policy: it is the engine shared by the pane, the command line and the web page.'),
  layer(['preview/**', 'bench/**', 'tools/**', 'scripts/**'], ['**/test/**'], 'The preview, benchmarks, tools and scripts use libraries (src/, tools/), never tests.'),
  // The check pipeline shared by jl-roster and the web page runs in a browser's worker: no Node API, nothing of the
  // command line, the pane or the page.
  layer(['src/check/**'], ['**/cli', '**/cli/**', '**/taskpane', '**/taskpane/**', '**/functions', '**/functions/**', '**/web', '**/web/**', '**/readWorkbook', '**/nodeInflate', ...NODE_MODULES, ...TEST_AND_TOOLS], 'src/check imports only src/policy, src/roster and src/xlsx\'s platform-neutral modules: it runs in jl-roster and in the web page\'s worker.'),
  // The web page (issue 13) reuses the pane's components, never its Excel adapter, and runs in a browser.
  layer(['src/web/**'], ['**/cli', '**/cli/**', '**/taskpane/excel', '**/taskpane/excel/**', '**/readWorkbook', '**/nodeInflate', ...NODE_MODULES, ...TEST_AND_TOOLS], 'src/web runs in a browser: it uses src/check, the engine and the pane\'s components, never the Excel adapter, the command line or Node.'),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/excel/**', 'src/functions/**'],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    // Tests may use require() for JSON and shims, and any for fixtures typed loosely on purpose.
    files: ['test/**', 'tools/**', 'bench/**', 'preview/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
