/**
 * What the pane makes of a run: the findings list (order, names, filters, counts, duplicates' keeper), the summary
 * and report facts, registers that look like rosters, and rows registered from this very roster. The reports come
 * from the engine run through the pane's own pipeline on a workbook in the in-memory host.
 */
import { ymdToSerial } from '../../src/policy';
import { reportTable } from '../../src/roster';
import type { SheetGrid } from '../../src/roster/sheetGrid';
import { fill, S } from '../../src/taskpane/i18n/strings';
import { chineseNumber } from '../../src/taskpane/i18n/measureWords';
import { REGISTER_HEADERS } from '../../src/taskpane/register/registerPlan';
import { summaryText, withRunFacts } from '../../src/taskpane/report/runFacts';
import { NO_FILTER, chipCounts, filterItems, findingItems } from '../../src/taskpane/results/findingItems';
import { runValidation } from '../../src/taskpane/state/runValidation';
import { rosterColumnsOf } from '../../src/taskpane/state/sheetRoles';
import { initialValidateState, validateReducer } from '../../src/taskpane/state/validateState';
import { fromArrays, serialFromYmd } from '../../tools/excel-host';
import type { CellSpec } from '../../tools/excel-host';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

const AS_OF = ymdToSerial(2022, 7, 15);
const HIRED = { value: serialFromYmd(2022, 3, 1)!, numberFormat: 'yyyy-mm-dd' };
const EARLY = { value: serialFromYmd(2019, 11, 15)!, numberFormat: 'yyyy-mm-dd' };
// Valid IDs (GB 11643 check characters worked by hand); 222424199001011234 fails its check character.
const ZHANG = '222424199001011235';
const LI = '11010519491231002X';
const HEADER = ['序号', '姓名', '身份证号码', '人员类别', '用工单位', '统一社会信用代码', '县（市、区）', '入职日期', '工作月数', '月工资', '补贴金额'];
const CODE = '912224248M9230396N';

function row(n: number, name: string, id: string, hired = HIRED): CellSpec[] {
  return [n, name, id, '脱贫人口', '汪清县兴安物流有限公司', CODE, '汪清县', hired, 3, 2000, 1600];
}

/** Rows 3..6: 张三, 王五 (hired before the cut-off), 张三 again, 赵六 (a mistyped ID). */
function roster(register: CellSpec[][] = []) {
  return fromArrays(
    [
      { name: '花名册', cells: [['汪清县2022年一次性吸纳就业补贴花名册'], HEADER, row(1, '张三', ZHANG), row(2, '王五', LI, EARLY), row(3, '张三', ZHANG), row(4, '赵六', '222424199001011234')] },
      ...(register.length > 0 ? [{ name: '已发放登记', cells: [[...REGISTER_HEADERS], ...register] }] : []),
    ],
    { name: '花名册.xlsx' },
  );
}

async function check(historySheets: string[] = [], otherRosters: SheetGrid[] = []) {
  return runValidation(fixture!.adapter, { rosters: [{ sheet: '花名册', kind: 'auto' }], historySheets, historyFiles: [], otherRosters, asOf: AS_OF });
}

describe('the findings list', () => {
  it('is sorted errors first then by row, each finding with the name on its row', async () => {
    fixture = withHost(roster());
    const { report } = await check();
    const items = findingItems(report);
    expect(items).toHaveLength(report.findings.length);
    const keys = items.map((i) => [i.finding.severity === 'error' ? 0 : 1, i.finding.row]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const hire = items.find((i) => i.finding.code === 'HIRE_BEFORE_CUTOFF')!;
    expect([hire.finding.row, hire.name, hire.title.zh]).toEqual([4, '王五', '入职日期早于起始日期']);
    expect(items.find((i) => i.finding.code === 'ID_CHECKSUM')!.advice.zh).toBe('号码至少有一位录入有误，请对照身份证原件逐位核对。');
  });

  it('tells each duplicate row which one keeps the subsidy: the first eligible claim', async () => {
    fixture = withHost(roster());
    const { report } = await check();
    const duplicates = findingItems(report).filter((i) => i.finding.code === 'DUPLICATE_IN_ROSTER');
    expect(duplicates.map((d) => [d.finding.row, d.advice.zh.includes('保留本行'), d.advice.zh.includes('保留第 3 行')])).toEqual([
      [3, true, false],
      [5, false, true],
    ]);
  });

  it('filters by severity, code and search (name, masked ID end, row), and counts for the chips', async () => {
    fixture = withHost(roster());
    const { report } = await check();
    const items = findingItems(report);
    expect(filterItems(items, { ...NO_FILTER, query: '王五' }).map((i) => i.finding.code)).toEqual(['HIRE_BEFORE_CUTOFF']);
    expect(filterItems(items, { ...NO_FILTER, query: '5' }).every((i) => i.finding.row === 5)).toBe(true);
    // The last four characters of 张三's masked ID find both of his rows.
    expect(new Set(filterItems(items, { ...NO_FILTER, query: '1235' }).map((i) => i.finding.row))).toEqual(new Set([3, 5]));
    expect(filterItems(items, { ...NO_FILTER, code: 'DUPLICATE_IN_ROSTER' })).toHaveLength(2);
    const counts = chipCounts(items, null);
    expect(counts.severity.error + counts.severity.warning).toBe(items.length);
    expect(Object.fromEntries(counts.codes)).toEqual(report.summary.byCode);
  });

  it('finds the same person in another county’s roster picked from disk', async () => {
    fixture = withHost(roster());
    const other: SheetGrid = { file: '安图.xlsx', sheet: '花名册', values: [HEADER, [1, '张三', ZHANG, '脱贫人口', '安图县某公司', CODE, '安图县', HIRED.value, 3, 2000, 1600]] };
    const { report } = await check([], [other]);
    const across = report.findings.filter((f) => f.code === 'DUPLICATE_IN_ROSTER' && f.file === '安图.xlsx');
    expect(across.map((f) => f.row)).toEqual([2]);
  });
});

describe('the summary and the report facts', () => {
  it('says what was not checked when no paid register was used, in both languages with plurals right', async () => {
    fixture = withHost(roster());
    const { report } = await check();
    const line = summaryText(report.summary, { registers: [], rosters: ['花名册'] });
    expect(line.zh).toBe(`${report.summary.errors} 个错误 · ${report.summary.warnings} 个警告 · 已核对 4 行 · 未对照已发放记录`);
    expect(line.en).toContain('4 rows checked');
    expect(summaryText({ ...report.summary, errors: 1, rows: 1 }, { registers: ['已发放登记'], rosters: [] }).en).toMatch(/^1 error · .* · 1 row checked · 1 paid register compared$/);
    const table = withRunFacts(reportTable(report, 'zh'), { at: new Date(2022, 5, 30, 14, 5).getTime(), asOf: '2022-07-15', sources: { registers: [], rosters: ['花名册'] } }, 'zh');
    expect(table.facts.slice(0, 4)).toEqual([
      ['校验日期', '2022-07-15'],
      ['校验时间', '2022-06-30 14:05'],
      ['已发放记录', '未使用已发放记录：未核对以往是否已领取'],
      ['花名册', '花名册'],
    ]);
    expect(table.sheetName).toBe('校验报告');
    const english = withRunFacts(reportTable(report, 'en'), { at: 0, asOf: '2022-07-15', sources: { registers: [], rosters: [] } }, 'en');
    expect([english.sheetName, english.facts[2]]).toEqual(['Check report', ['Paid registers', 'No paid register used: earlier payments were not checked']]);
    const measure = table.summaryHeader.indexOf('措施');
    expect(table.summaryRows.find((r) => r.cells[0] === 'HIRE_BEFORE_CUTOFF')!.cells[measure]).toBe('第七条');
    // The engine's table names the person of each finding.
    const name = table.findingsHeader.indexOf('姓名');
    expect(table.findingRows.find((r) => r.cells[2] === 'HIRE_BEFORE_CUTOFF')!.cells[name]).toBe('王五');
  });

  it('writes English without full-width punctuation, in every string the pane shows', () => {
    const fullWidth = Object.entries(S).filter(([, v]) => /[，。：；（）、！？]/.test(v.en)).map(([id]) => id);
    expect(fullWidth).toEqual([]);
  });

  it('writes measures as the policy numbers them and fills English plurals by count', () => {
    expect([1, 3, 6, 7, 9, 10, 11].map(chineseNumber)).toEqual(['一', '三', '六', '七', '九', '十', '十一']);
    expect(fill(S.summaryRows.en, { count: 1 })).toBe('1 row checked');
    expect(fill(S.summaryRows.en, { count: '1,000' })).toBe('1,000 rows checked');
  });
});

describe('paid registers', () => {
  it('a sheet with a roster’s columns and no 发放日期 looks like a roster; the register does not', () => {
    const asRoster: SheetGrid = { file: 'a.xlsx', sheet: '花名册', values: [HEADER, [1, '张三', ZHANG, '脱贫人口', '某公司', CODE, '汪清县', HIRED.value, 3, 2000, 1600]] };
    expect(rosterColumnsOf(asRoster)).toContain('入职日期');
    const register: SheetGrid = { file: 'a.xlsx', sheet: '已发放登记', values: [[...REGISTER_HEADERS], [ZHANG, '张三', '', '', 1600, '一次性吸纳就业补贴', 7, 3, 44742, '', '']] };
    expect(rosterColumnsOf(register)).toBeUndefined();
  });

  it('asks before a roster-like file is used as a register, and adds it only when the clerk says so', () => {
    const file = { id: 1, name: '安图.xlsx', grids: [] };
    let state = validateReducer(initialValidateState('2022-07-15'), { type: 'ask', question: { kind: 'file', file, name: file.name, why: '入职日期' } });
    expect(state.questions).toHaveLength(1);
    expect(validateReducer(state, { type: 'answer', use: false }).historyFiles).toEqual([]);
    state = validateReducer(state, { type: 'answer', use: true });
    expect([state.questions.length, state.historyFiles.map((f) => f.name)]).toEqual([0, ['安图.xlsx']]);
  });

  it('rows registered from this very roster are information (本批已于 … 登记), a payment from elsewhere stays an error', async () => {
    const paidDay = serialFromYmd(2022, 6, 30);
    fixture = withHost(
      roster([
        [LI, '王五', '', '', 1600, '一次性吸纳就业补贴', 7, 3, paidDay, '花名册!4（花名册.xlsx）', '6月第一批'],
        [ZHANG, '张三', '', '', 1600, '一次性吸纳就业补贴', 7, 3, serialFromYmd(2021, 6, 30), '2021年花名册', ''],
      ]),
    );
    const { report, earlier } = await check(['已发放登记']);
    expect(earlier).toEqual([{ batch: '6月第一批', date: '2022-06-30', count: 1 }]);
    const paid = report.findings.filter((f) => f.code === 'DUPLICATE_PAID').map((f) => f.row);
    expect(paid.sort()).toEqual([3, 5]);
    expect(report.summary.byCode.DUPLICATE_PAID).toBe(2);
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });
});
