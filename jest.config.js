// Four projects, one per kind of test, so that each tier can run alone:
//   unit     the rules, the roster engine, the functions' dispatcher and metadata, the web page's pure parts, the in-memory Excel host and the
//            pane's adapter over it: no build, no browser, no child process (npm run test:unit)
//   cli      the jl-roster command, compiled once a run (global setup)
//   addin    the production bundle, the manifest and the registered functions, built once a run (global setup)
//   browser  the preview in Debian's Chromium (skipped, with one line, when Chromium is missing)
// `npm test` runs all four.
/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'CommonJS', moduleResolution: 'Node', jsx: 'react-jsx', esModuleInterop: true, isolatedModules: true, resolveJsonModule: true } }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/shims/office-addin-manifest.js',
  },
};

const tests = (...folders) => folders.map((folder) => `<rootDir>/test/${folder}/**/*.test.ts?(x)`);

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: tests('policy', 'roster', 'functions', 'excel-host', 'taskpane', 'web', 'tree') },
    { ...common, displayName: 'cli', testMatch: tests('cli'), globalSetup: '<rootDir>/test/support/setupCli.ts' },
    { ...common, displayName: 'addin', testMatch: tests('build', 'manifest'), globalSetup: '<rootDir>/test/support/setupAddin.ts' },
    { ...common, displayName: 'browser', testMatch: tests('e2e'), globalSetup: '<rootDir>/test/support/setupBrowser.ts' },
  ],
};
