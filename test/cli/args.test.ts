// The command line contract of issue 3:
// jl-roster validate FILE... [--kind employ|travel|welfare|production|unsalable] [--history FILE]...
//                            [--as-of YYYY-MM-DD] [--json] [--out REPORT.xlsx] [--lang zh|en]
import { parseArgs } from '../../src/cli/args';
import { DEFAULT_READINGS } from '../../src/policy';

describe('parseArgs', () => {
  it('reads every option of the contract, in any order, with several files and histories', () => {
    const parsed = parseArgs(['validate', 'a.xlsx', '--history', 'paid1.xlsx', 'b.xlsx', '--kind', 'employ', '--history=paid2.xlsx', '--as-of', '2022-12-31', '--json', '--out', 'r.xlsx', '--lang', 'en']);
    expect(parsed).toEqual({
      command: 'validate',
      files: ['a.xlsx', 'b.xlsx'],
      history: ['paid1.xlsx', 'paid2.xlsx'],
      registry: [],
      deceased: [],
      kind: 'employ',
      // 2022-12-31: 2022-01-01 is serial 44562, plus 364 days.
      asOf: { iso: '2022-12-31', serial: 44926 },
      json: true,
      out: 'r.xlsx',
      force: false,
      lang: 'en',
      readings: DEFAULT_READINGS,
    });
  });

  it('takes --registry and --deceased repeated, as given, apart from the rosters (issue 12)', () => {
    const parsed = parseArgs(['validate', 'a.xlsx', '--registry', '汪清县.xlsx', '--deceased=死亡.xlsx', '--registry=安图县.xlsx', 'b.xlsx']);
    expect(parsed).toMatchObject({ files: ['a.xlsx', 'b.xlsx'], registry: ['汪清县.xlsx', '安图县.xlsx'], deceased: ['死亡.xlsx'] });
    expect(parseArgs(['validate', 'a.xlsx', '--registry'])).toMatchObject({ command: 'usage_error', problem: { zh: '--registry 缺少值' } });
  });

  it('takes --reading id=option, repeated, and names the readings and options there are when one is wrong', () => {
    const parsed = parseArgs(['validate', 'a.xlsx', '--reading', 'once_scope=calendar-year', '--reading=duplicate_keeper=none']);
    expect(parsed).toMatchObject({ command: 'validate', readings: { ...DEFAULT_READINGS, once_scope: 'calendar-year', duplicate_keeper: 'none' } });
    const badOption = parseArgs(['validate', 'a.xlsx', '--reading', 'once_scope=weekly']);
    expect(badOption.command === 'usage_error' && badOption.problem.zh).toBe('--reading：解读“once_scope”没有选项“weekly”（可选：ever、calendar-year、any-one-time）（见 jl-roster readings）');
    const badId = parseArgs(['validate', 'a.xlsx', '--reading', 'scope=ever', '--lang', 'en']);
    expect(badId.command === 'usage_error' && badId.problem.en).toMatch(/^--reading: there is no reading "scope" \(one of period_start, .*once_scope/);
    const noEquals = parseArgs(['validate', 'a.xlsx', '--reading', 'once_scope']);
    expect(noEquals.command === 'usage_error' && noEquals.problem.en).toMatch(/should be id=option/);
  });

  it('has a readings command', () => {
    expect(parseArgs(['readings', '--lang', 'en'])).toEqual({ command: 'readings', lang: 'en' });
  });

  it('defaults to Chinese, today, no kind, no history, no JSON and no report', () => {
    expect(parseArgs(['validate', 'a.xlsx'])).toEqual({ command: 'validate', files: ['a.xlsx'], history: [], registry: [], deceased: [], kind: undefined, asOf: undefined, json: false, out: undefined, force: false, lang: 'zh', readings: DEFAULT_READINGS });
  });

  it.each(['employ', 'travel', 'welfare', 'production', 'unsalable'])('accepts --kind %s', (kind) => {
    expect(parseArgs(['validate', 'a.xlsx', `--kind=${kind}`])).toMatchObject({ command: 'validate', kind });
  });

  it('takes --lang before the command too', () => {
    expect(parseArgs(['--lang', 'en', 'validate', 'a.xlsx'])).toMatchObject({ command: 'validate', files: ['a.xlsx'], lang: 'en' });
  });

  it('takes a file name that starts with a dash after --', () => {
    expect(parseArgs(['validate', '--', '-a.xlsx'])).toMatchObject({ files: ['-a.xlsx'] });
  });

  it.each([
    [[], 'no command'],
    [['check', 'a.xlsx'], 'unknown command "check"'],
    [['validate'], 'no file'],
    [['validate', 'a.xlsx', '--kind', 'loan'], '--kind "loan"'],
    [['validate', 'a.xlsx', '--as-of', '2022-02-30'], '--as-of "2022-02-30"'],
    [['validate', 'a.xlsx', '--as-of', '2022/12/31'], '--as-of "2022/12/31"'],
    [['validate', 'a.xlsx', '--lang', 'fr'], '--lang "fr"'],
    [['validate', 'a.xlsx', '--out'], '--out needs a value'],
    [['validate', 'a.xlsx', '--history'], '--history needs a value'],
    [['validate', 'a.xlsx', '--verbose'], 'unknown option --verbose'],
    [['validate', 'a.xlsx', '--json=yes'], '--json takes no value'],
    [['validate', 'a.xlsx', '--out', 'a.xlsx', '--out', 'b.xlsx'], '--out may be given only once'],
  ])('refuses %j: %s', (argv, problem) => {
    const parsed = parseArgs([...argv, '--lang', 'en']);
    expect(parsed.command).toBe('usage_error');
    if (parsed.command === 'usage_error') expect(parsed.problem.en).toContain(problem);
  });

  it('says what is wrong in Chinese unless --lang en is given', () => {
    const parsed = parseArgs(['validate', 'a.xlsx', '--kind', 'loan']);
    expect(parsed).toMatchObject({ command: 'usage_error', lang: 'zh' });
    if (parsed.command === 'usage_error') expect(parsed.problem.zh).toContain('--kind 的值“loan”无效');
  });

  it('answers --help and -h with the usage', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help', lang: 'zh' });
    expect(parseArgs(['validate', '-h', '--lang', 'en'])).toEqual({ command: 'help', lang: 'en' });
  });
});
