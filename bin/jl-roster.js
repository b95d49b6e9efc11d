#!/usr/bin/env node
'use strict';
// The command is compiled from src/cli by `npm run build:node` (also run by `npm ci` through "prepare").
let cli;
try {
  cli = require('../build/cli/main.js');
} catch (error) {
  const notBuilt = error && error.code === 'MODULE_NOT_FOUND' && /build[\\/]cli[\\/]main/.test(String(error.message));
  // Never a stack trace for the clerk: one line in both languages, Chinese first.
  process.stderr.write(
    notBuilt
      ? 'jl-roster：尚未编译，请先运行 npm run build:node / not built yet: run npm run build:node first\n'
      : `jl-roster：程序文件损坏，请重新安装（${error && error.code ? error.code : 'load error'}）/ the program files are damaged: reinstall\n`,
  );
  process.exit(2);
}
cli.runFromCommandLine(process.argv.slice(2));
