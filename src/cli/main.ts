import type { Lang, Text } from '../policy';
import { maskPersonal, pick, text, todaySerial } from '../policy';
import { toJsonReport } from '../roster';
import { annotatedWorkbookBytes, checkInputs } from '../check';
import type { ValidateCommand } from './args';
import { parseArgs } from './args';
import type { TextOut } from './clerkOutput';
import { clerkOutput } from './clerkOutput';
import { inputFiles } from './inputFiles';
import { fileSize, filesOnDisk, loadInputs } from './loadInputs';
import { outputProblem, realPathOf } from './outputGuard';
import { progressOn } from './progress';
import { registryInputProblem } from './registryInputs';
import { readingsList } from './readingsList';
import { terminalReport } from './terminalReport';
import { usageText } from './usage';
import { FileWriteError, removeUnfinishedSync, writeFileAtomic } from './writeFileAtomic';

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

/** The streams as the run writes to them: masked, and quiet once closed (see clerkOutput). */
interface RunIo {
  readonly stdout: TextOut;
  readonly stderr: TextOut;
}

function complain(io: RunIo, message: Text, lang: Lang): void {
  io.stderr.write(`jl-roster${lang === 'zh' ? '：' : ': '}${pick(message, lang)}\n`);
}

async function validate(cmd: ValidateCommand, io: RunIo): Promise<number> {
  const given = inputFiles(cmd.files, cmd.history);
  if (given.problem) {
    complain(io, given.problem, cmd.lang);
    return EXIT_CANNOT_READ;
  }
  for (const note of given.repeated) complain(io, note, cmd.lang);
  const listProblem = registryInputProblem(given.files, cmd.registry, cmd.deceased);
  if (listProblem) {
    complain(io, listProblem, cmd.lang);
    return EXIT_CANNOT_READ;
  }
  const inputs = [...given.files, ...given.history, ...cmd.registry, ...cmd.deceased];
  if (cmd.out !== undefined) {
    const problem = outputProblem(cmd.out, inputs, cmd.force);
    if (problem) {
      complain(io, problem, cmd.lang);
      return EXIT_CANNOT_READ;
    }
  }

  const sizes = new Map<string, number>();
  for (const file of inputs) sizes.set(file, await fileSize(file));
  const progress = progressOn(io.stderr, cmd.lang, Math.max(0, ...sizes.values()));
  const reading = async (file: string) => progress.reading(file, sizes.get(file) ?? 0);
  const loaded = await loadInputs(
    [...filesOnDisk(given.files, 'roster'), ...filesOnDisk(given.history, 'paid'), ...filesOnDisk(cmd.registry, 'registry'), ...filesOnDisk(cmd.deceased, 'deceased')],
    reading,
  );
  for (const note of loaded.skipped) complain(io, note, cmd.lang);
  // One unreadable file does not stop the others: the readable ones are checked, the unreadable ones listed after.
  const failures = loaded.failures;
  const unreadable = () => {
    for (const failure of failures) complain(io, failure.messageText, cmd.lang);
  };
  if (failures.length > 0 && loaded.grids.roster.length === 0) {
    progress.done();
    unreadable();
    return EXIT_CANNOT_READ;
  }

  const asOf = cmd.asOf?.serial ?? todaySerial();
  // The same check as the web page's (src/check): what is set aside is said before the check runs.
  const checked = checkInputs(loaded, {
    asOf,
    kind: cmd.kind,
    readings: cmd.readings,
    onProgress: (p) => progress.checking(p),
    onSetAside: (lines) => {
      for (const line of lines) complain(io, line, cmd.lang);
    },
  });
  const { report } = checked;
  progress.done();

  if (cmd.json) {
    io.stdout.write(`${JSON.stringify(toJsonReport(report, cmd.lang))}\n`);
    // The JSON object is a contract of two keys; what the run says once goes beside it.
    for (const note of report.notes) complain(io, note, cmd.lang);
  } else io.stdout.write(terminalReport(report, cmd.lang, asOf));

  if (cmd.out !== undefined) {
    const bytes = await annotatedWorkbookBytes(checked, cmd.lang);
    try {
      // Through a symbolic link, the file it points to is replaced and the link stays.
      await writeFileAtomic(realPathOf(cmd.out), bytes);
    } catch (error) {
      if (!(error instanceof FileWriteError)) throw error;
      complain(io, error.messageText, cmd.lang);
      return EXIT_CANNOT_READ;
    }
    // With --json, stdout carries the JSON object alone.
    (cmd.json ? io.stderr : io.stdout).write(cmd.lang === 'zh' ? `报告已写入 ${cmd.out}\n` : `report written to ${cmd.out}\n`);
  }
  unreadable();
  if (failures.length > 0) return EXIT_CANNOT_READ;
  return report.summary.errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}

/** The first line of an unexpected error, masked: all the clerk sees of a bug (JL_ROSTER_DEBUG=1 adds the stack). */
function internalError(error: unknown): Text {
  const why = maskPersonal((error instanceof Error ? error.message : String(error)).split('\n')[0]);
  return text(`内部错误：${why}。请把这条信息和所用命令告诉维护人员`, `internal error: ${why}. Please report this message and the command used`);
}

async function run(args: ReturnType<typeof parseArgs>, io: RunIo): Promise<number> {
  switch (args.command) {
    case 'help':
      io.stdout.write(`${usageText(args.lang)}\n`);
      return EXIT_OK;
    case 'readings':
      io.stdout.write(readingsList(args.lang, todaySerial()));
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
        complain(io, internalError(error), args.lang);
        if (process.env.JL_ROSTER_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
        return EXIT_CANNOT_READ;
      }
  }
}

export async function main(argv: ReadonlyArray<string>, io: Io = process): Promise<number> {
  const args = parseArgs(argv);
  const stdout = clerkOutput(io.stdout);
  const stderr = clerkOutput(io.stderr);
  const code = await run(args, { stdout, stderr });
  // A stream's write error is reported on a later turn of the event loop: let it arrive before asking.
  await new Promise((settled) => setImmediate(settled));
  // A closed pipe is the reader's choice and ends output quietly; stdout into a full disk is a failure to say.
  const failure = stdout.failure();
  if (failure === undefined) return code;
  complain({ stdout, stderr }, text(`无法写出到标准输出（${failure}），输出不完整`, `cannot write to standard output (${failure}); the output is incomplete`), args.lang);
  return Math.max(code, EXIT_CANNOT_READ);
}

/** The exit codes of a run stopped by a signal: 128 + the signal's number, as shells report it. */
const SIGNAL_EXIT: ReadonlyArray<[NodeJS.Signals, number]> = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];

/** The last resort for what escapes every other handler: one line, both languages, Chinese first; never a stack. */
function lastResort(error: unknown): void {
  try {
    const message = internalError(error);
    process.stderr.write(`jl-roster：${message.zh}\njl-roster: ${message.en}\n`);
  } catch {
    // stderr itself is gone: nothing left to tell.
  }
  removeUnfinishedSync();
  process.exit(EXIT_CANNOT_READ);
}

/** `jl-roster ARGS` from bin/jl-roster.js: the run, with handlers so that no error or signal leaves a trace or a temp file. */
export function runFromCommandLine(argv: ReadonlyArray<string>): void {
  process.on('uncaughtException', lastResort);
  process.on('unhandledRejection', lastResort);
  for (const [signal, exitCode] of SIGNAL_EXIT) {
    process.on(signal, () => {
      removeUnfinishedSync();
      process.exit(exitCode);
    });
  }
  main(argv).then((code) => {
    process.exitCode = code;
  }, lastResort);
}

if (require.main === module) runFromCommandLine(process.argv.slice(2));
