#!/usr/bin/env node
'use strict';
// The command is compiled from src/cli by `npm run build:node` (also run by `npm ci` through "prepare").
let cli;
try {
  cli = require('../build/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /build[\\/]cli[\\/]main/.test(String(error.message))) {
    process.stderr.write('jl-roster：尚未编译，请先运行 npm run build:node / not built yet: run npm run build:node first\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
