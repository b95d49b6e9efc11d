import type { Lang, Text } from '../policy';
import { pick, text, todaySerial } from '../policy';
import { reportTable, toJsonReport, validateRosters } from '../roster';
import { withoutHouseholdHeadColumns, withReadFindings, withWithdrawnRowsSetAside, writeReportWorkbook } from '../xlsx';
import type { ValidateCommand } from './args';
import { parseArgs } from './args';
import { inputFiles } from './inputFiles';
import { fileSize, loadInputs } from './loadInputs';
import { outputProblem } from './outputGuard';
import { setAsideNonRosterSheets } from './nonRosterSheets';
import { progressOn } from './progress';
import { terminalReport } from './terminalReport';
import { usageText } from './usage';

/**
 * Exit codes of the contract: 0 no errors, 1 errors found (every file read), 2 a file could not be read (the readable
 * ones are still checked and reported) or the command is misused.
 */
export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_CANNOT_READ = 2;

export interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

function complain(io: Io, message: Text, lang: Lang): void {
  io.stderr.write(`jl-roster${lang === 'zh' ? '：' : ': '}${pick(message, lang)}\n`);
}

async function validate(cmd: ValidateCommand, io: Io): Promise<number> {
  const given = inputFiles(cmd.files, cmd.history);
  if (given.problem) {
    complain(io, given.problem, cmd.lang);
    return EXIT_CANNOT_READ;
  }
  for (const note of given.repeated) complain(io, note, cmd.lang);
  const inputs = [...given.files, ...given.history];
  if (cmd.out !== undefined) {
    const problem = outputProblem(cmd.out, inputs);
    if (problem) {
      complain(io, problem, cmd.lang);
      return EXIT_CANNOT_READ;
    }
  }

  const sizes = new Map<string, number>();
  for (const file of inputs) sizes.set(file, await fileSize(file));
  const progress = progressOn(io.stderr, cmd.lang, Math.max(0, ...sizes.values()));
  const loaded = await loadInputs(given.files, given.history, async (file) => progress.reading(file, sizes.get(file) ?? 0));
  for (const note of loaded.skipped) complain(io, note, cmd.lang);
  // One unreadable file does not stop the others: the readable ones are checked, the unreadable ones listed after.
  const unreadable = () => {
    for (const failure of loaded.failures) complain(io, failure.messageText, cmd.lang);
  };
  if (loaded.failures.length > 0 && loaded.rosters.length === 0) {
    progress.done();
    unreadable();
    return EXIT_CANNOT_READ;
  }

  const sheets = setAsideNonRosterSheets(loaded.rosters);
  for (const line of sheets.setAside) complain(io, line, cmd.lang);
  const notes = [...loaded.notes];
  // What the engine checks: withdrawn rows left out, the household head's columns not taken for the person's.
  const toCheck = sheets.rosters.map((g) => withoutHouseholdHeadColumns(withWithdrawnRowsSetAside(g, loaded.struckRows.get(g) ?? new Set(), notes)));
  const asOf = cmd.asOf?.serial ?? todaySerial();
  const checked = validateRosters(toCheck, { asOf, kind: cmd.kind, history: loaded.history, onProgress: (p) => progress.checking(p) });
  const report = withReadFindings(checked, notes);
  progress.done();

  if (cmd.json) io.stdout.write(`${JSON.stringify(toJsonReport(report, cmd.lang))}\n`);
  else io.stdout.write(terminalReport(report, cmd.lang, asOf));

  if (cmd.out !== undefined) {
    try {
      await writeReportWorkbook(cmd.out, { rosters: sheets.rosters, findings: report.findings, table: reportTable(report, cmd.lang), sheets: report.sheets, lang: cmd.lang });
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      complain(io, text(`无法写出报告 ${cmd.out}：${why}`, `cannot write the report ${cmd.out}: ${why}`), cmd.lang);
      return EXIT_CANNOT_READ;
    }
    // With --json, stdout carries the JSON object alone.
    (cmd.json ? io.stderr : io.stdout).write(cmd.lang === 'zh' ? `报告已写入 ${cmd.out}\n` : `report written to ${cmd.out}\n`);
  }
  unreadable();
  if (loaded.failures.length > 0) return EXIT_CANNOT_READ;
  return report.summary.errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}

export async function main(argv: ReadonlyArray<string>, io: Io = process): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.stdout.write(`${usageText(args.lang)}\n`);
      return EXIT_OK;
    case 'usage_error':
      complain(io, args.problem, args.lang);
      io.stderr.write(`\n${usageText(args.lang)}\n`);
      return EXIT_CANNOT_READ;
    case 'validate':
      try {
        return await validate(args, io);
      } catch (error) {
        // A bug must still end in a message and a contract exit code, never in a stack trace for the clerk.
        const why = error instanceof Error ? error.message : String(error);
        complain(io, text(`内部错误：${why}`, `internal error: ${why}`), args.lang);
        if (process.env.JL_ROSTER_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
        return EXIT_CANNOT_READ;
      }
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_CANNOT_READ;
    },
  );
}
