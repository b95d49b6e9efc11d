#!/usr/bin/env node
'use strict';
// `npm run demo`: jl-roster on the sample rosters with the paid register as history, the poverty-monitoring system's
// exports of four counties as --registry and the death list as --deceased. The samples hold planted
// errors, so the command's exit code 1 ("errors found") is the expected outcome here, not a failure of the demo.
const { spawnSync } = require('child_process');
const { join } = require('path');

const root = join(__dirname, '..');
const samples = (f) => join('assets', 'samples', f);
const args = [
  join(root, 'bin', 'jl-roster.js'),
  'validate',
  samples('employ-wangqing-2022.xlsx'),
  samples('employ-antu-2022.xlsx'),
  samples('travel-helong-2022.xlsx'),
  samples('welfare-tumen-2022.xlsx'),
  samples('production-2022.xlsx'),
  samples('unsalable-2022.xlsx'),
  '--history',
  samples('paid-register.xlsx'),
  ...['wangqing', 'antu', 'helong', 'tumen'].flatMap((county) => ['--registry', samples(`registry-${county}-2022.xlsx`)]),
  '--deceased',
  samples('deceased-2022.xlsx'),
  '--as-of',
  '2022-12-31',
  '--out',
  join('build', 'demo-report.xlsx'),
  ...process.argv.slice(2),
];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exitCode = run.status === 1 ? 0 : run.status ?? 2;
