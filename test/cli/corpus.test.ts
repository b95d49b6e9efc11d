// A corpus of bad inputs checked end to end through the real command (compiled, run as a child process): each one
// gives its finding, or a clear message naming the file; nothing crashes; no input file changes by a single byte.
import * as fs from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/roster';
import { builtCli, jlRoster, ROOT } from './builtCli';
import { sha256, STACK_LINE, tempFolder } from './files';
import { COL, EMPLOY_HEADER, employRow, idWithCheck, setRow, validId, writeWorkbook } from './fixtures';
import type { Cell } from './fixtures';

// Each test runs the command as a child process; a busy machine may take seconds per run.
jest.setTimeout(60_000);

const folder = tempFolder('corpus');
const file = (name: string) => path.join(folder.dir, name);

const ID_CODES = ['ID_MISSING', 'ID_FORMAT', 'ID_CHECKSUM', 'ID_BIRTHDATE', 'ID_NUMERIC', 'ID_OLD_15'];
const FULL_WIDTH = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const date = (y: number, m: number, d: number): Cell => ({ value: new Date(Date.UTC(y, m - 1, d)), numFmt: 'yyyy-mm-dd' });

/** The first sequence number from `from` whose check character is X (about one in eleven). */
function sequenceWithX(from: number): number {
  for (let n = from; ; n++) if (validId(n).endsWith('X')) return n;
}
const X_SEQ = sequenceWithX(200);
const WRONG_CHECK = (n: number) => validId(n).slice(0, 17) + (validId(n).endsWith('1') ? '2' : '1');

interface Case {
  readonly label: string;
  readonly cells: Partial<Record<keyof typeof COL, Cell>>;
  /** The finding expected on this row and its column; undefined: the row must raise no finding at all. */
  readonly expect?: { readonly code: string; readonly column: string };
  readonly hidden?: boolean;
}

// Each row is person n = its index + 1 (distinct valid IDs), with one cell changed.
const CASES: ReadonlyArray<Case> = [
  { label: 'a clean row', cells: {} },
  // eslint-disable-next-line no-loss-of-precision -- the digits a number cannot keep are the point of the case
  { label: 'ID typed as a number', cells: { id: 222424199003151234 }, expect: { code: 'ID_NUMERIC', column: 'D' } },
  { label: 'ID in scientific notation', cells: { id: '2.22424E+17' }, expect: { code: 'ID_NUMERIC', column: 'D' } },
  { label: 'ID with spaces', cells: { id: ` ${validId(4).slice(0, 6)} ${validId(4).slice(6, 14)} ${validId(4).slice(14)} ` } },
  { label: 'ID in full-width digits', cells: { id: FULL_WIDTH(validId(5)) } },
  { label: 'ID ending in lower-case x', cells: { id: validId(X_SEQ).replace('X', 'x') } },
  { label: '15-digit ID', cells: { id: '222424900315701' }, expect: { code: 'ID_OLD_15', column: 'D' } },
  { label: 'wrong check character', cells: { id: WRONG_CHECK(8) }, expect: { code: 'ID_CHECKSUM', column: 'D' } },
  { label: '17-character ID', cells: { id: validId(9).slice(0, 17) }, expect: { code: 'ID_FORMAT', column: 'D' } },
  { label: 'ID born on 1990-02-30', cells: { id: idWithCheck('22242419900230011') }, expect: { code: 'ID_BIRTHDATE', column: 'D' } },
  { label: 'ID missing', cells: { id: null }, expect: { code: 'ID_MISSING', column: 'D' } },
  { label: 'hire date as an Excel date', cells: { hire: date(2022, 3, 1) } },
  { label: 'hire date 2022-03-01 as text', cells: { hire: '2022-03-01' } },
  { label: 'hire date 2022/3/1', cells: { hire: '2022/3/1' } },
  { label: 'hire date 2022.3.1', cells: { hire: '2022.3.1' } },
  { label: 'hire date 2022年3月1日', cells: { hire: '2022年3月1日' } },
  { label: 'hire date 20220301 as text', cells: { hire: '20220301' } },
  { label: 'hire date 20220301 typed as a number', cells: { hire: 20220301 } },
  { label: 'hire date 2022-02-30', cells: { hire: '2022-02-30' }, expect: { code: 'DATE_INVALID', column: 'I' } },
  { label: 'hire date in month 13', cells: { hire: '2022-13-01' }, expect: { code: 'DATE_INVALID', column: 'I' } },
  { label: 'hire date in words', cells: { hire: '三月一日' }, expect: { code: 'DATE_INVALID', column: 'I' } },
  { label: 'hire date after the day of the check', cells: { hire: date(2023, 6, 1) }, expect: { code: 'DATE_FUTURE', column: 'I' } },
  { label: 'wage cell holding #N/A', cells: { wage: { error: '#N/A' } }, expect: { code: 'CELL_ERROR', column: 'K' } },
  { label: 'months that are not a number', cells: { months: '六个多月' }, expect: { code: 'NUMBER_INVALID', column: 'J' } },
  { label: 'a hidden row with a wrong check character', cells: { id: WRONG_CHECK(25) }, expect: { code: 'ID_CHECKSUM', column: 'D' }, hidden: true },
];
const AFTER_BLANK: Case = { label: 'a wrong check character after a blank row', cells: { id: WRONG_CHECK(30) }, expect: { code: 'ID_CHECKSUM', column: 'D' } };

// Layout (Excel rows): 1 merged title, 2 note, 3 header, 4.. the cases, a blank row, one more case, 合计, blank, sign-off.
const FIRST = 4;
const BLANK_ROW = FIRST + CASES.length;
const AFTER_BLANK_ROW = BLANK_ROW + 1;
const TOTAL_ROW = AFTER_BLANK_ROW + 1;
const SIGN_OFF_ROW = TOTAL_ROW + 2;
const PERSONS = CASES.length + 1;

const ROSTER = file('汪清县花名册.xlsx');
const EMPTY = file('empty.xlsx');
const RANDOM = file('random.xlsx');
const TRUNCATED = file('truncated.xlsx');
const ENCRYPTED = file('encrypted.xlsx');
const OLD_XLS = file('old.xlsx');
const MISSING = file('missing.xlsx');
let hashes: Map<string, string>;

beforeAll(async () => {
  builtCli();
  await writeWorkbook(ROSTER, (wb) => {
    const ws = wb.addWorksheet('花名册');
    ws.getCell('A1').value = '汪清县2022年一次性吸纳就业补贴花名册';
    ws.mergeCells('A1:L1');
    ws.getCell('A2').value = '填报单位：汪清县人力资源和社会保障局（盖章）';
    ws.getRow(3).values = EMPLOY_HEADER;
    CASES.forEach((c, i) => {
      setRow(ws, FIRST + i, employRow(i + 1, c.cells));
      if (c.hidden) ws.getRow(FIRST + i).hidden = true;
    });
    setRow(ws, AFTER_BLANK_ROW, employRow(30, AFTER_BLANK.cells));
    ws.getCell(TOTAL_ROW, COL.seq).value = '合计';
    ws.getCell(TOTAL_ROW, COL.amount).value = 1600 * PERSONS;
    ws.getCell(SIGN_OFF_ROW, 1).value = '填表人：王丽华';
    ws.getCell(SIGN_OFF_ROW, 5).value = '审核人：金成哲';
    ws.getCell(SIGN_OFF_ROW, 9).value = '日期：2022年7月15日';
    const notes = wb.addWorksheet('填表说明');
    notes.getCell('A1').value = '填表说明';
    notes.getCell('A2').value = '1. 身份证号码一列请先设置为文本格式再录入。';
    notes.getCell('A3').value = '2. 日期请按 2022-03-01 的格式填写。';
  });
  await writeWorkbook(EMPTY, (wb) => wb.addWorksheet('Sheet1'));
  fs.writeFileSync(RANDOM, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
  const good = fs.readFileSync(ROSTER);
  fs.writeFileSync(TRUNCATED, good.subarray(0, Math.floor(good.length / 2)));
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  fs.writeFileSync(ENCRYPTED, Buffer.concat([OLE, Buffer.alloc(1016), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(512)]));
  fs.writeFileSync(OLD_XLS, Buffer.concat([OLE, Buffer.alloc(1016), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(512)]));
  hashes = new Map([ROSTER, EMPTY, RANDOM, TRUNCATED, ENCRYPTED, OLD_XLS].map((f) => [f, sha256(f)]));
}, 180_000);

afterAll(() => folder.remove());

function json(args: ReadonlyArray<string>): { code: number | null; report: JsonReport; stderr: string } {
  const run = jlRoster(['validate', ...args, '--json', '--as-of', '2022-12-31']);
  expect(run.stderr).not.toMatch(STACK_LINE);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

describe('a roster full of input problems', () => {
  let report: JsonReport;
  let code: number | null;
  let stderr: string;
  beforeAll(() => {
    ({ report, code, stderr } = json([ROSTER]));
  }, 60_000);
  const at = (sheet: string, row: number) => report.findings.filter((f) => f.sheet === sheet && f.row === row);

  it('exits 1 (errors found) and counts the persons: blank, total and sign-off rows are none', () => {
    expect(code).toBe(1);
    expect(report.summary.rows).toBe(PERSONS);
  });

  it.each(CASES.map((c, i) => [c.label, c, FIRST + i] as const))('%s', (_label, c, row) => {
    const found = at('花名册', row);
    if (c.expect) expect(found.map((f) => [f.code, f.column])).toContainEqual([c.expect.code, c.expect.column]);
    else expect(found.map((f) => `${f.code} ${f.message}`)).toEqual([]);
  });

  it('keeps checking after a blank row', () => {
    expect(at('花名册', AFTER_BLANK_ROW).map((f) => [f.code, f.column])).toContainEqual(['ID_CHECKSUM', 'D']);
    expect(at('花名册', BLANK_ROW)).toEqual([]);
  });

  it('takes the title, header, 合计 (it is right) and sign-off rows for what they are', () => {
    for (const row of [1, 2, 3, TOTAL_ROW, SIGN_OFF_ROW]) expect([row, at('花名册', row)]).toEqual([row, []]);
  });

  it('reports valid ID forms (spaces, full-width digits, lower-case x) without any ID finding', () => {
    const validForms = [4, 5, 6].map((n) => FIRST + n - 1);
    for (const row of validForms) expect(at('花名册', row).filter((f) => ID_CODES.includes(f.code))).toEqual([]);
  });

  it('says once that a sheet beside the roster is not a roster, naming it, and checks it no further', () => {
    expect(report.findings.filter((f) => f.sheet === '填表说明')).toEqual([]);
    expect(stderr).toContain('「填表说明」不是花名册（没有表头），未校验');
  });

  it('prints exactly the keys of the contract', () => {
    // Issue 10 adds the readings taken (every reading id with its option), so every report states them.
    expect(Object.keys(report).sort()).toEqual(['findings', 'readings', 'summary']);
    expect(report.readings).toMatchObject({ once_scope: 'ever', duplicate_keeper: 'first-eligible' });
    expect(Object.keys(report.summary).sort()).toEqual(['byCode', 'errors', 'files', 'rows', 'sheets', 'warnings']);
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(['code', 'column', 'field', 'file', 'measure', 'message', 'related', 'row', 'severity', 'sheet', 'value']);
      for (const r of f.related) expect(Object.keys(r).sort()).toEqual(['file', 'row', 'sheet']);
    }
  });

  it('names the file as given on the command line, and counts by code what it lists', () => {
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set([ROSTER]));
    const counted: Record<string, number> = {};
    for (const f of report.findings) counted[f.code] = (counted[f.code] ?? 0) + 1;
    expect(report.summary.byCode).toEqual(counted);
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(report.summary.warnings).toBe(report.findings.filter((f) => f.severity === 'warning').length);
    expect(report.summary.files).toBe(1);
    expect(report.summary.sheets).toBe(1);
  });

  it('never prints an ID number unmasked', () => {
    const run = jlRoster(['validate', ROSTER, '--as-of', '2022-12-31']);
    const everything = JSON.stringify(report) + run.stdout;
    for (let n = 1; n <= 30; n++) expect(everything).not.toContain(validId(n));
    expect(everything).not.toContain('222424199003151234');
  });

  it('gives a file name relative to where it runs, as the clerk typed it', () => {
    const run = jlRoster(['validate', path.basename(ROSTER), '--json', '--as-of', '2022-12-31'], folder.dir);
    const relative = JSON.parse(run.stdout) as JsonReport;
    expect(new Set(relative.findings.map((f) => f.file))).toEqual(new Set([path.basename(ROSTER)]));
  });
});

describe('the readable report', () => {
  it('is Chinese by default and English with --lang en, listing file, sheet, row and column of each finding', () => {
    const zh = jlRoster(['validate', ROSTER, '--as-of', '2022-12-31']);
    const en = jlRoster(['validate', ROSTER, '--as-of', '2022-12-31', '--lang', 'en']);
    expect([zh.code, en.code]).toEqual([1, 1]);
    const checksumRow = FIRST + 7;
    expect(zh.stdout).toContain(`${ROSTER} / 花名册 / 第${checksumRow}行 D列`);
    expect(en.stdout).toContain(`${ROSTER} / 花名册 / row ${checksumRow} col D`);
    expect(zh.stdout).toMatch(/错误 \d+ 个/);
    expect(en.stdout).toMatch(/\d+ error\(s\)/);
    expect(zh.stderr).toBe(`jl-roster：${ROSTER}「填表说明」不是花名册（没有表头），未校验\n`);
    expect(en.stderr).toBe(`jl-roster: ${ROSTER} "填表说明" is not a roster (no header row), not checked\n`);
  });
});

describe('workbooks with nothing to check', () => {
  it('checks an empty workbook without crashing and says its sheet has no header', () => {
    const { code, report } = json([EMPTY]);
    expect([0, 1]).toContain(code);
    expect(report.summary.rows).toBe(0);
    for (const f of report.findings) expect([f.sheet, f.code]).toEqual(['Sheet1', 'HEADER_NOT_FOUND']);
  });
});

describe('files that cannot be read: exit 2, the file named and why, no stack trace', () => {
  it.each([
    ['random bytes named .xlsx', RANDOM, '不是可识别的表格文件'],
    ['a damaged (truncated) .xlsx', TRUNCATED, '已损坏'],
    ['an encrypted workbook', ENCRYPTED, '已加密'],
    ['an OLE file whose workbook stream is broken', OLD_XLS, '已损坏'],
    ['a missing file', MISSING, '文件不存在'],
    ['a folder', folder.dir, '文件夹'],
  ])('%s', (_label, f, why) => {
    const run = jlRoster(['validate', f]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(f);
    expect(run.stderr).toContain(why);
    expect(run.stderr).not.toMatch(STACK_LINE);
    // Chinese first, and no library's own words (English error text of a zip or OLE parser).
    expect(run.stderr).not.toMatch(/Error|undefined|offset|signature|CFB|zip/i);
  });

  it('names every unreadable file at once, in English with --lang en, and still checks the readable roster', () => {
    const run = jlRoster(['validate', ROSTER, RANDOM, MISSING, '--history', ENCRYPTED, '--json', '--lang', 'en', '--as-of', '2022-12-31']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary.files).toBe(1);
    expect(report.findings.filter((f) => f.file === ROSTER && f.row === FIRST + 7).map((f) => f.code)).toContain('ID_CHECKSUM');
    const lines = run.stderr.trim().split('\n').filter((l) => l.includes('cannot read'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(`cannot read ${RANDOM}: it is not a spreadsheet this reads`);
    expect(lines[0]).toContain('save it as .xlsx in Excel or WPS and try again');
    expect(lines[1]).toContain(`cannot read ${MISSING}: the file does not exist`);
    expect(lines[2]).toContain(`cannot read ${ENCRYPTED}: the file is encrypted`);
  });

  it('exits 1, not 2, when every file was read and errors were found; 2 when one of them was not', () => {
    expect(jlRoster(['validate', ROSTER, '--as-of', '2022-12-31']).code).toBe(1);
    expect(jlRoster(['validate', ROSTER, TRUNCATED, '--as-of', '2022-12-31']).code).toBe(2);
  });

  it('skips an Excel/WPS lock file (~$) with a note and reads the rest', () => {
    const lock = file('~$汪清县花名册.xlsx');
    fs.writeFileSync(lock, Buffer.concat([Buffer.from([6]), Buffer.from('王丽华', 'utf16le'), Buffer.alloc(150)]));
    const run = jlRoster(['validate', ROSTER, lock, '--json', '--as-of', '2022-12-31']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`跳过 ${lock}`);
    expect(run.stderr).toContain('锁定文件');
    expect((JSON.parse(run.stdout) as JsonReport).summary.files).toBe(1);
  });
});

describe('usage', () => {
  it('exits 2 with the problem and the usage text on a usage error', () => {
    const run = jlRoster(['validate', ROSTER, '--kind', 'loan']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--kind 的值“loan”无效');
    expect(run.stderr).toContain('用法：jl-roster validate');
    expect(run.stdout).toBe('');
  });

  it('prints the usage on --help and exits 0', () => {
    const run = jlRoster(['--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: jl-roster validate FILE.xlsx');
  });
});

describe('a file given twice', () => {
  it('checks a roster named twice once, saying so, so nobody is a duplicate of themselves', () => {
    const once = json([ROSTER]);
    const twice = json([ROSTER, path.relative(ROOT, ROSTER)]);
    expect(twice.report).toEqual(once.report);
    expect(twice.stderr).toContain('是同一个文件，只校验一次');
  });

  it('refuses a file given both as a roster and as a paid list', () => {
    const run = jlRoster(['validate', ROSTER, '--history', ROSTER]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('既作为花名册又作为已发放名单');
    expect(run.stdout).toBe('');
  });
});

describe('--out', () => {
  it('refuses to overwrite an input, under any name, and leaves it as it was', () => {
    const before = sha256(ROSTER);
    const link = file('link-to-roster.xlsx');
    fs.symlinkSync(ROSTER, link);
    for (const out of [ROSTER, link, path.relative(folder.dir, ROSTER)]) {
      const run = jlRoster(['validate', ROSTER, '--out', out], folder.dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('不能覆盖输入文件');
    }
    expect(sha256(ROSTER)).toBe(before);
  });

  it('replaces an existing file that is no input and no report of ours only with --force (issue 9)', () => {
    const out = file('old-report.xlsx');
    fs.writeFileSync(out, 'an old report');
    const refused = jlRoster(['validate', ROSTER, '--out', out, '--as-of', '2022-12-31']);
    expect(refused.code).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('an old report');
    const run = jlRoster(['validate', ROSTER, '--out', out, '--as-of', '2022-12-31', '--force']);
    expect(run.code).toBe(1);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

// Last in this file (Jest runs its tests in order): after every run above, every input is what it was.
it('leaves every input file byte-for-byte unchanged', () => {
  for (const [f, hash] of hashes) expect([path.basename(f), sha256(f)]).toEqual([path.basename(f), hash]);
});

describe('readings on the command line (issue 10)', () => {
  it('jl-roster readings lists every reading with its options, the shipped one marked', () => {
    const run = jlRoster(['readings', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^once_scope \(measure 7\)$/m);
    expect(run.stdout).toContain('* ever (default): one payment of each one-time subsidy per resident ID number');
    expect(run.stdout).toContain('- calendar-year:');
    expect(run.stdout).toContain('"more than 6 months" includes exactly that');
  });

  it('--reading changes what the check does, and the report says so', () => {
    const shipped = json([ROSTER]).report;
    const changed = json([ROSTER, '--reading', 'once_scope=calendar-year']).report;
    expect(changed.readings.once_scope).toBe('calendar-year');
    expect(shipped.readings.once_scope).toBe('ever');
    const text = jlRoster(['validate', ROSTER, '--as-of', '2022-12-31', '--lang', 'en', '--reading', 'duplicate_keeper=none']);
    expect(text.stdout.split('\n')[1]).toBe('set by the county: duplicate_keeper=none (the others as shipped)');
  });

  it('an unknown option is a usage error naming the options there are', () => {
    const run = jlRoster(['validate', ROSTER, '--reading', 'once_scope=weekly']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('解读“once_scope”没有选项“weekly”（可选：ever、calendar-year、any-one-time）');
  });
});
