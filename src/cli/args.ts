import type { Lang, ReadingValues, Text } from '../policy';
import { DEFAULT_READINGS, isoToSerial, pick, text, withReading } from '../policy';
import type { RosterKind } from '../roster';
import { SHIPPED_KINDS } from '../roster';

/** --kind takes the id of a shipped roster kind spec. */
export const ROSTER_KINDS: ReadonlyArray<RosterKind> = SHIPPED_KINDS;

export interface ValidateCommand {
  readonly command: 'validate';
  readonly files: ReadonlyArray<string>;
  readonly kind?: RosterKind;
  readonly history: ReadonlyArray<string>;
  /** Exports of the poverty-monitoring system (--registry, repeatable) and death lists (--deceased, repeatable). */
  readonly registry: ReadonlyArray<string>;
  readonly deceased: ReadonlyArray<string>;
  /** YYYY-MM-DD as given, and its serial; undefined: today. */
  readonly asOf?: { readonly iso: string; readonly serial: number };
  readonly json: boolean;
  readonly out?: string;
  /** --force: --out may replace an existing file that is not a report of ours (never an input). */
  readonly force: boolean;
  readonly lang: Lang;
  /** The shipped readings with those given by `--reading id=option`. */
  readonly readings: ReadingValues;
}

export type ParsedArgs =
  | ValidateCommand
  | { readonly command: 'help'; readonly lang: Lang }
  | { readonly command: 'readings'; readonly lang: Lang }
  | { readonly command: 'usage_error'; readonly problem: Text; readonly lang: Lang };

const VALUE_OPTIONS = new Set(['--kind', '--history', '--registry', '--deceased', '--as-of', '--out', '--lang', '--reading']);
const FLAG_OPTIONS = new Set(['--json', '--force', '--help', '-h']);

function usageError(problem: Text, lang: Lang): ParsedArgs {
  return { command: 'usage_error', problem, lang };
}

/** The language is read first, so that every other complaint is already in the clerk's language. */
function langOf(argv: ReadonlyArray<string>): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v === 'zh' || v === 'en') return v;
  }
  return undefined;
}

/** `jl-roster validate FILE... [--kind K] [--history FILE]... [--registry FILE]... [--deceased FILE]... [--as-of YYYY-MM-DD] [--json] [--out REPORT.xlsx [--force]] [--lang zh|en]` */
export function parseArgs(argv: ReadonlyArray<string>): ParsedArgs {
  const lang: Lang = langOf(argv) ?? 'zh';
  if (argv.some((a) => a === '--help' || a === '-h')) return { command: 'help', lang };
  // --lang may come before the command too: `jl-roster --lang en validate a.xlsx`.
  let first = 0;
  while (argv[first] === '--lang' || argv[first]?.startsWith('--lang=')) first += argv[first] === '--lang' ? 2 : 1;
  const command = argv[first];
  if (command === undefined) return usageError(text('缺少命令', 'no command given'), lang);
  if (command === 'help') return { command: 'help', lang };
  if (command === 'readings') return { command: 'readings', lang };
  if (command !== 'validate') {
    return usageError(text(`未知命令“${command}”（可用 validate、readings）`, `unknown command "${command}" (validate or readings)`), lang);
  }

  const files: string[] = [];
  const history: string[] = [];
  const registry: string[] = [];
  const deceased: string[] = [];
  let kind: RosterKind | undefined;
  let asOf: ValidateCommand['asOf'];
  let json = false;
  let force = false;
  let out: string | undefined;
  let readings = DEFAULT_READINGS;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    if (i === first) continue;
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) return usageError(text(`${name} 不带值`, `${name} takes no value`), lang);
      if (name === '--json') json = true;
      if (name === '--force') force = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) return usageError(text(`未知选项 ${name}`, `unknown option ${name}`), lang);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    // An option right after an option that needs a value means the value was forgotten (use --out=--x for such a name).
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') return usageError(text(`${name} 缺少值`, `${name} needs a value`), lang);

    switch (name) {
      case '--kind':
        if (!(ROSTER_KINDS as ReadonlyArray<string>).includes(value)) {
          return usageError(text(`--kind 的值“${value}”无效，可用：${ROSTER_KINDS.join('、')}`, `--kind "${value}" is not one of ${ROSTER_KINDS.join(', ')}`), lang);
        }
        if (kind !== undefined && kind !== value) return usageError(text('--kind 只能给一次', '--kind may be given only once'), lang);
        kind = value as RosterKind;
        break;
      case '--history':
        history.push(value);
        break;
      case '--registry':
        registry.push(value);
        break;
      case '--deceased':
        deceased.push(value);
        break;
      case '--as-of': {
        let serial: number;
        try {
          serial = isoToSerial(value);
        } catch {
          return usageError(text(`--as-of 的日期“${value}”无效，格式为 YYYY-MM-DD，如 2022-12-31`, `--as-of "${value}" is not a date in the form YYYY-MM-DD, e.g. 2022-12-31`), lang);
        }
        asOf = { iso: value, serial };
        break;
      }
      case '--out':
        if (out !== undefined) return usageError(text('--out 只能给一次', '--out may be given only once'), lang);
        out = value;
        break;
      case '--reading': {
        const sep = value.indexOf('=');
        const set = sep > 0 ? withReading(readings, value.slice(0, sep).trim(), value.slice(sep + 1).trim()) : undefined;
        if (!set) {
          return usageError(text(`--reading 的值“${value}”应为 解读=选项，如 once_scope=calendar-year（见 jl-roster readings）`, `--reading "${value}" should be id=option, e.g. once_scope=calendar-year (see jl-roster readings)`), lang);
        }
        if (!set.ok) return usageError(text(`--reading：${pick(set.error.message, 'zh')}（见 jl-roster readings）`, `--reading: ${pick(set.error.message, 'en')} (see jl-roster readings)`), lang);
        readings = set.value;
        break;
      }
      case '--lang':
        if (value !== 'zh' && value !== 'en') return usageError(text(`--lang 的值“${value}”无效，可用 zh 或 en`, `--lang "${value}" is not zh or en`), lang);
        break;
    }
  }
  if (files.length === 0) return usageError(text('没有给出要校验的文件', 'no file to check'), lang);
  return { command: 'validate', files, kind, history, registry, deceased, asOf, json, out, force, lang, readings };
}
