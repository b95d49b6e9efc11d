/**
 * The browser preview end to end, in Debian's Chromium: the add-in's task pane, 320 px wide as Excel gives it, beside
 * a grid of the sample employment roster held by the in-memory Excel host. What the pane finds is checked against
 * `jl-roster --json` on the same files; marks, notes, report, register and explain are checked in the workbook the
 * host holds; every view is checked for sideways scrolling and with axe-core, in Chinese and in English.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { join } from 'path';
import { parseResidentId } from '../../src/policy';
import type { CliReport } from './previewHarness';
import {
  PANE_WIDTH, SAMPLES, axeSeriousViolations, cliReport, launchChromium, paneWidths, screenshot, screenshotPane, startPreviewServer,
} from './previewHarness';
import { chromiumAvailable, describeInBrowser } from '../support/chromium';
import type { PreviewServer } from './previewHarness';

jest.setTimeout(240_000);

const SAMPLE = 'employ-wangqing-2022.xlsx';
const OTHER_COUNTY = 'employ-antu-2022.xlsx';
const ROSTER = '花名册';
const EXAMPLE_SHEET = 'JL公式示例（预览）';
const NOTE_PREFIX = '【吉林帮扶补贴校验】';
const COLLEAGUE_NOTE = '同事：已电话核实';
const VIEWS = ['validate', 'explain', 'measures', 'settings'] as const;

type Snapshot = Record<string, Record<string, unknown>>;
interface HostComment {
  sheet: string;
  address: string;
  content: string;
}

let server: PreviewServer;
let browser: Browser;
let page: Page;
let cli: CliReport;
let startCells: Snapshot;
let startFormats: Snapshot;

const cells = () => page.evaluate(() => (window as unknown as { jlPreview: { cells(): unknown } }).jlPreview.cells()) as Promise<Snapshot>;
const formats = () => page.evaluate(() => (window as unknown as { jlPreview: { formats(): unknown } }).jlPreview.formats()) as Promise<Snapshot>;
const comments = (p: Page = page) => p.evaluate(() => (window as unknown as { jlPreview: { comments(): unknown } }).jlPreview.comments()) as Promise<HostComment[]>;

/** Only the sheets present at the start: the marks' own hidden sheet is compared apart. */
function sameSheets(now: Snapshot, start: Snapshot): Snapshot {
  return Object.fromEntries(Object.keys(start).map((name) => [name, now[name]]));
}

const previewUrl = (lang: 'zh' | 'en') => `${server.url}?pane=${PANE_WIDTH}&lang=${lang}&sample=${encodeURIComponent(SAMPLE)}`;

async function openPreview(lang: 'zh' | 'en'): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await p.goto(previewUrl(lang));
  await p.locator('[data-testid=run]:not([disabled])').waitFor({ timeout: 60_000 });
  return p;
}

async function runCheck(p: Page): Promise<void> {
  await p.click('[data-testid=run]');
  await p.locator('[data-testid=summary]').waitFor({ timeout: 60_000 });
  await p.locator('[data-testid=run]:not([disabled])').waitFor({ timeout: 60_000 });
}

async function chipCounts(p: Page): Promise<Record<string, number>> {
  return p
    .locator('[data-testid=counts] [data-code]')
    .evaluateAll((chips) => Object.fromEntries(chips.map((c) => [c.getAttribute('data-code'), Number(c.getAttribute('data-count'))])));
}

async function settled(p: Page): Promise<void> {
  // Let opening panels finish fading in: half-transparent text is not what the clerk reads.
  await p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Opens the view, with every measure of 政策 expanded: the widest the view gets. */
async function openView(p: Page, view: (typeof VIEWS)[number]): Promise<void> {
  await p.click(`[data-testid=tab-${view}]`);
  if (view === 'measures') {
    const closed = p.locator('[data-measure] button[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
  }
  await settled(p);
}

/** Every view at 320 px: no sideways scrolling, no serious or critical axe-core violation, and a screenshot. */
async function checkEveryView(p: Page, lang: 'zh' | 'en'): Promise<void> {
  for (const view of VIEWS) {
    await openView(p, view);
    const widths = await paneWidths(p);
    expect({ lang, view, fits: widths.scrollWidth <= widths.clientWidth, widths }).toEqual({ lang, view, fits: true, widths });
    expect(widths.clientWidth).toBeLessThanOrEqual(PANE_WIDTH);
    const violations = await axeSeriousViolations(p);
    expect({ lang, view, violations }).toEqual({ lang, view, violations: [] });
    if (view === 'measures' || view === 'settings') {
      // English without full-width punctuation; Chinese without the code's ids (travel_min_contract_inclusive,
      // employ.subsidy_per_person). Sentences with such marks, if any, are shown whole in the failure.
      const shown = (await p.locator(`[data-testid=${view}]`).innerText()).split(/\n+/);
      const wrong = lang === 'en' ? shown.filter((l) => /[\u3000-\u303f\uff00-\uffef]/.test(l)) : shown.filter((l) => /\b[a-z]+(?:[._][a-z]+)+\b/.test(l));
      expect({ lang, view, wrong }).toEqual({ lang, view, wrong: [] });
    }
    await screenshotPane(p, `pane-${PANE_WIDTH}-${lang}-${view}.png`);
  }
  await p.click('[data-testid=tab-validate]');
}

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  cli = cliReport(SAMPLE);
  server = await startPreviewServer();
  browser = await launchChromium();
  page = await openPreview('zh');
  startCells = await cells();
  startFormats = await formats();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describeInBrowser('the preview', () => {
  it('opens the sample with the active roster chosen and its kind recognised', async () => {
    await page.locator(`[data-testid=grid][data-sheet="${ROSTER}"]`).waitFor();
    const roster = page.locator(`[data-roster="${ROSTER}"]`);
    await expect(roster.locator('input[type=checkbox]').isChecked()).resolves.toBe(true);
    await expect(roster.locator('button[role=combobox]').textContent()).resolves.toContain('一次性吸纳就业补贴');
    // The sample has no JL formula: the preview adds its labelled example sheet.
    expect(Object.keys(startCells)).toContain(EXAMPLE_SHEET);
    expect(String((startCells[EXAMPLE_SHEET].A1 as { value: unknown }).value)).toContain('预览专用');
    await screenshotPane(page, `pane-${PANE_WIDTH}-zh-start.png`);
  });

  it('validates the roster and lists the same findings as jl-roster --json, errors first, row by row', async () => {
    // A colleague's note on a cell the check flags, and on one it does not: marks must leave both alone.
    const flagged = cli.findings.find((f) => f.code === 'ID_CHECKSUM')!;
    await page.evaluate(
      async ([sheet, a, b, note]) => {
        const excel = (window as unknown as { Excel: typeof Excel }).Excel;
        await excel.run(async (context) => {
          const s = context.workbook.worksheets.getItem(sheet);
          s.comments.add(s.getRange(a), note);
          s.comments.add(s.getRange(b), note);
          await context.sync();
        });
      },
      [ROSTER, `${flagged.column}${flagged.row}`, 'B2', COLLEAGUE_NOTE] as const,
    );
    await runCheck(page);
    const summary = page.locator('[data-testid=summary]');
    await expect(summary.getAttribute('data-errors')).resolves.toBe(String(cli.summary.errors));
    await expect(summary.getAttribute('data-warnings')).resolves.toBe(String(cli.summary.warnings));
    await expect(summary.getAttribute('data-rows')).resolves.toBe(String(cli.summary.rows));
    expect(await chipCounts(page)).toEqual(cli.summary.byCode);

    const items = await page.locator('[data-finding]').evaluateAll((list) =>
      list.map((b) => ({ key: `${b.getAttribute('data-finding')} ${b.getAttribute('data-sheet')}!${b.getAttribute('data-address')}`, severity: b.getAttribute('data-severity'), row: Number(b.getAttribute('data-row')) })),
    );
    expect(items.map((i) => i.key).sort()).toEqual(cli.findings.map((f) => `${f.code} ${f.sheet}!${f.column || 'A'}${f.row}`).sort());
    const order = items.map((i) => [i.severity === 'error' ? 0 : 1, i.row]);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));

    // Focus is on the summary, which the live region also says; the inputs folded away.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('summary-card');
    await expect(page.locator('[data-testid=announce]').textContent()).resolves.toContain(`${cli.summary.errors} 个错误`);
    await expect(page.locator('[data-testid=edit-inputs]').getAttribute('aria-expanded')).resolves.toBe('false');
    // No paid register chosen: the results say what was not checked.
    await expect(page.locator('[data-testid=no-register]').textContent()).resolves.toContain('未使用已发放记录：未核对以往是否已领取');
    await expect(page.locator('[data-testid=run-note]').allTextContents()).resolves.toEqual([expect.stringContaining('未使用防返贫监测系统数据：未核对人员身份')]);
  });

  it('says on each finding whose row it is and what to do next, never which check digit would pass', async () => {
    const header = Object.entries(startCells[ROSTER] as Record<string, { value: unknown }>).find(([, c]) => c.value === '姓名')![0];
    const nameColumn = header.replace(/\d+$/, '');
    const checksum = cli.findings.find((f) => f.code === 'ID_CHECKSUM')!;
    const name = String((startCells[ROSTER] as Record<string, { value: unknown }>)[`${nameColumn}${checksum.row}`].value);
    const item = page.locator(`[data-finding=ID_CHECKSUM][data-address="${checksum.column}${checksum.row}"]`);
    const text = (await item.textContent()) ?? '';
    expect(text).toContain(`第 ${checksum.row} 行 · ${name}`);
    expect(text).toContain('身份证号码校验位错误');
    expect(text).toContain('号码至少有一位录入有误，请对照身份证原件逐位核对');
    expect(text).not.toMatch(/应为\s*[0-9X]/);
    const hire = await page.locator('[data-finding=HIRE_BEFORE_CUTOFF]').textContent();
    expect(hire).toContain('不符合条件，请从本批剔除或核实入职日期');
    // A duplicate names the other row and which one keeps the subsidy.
    const duplicates = await page.locator('[data-finding=DUPLICATE_IN_ROSTER]').allTextContents();
    expect(duplicates.some((d) => /保留第 \d+ 行/.test(d)) && duplicates.some((d) => d.includes('保留本行'))).toBe(true);
  });

  it('selects a finding’s cell by click, by arrow keys in the list and by Alt+↓ / Alt+↑', async () => {
    const selectedAddress = () => page.locator('[data-testid=name-box]').textContent();
    const order = await page.locator('[data-finding]').evaluateAll((list) => list.map((b) => b.getAttribute('data-address')));
    await page.click(`[data-testid=grid] td[data-address="B2"]`);
    await page.locator('[data-finding]').nth(1).click();
    await page.locator(`[data-testid=grid] td[data-address="${order[1]}"][data-selected="true"]`).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator(`[data-testid=grid] td[data-address="${order[2]}"][data-selected="true"]`).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-address'))).resolves.toBe(order[2]);
    await page.keyboard.press('Alt+ArrowUp');
    await page.locator(`[data-testid=grid] td[data-address="${order[1]}"][data-selected="true"]`).waitFor();
    await expect(selectedAddress()).resolves.toBe(order[1]);
    // One tab stop: Tab leaves the list rather than walking through every finding.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-testid=finding-list]') === null)).resolves.toBe(true);
  });

  it('filters by kind of problem and by search, and selects all cells of a kind at once', async () => {
    const duplicate = cli.findings.filter((f) => f.code === 'DUPLICATE_IN_ROSTER');
    await page.click('[data-testid=counts] [data-code=DUPLICATE_IN_ROSTER]');
    await expect(page.locator('[data-finding]').count()).resolves.toBe(duplicate.length);
    await expect(page.locator('[data-finding]:not([data-finding=DUPLICATE_IN_ROSTER])').count()).resolves.toBe(0);
    await page.click('[data-testid=select-all-of-code]');
    for (const f of duplicate) await page.locator(`[data-testid=grid] td[data-address="${f.column}${f.row}"][data-selected="true"]`).waitFor();
    await page.click('[data-testid=counts] [data-code=DUPLICATE_IN_ROSTER]');
    await expect(page.locator('[data-finding]').count()).resolves.toBe(cli.findings.length);

    const row = cli.findings.find((f) => f.code === 'WAGE_BELOW_MIN')!.row;
    await page.fill('[data-testid=finding-search]', String(row));
    const rows = await page.locator('[data-finding]').evaluateAll((list) => list.map((b) => Number(b.getAttribute('data-row'))));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r === row)).toBe(true);
    await page.fill('[data-testid=finding-search]', '');
    await expect(page.locator('[data-finding]').count()).resolves.toBe(cli.findings.length);
  });

  it('marks the flagged cells with a note each, and 清除标记 restores every format and removes only its notes', async () => {
    await page.locator('[data-testid=clear-marks]:not([disabled])').waitFor();
    const flagged = cli.findings.find((f) => f.severity === 'error')!;
    const fill = await page.locator(`[data-testid=grid] td[data-address="${flagged.column}${flagged.row}"]`).getAttribute('data-fill');
    expect(fill).toBe('#FFC7CE');
    expect(sameSheets(await cells(), startCells)).toEqual(startCells);
    expect(await formats()).not.toEqual(startFormats);

    const flaggedCells = new Set(cli.findings.map((f) => `${f.column || 'A'}${f.row}`));
    const checksum = cli.findings.find((f) => f.code === 'ID_CHECKSUM')!;
    const noted = await comments();
    const ours = noted.filter((c) => c.content.startsWith(NOTE_PREFIX));
    // Every flagged cell has a note saying why, except the one where a colleague's note already was.
    expect(new Set(ours.map((c) => c.address))).toEqual(new Set([...flaggedCells].filter((a) => a !== `${checksum.column}${checksum.row}`)));
    expect(noted.filter((c) => c.content === COLLEAGUE_NOTE).map((c) => c.address).sort()).toEqual(['B2', `${checksum.column}${checksum.row}`].sort());
    const wage = cli.findings.find((f) => f.code === 'WAGE_BELOW_MIN')!;
    expect(ours.find((c) => c.address === `${wage.column}${wage.row}`)?.content).toContain('月工资低于最低工资标准');

    await page.click('[data-testid=clear-marks]');
    await page.locator('[data-testid=notice]', { hasText: '已清除' }).waitFor();
    expect(await cells()).toEqual(startCells);
    expect(await formats()).toEqual(startFormats);
    expect((await comments()).map((c) => c.content)).toEqual([COLLEAGUE_NOTE, COLLEAGUE_NOTE]);
  });

  it('writes the 校验报告 sheet: date and time, sources, names, measures in words; replacing it is asked first', async () => {
    await page.click('[data-testid=write-report]');
    const tab = page.locator('[data-sheet-tab="校验报告"]');
    await tab.waitFor();
    await page.locator('[data-testid=grid][data-sheet="校验报告"]').waitFor();
    const report = (await cells())['校验报告'] as Record<string, { value: unknown }>;
    const codes = Object.entries(report).filter(([address, c]) => /^C\d+$/.test(address) && Object.keys(cli.summary.byCode).includes(String(c.value)));
    expect(codes).toHaveLength(cli.findings.length);
    const links = Object.values((await formats())['校验报告'] as Record<string, { hyperlink?: { documentReference?: string } }>).filter((f) => f.hyperlink);
    expect(links).toHaveLength(cli.findings.length);
    // The summary by code: each code once in column A with its count in column E, its measure in words in D.
    const summary = Object.entries(report).filter(([address, c]) => /^A\d+$/.test(address) && String(c.value) in cli.summary.byCode);
    expect(Object.fromEntries(summary.map(([address, c]) => [c.value, report[address.replace('A', 'E')].value]))).toEqual(cli.summary.byCode);
    const hire = summary.find(([, c]) => c.value === 'HIRE_BEFORE_CUTOFF')!;
    expect(report[hire[0].replace('A', 'D')].value).toBe('第七条');
    // Each fact with its value below the summary, and all of them in the line under the title (frozen with the
    // findings' header), so the missing register is in view whatever the clerk scrolls to.
    const factRows = Object.entries(report).filter(([address, c]) => /^A\d+$/.test(address) && ['校验日期', '校验时间', '已发放记录', '花名册'].includes(String(c.value)));
    expect(factRows).toHaveLength(4);
    const facts = Object.fromEntries(factRows.map(([address, c]) => [c.value, report[address.replace('A', 'B')]?.value]));
    expect(String(report.A2.value)).toContain('已发放记录：未使用已发放记录：未核对以往是否已领取');
    expect(report.A3.value).toBe('序号');
    expect(facts['校验日期']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts['校验时间']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(facts['已发放记录']).toBe('未使用已发放记录：未核对以往是否已领取');
    expect(facts['花名册']).toBe(ROSTER);
    // The name of the person a finding is about, in the 姓名 column beside the cell.
    const nameHeader = Object.entries(report).find(([, c]) => c.value === '姓名')![0];
    expect(nameHeader.replace(/\d+$/, '')).toBe('H');
    // Values of the roster are untouched by the report.
    expect((await cells())[ROSTER]).toEqual(startCells[ROSTER]);
    await screenshot(page, 'report.png');

    // A second report asks before replacing the first; Escape keeps it and gives focus back to the button.
    await page.click('[data-testid=tab-validate]');
    await page.click('[data-testid=write-report]');
    await page.locator('[data-testid=replace-report]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=replace-report]').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'write-report', undefined, { timeout: 5_000 });
  });

  it('exports the findings to a new workbook, IDs masked, as jl-roster --out does', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export]')]);
    expect(download.suggestedFilename()).toMatch(/^校验报告-employ-wangqing-2022-\d{8}-\d{4}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['校验报告', ROSTER]);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text)))));
    const codes = new Set(Object.keys(cli.summary.byCode));
    const report: string[] = [];
    workbook.getWorksheet('校验报告')!.eachRow((row) => report.push(String(row.getCell(3).text)));
    expect(report.filter((c) => codes.has(c))).toHaveLength(cli.findings.length);
    // Not one full ID number anywhere in the export: the copies are masked as the command line masks them (an
    // employer's credit code, 18 digits too, stays as typed: it is not a person's).
    expect(texts.filter((t) => /\d{17}[\dXx]/.test(t) && parseResidentId(t.match(/\d{17}[\dXx]/)![0]).ok)).toEqual([]);
    expect(texts.some((t) => /^\d{6}\*{8}[\dX]{4}$/.test(t))).toBe(true);
  });

  it('registers the persons without errors in the paid register, after a confirmation', async () => {
    const personRows = cli.summary.rows;
    const rowsWithErrors = new Set(cli.findings.filter((f) => f.severity === 'error' && f.code !== 'TOTAL_MISMATCH').map((f) => f.row)).size;
    const expected = personRows - rowsWithErrors;
    await page.click('[data-testid=register]');
    const dialog = page.locator('[data-testid=register-dialog]');
    await dialog.waitFor();
    await expect(dialog.getAttribute('data-rows')).resolves.toBe(String(expected));
    // Who will be registered, each with a masked ID; the pay day and a batch name are asked.
    const listed = await page.locator('[data-testid=register-persons] li').allTextContents();
    expect(listed).toHaveLength(expected);
    expect(listed.every((l) => /\d{6}\*{8}[\dX]{4}/.test(l))).toBe(true);
    await page.fill('[data-testid=register-batch]', 'e2e 第一批');
    await page.click('[data-testid=register-confirm]');
    await page.locator('[data-sheet-tab="已发放登记"]').waitFor();
    const register = (await cells())['已发放登记'] as Record<string, { value: unknown }>;
    const ids = Object.entries(register).filter(([address]) => /^A\d+$/.test(address) && address !== 'A1').map(([, c]) => c.value);
    expect(ids).toHaveLength(expected);
    // Every ID kept all 18 characters as text.
    expect(ids.every((id) => typeof id === 'string' && /^\d{17}[\dX]$/.test(id))).toBe(true);

    // A second registration of the same roster is refused person by person.
    await page.click('[data-testid=register]');
    await expect(dialog.getAttribute('data-rows')).resolves.toBe('0');
    await expect(dialog.getAttribute('data-refused')).resolves.toBe(String(expected));
    await page.getByRole('button', { name: '取消' }).last().click();
  });

  it('validating right after registering says the batch was registered, not that everyone was paid twice', async () => {
    await page.click('[data-testid=tab-validate]');
    await page.click('[data-testid=edit-inputs]');
    await expect(page.locator('[data-history="已发放登记"] input[type=checkbox]').isChecked()).resolves.toBe(true);
    await runCheck(page);
    expect(await chipCounts(page)).toEqual(cli.summary.byCode);
    const before = page.locator('[data-testid=registered-before]');
    await expect(before.textContent()).resolves.toMatch(/^本批已于 \d{4}-\d{2}-\d{2} 登记（批次“e2e 第一批”）：\d+ 人/);
    await expect(page.locator('[data-testid=summary]').textContent()).resolves.toContain('已对照已发放记录 1 份');
  });

  it('撤销本批 takes the batch out of the register again', async () => {
    await page.click('[data-testid=undo-batch]');
    await page.locator('[data-testid=notice]', { hasText: '已撤销本批' }).waitFor();
    const register = (await cells())['已发放登记'] as Record<string, { value: unknown }>;
    const ids = Object.entries(register).filter(([address, c]) => /^A\d+$/.test(address) && address !== 'A1' && c.value !== '' && c.value !== null);
    expect(ids).toHaveLength(0);
    expect(register.A1.value).toBe('身份证号码');
  });

  it('explains a JL.EMPLOY_SUBSIDY cell with the values it reads, dates as the clerk sees them', async () => {
    await page.click(`[data-sheet-tab="${EXAMPLE_SHEET}"]`);
    await page.click('[data-testid=grid] td[data-address="C4"]');
    await page.click('[data-testid=tab-explain]');
    const text = page.locator('[data-testid=explain-text]');
    // The full JL.EXPLAIN text is folded under the conclusion.
    await text.waitFor({ state: 'attached' });
    await expect(page.locator('[data-testid=explain-conclusion]').textContent()).resolves.toBe('符合第七条条件，应发 1,600.00 元。');
    await expect(text.textContent()).resolves.toContain('JL.EMPLOY_SUBSIDY');
    // Row 4 of the roster: hired 2020-12-26, 11 months, 3,150 yuan in 汪清县: eligible, 1,600 yuan (measure 7).
    await expect(text.textContent()).resolves.toContain('1,600.00');
    const values = await page.locator('[data-testid=explain-args] [data-value]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
    const roster = startCells[ROSTER] as Record<string, { value: unknown }>;
    const formula = String((startCells[EXAMPLE_SHEET].C4 as { formula: string }).formula);
    const refs = [...formula.matchAll(/!([A-Z]+\d+)/g)].map((m) => m[1]);
    expect(values).toEqual(refs.map((a) => String(roster[a].value)));
    const shown = await page.locator('[data-testid=explain-args]').textContent();
    expect(shown).toContain('2020-12-26');
    expect(shown).not.toContain(String(roster[refs[0]].value));
    await expect(page.locator('[data-testid=explain-measure]').textContent()).resolves.toContain('第七条');
    await screenshot(page, 'explain.png');

    // Selecting another cell explains that one.
    await page.click('[data-testid=grid] td[data-address="A4"]');
    await page.locator('[data-testid=explain-problem]').waitFor();
  });

  it('explains any row of the roster (说明此行), and says when an amount was typed in', async () => {
    const mismatch = cli.findings.find((f) => f.code === 'AMOUNT_MISMATCH')!;
    await page.click(`[data-sheet-tab="${ROSTER}"]`);
    await page.click('[data-testid=grid] td[data-address="B4"]');
    const row = page.locator('[data-testid=explain-row]');
    await row.locator('h2', { hasText: '第 4 行' }).waitFor();
    await expect(row.locator('h2').textContent()).resolves.toMatch(/^花名册 第 4 行 · \S+$/);
    await expect(page.locator('[data-testid=explain-row] [data-testid=explain-conclusion]').textContent()).resolves.toBe('符合第七条条件，应发 1,600.00 元。');
    // The conditions are folded; their text names inputs in Chinese, never hire_date= or a date serial.
    const conditions = (await page.locator('[data-testid=explain-row] [data-testid=explain-conditions]').textContent()) ?? '';
    expect(conditions).toContain('入职日期：2020-12-26');
    expect(conditions).not.toMatch(/[a-z]+_[a-z]+|=|\b4\d{4}\b/);
    await page.click(`[data-testid=grid] td[data-address="${mismatch.column}${mismatch.row}"]`);
    await page.locator('[data-testid=explain-row] h2', { hasText: `第 ${mismatch.row} 行` }).waitFor();
    await expect(page.locator('[data-testid=explain-typed-amount]').textContent()).resolves.toBe('此处为手工录入金额（2,000.00 元），按政策应为 1,600.00 元。');

    // From a finding: 说明此行 selects its cell and opens 说明 on its row.
    const hire = cli.findings.find((f) => f.code === 'HIRE_BEFORE_CUTOFF')!;
    await page.click('[data-testid=tab-validate]');
    await page.click(`[data-finding=HIRE_BEFORE_CUTOFF][data-address="${hire.column}${hire.row}"]`);
    await page.click('[data-testid=explain-row-button]');
    await page.locator('[data-testid=explain-row] h2', { hasText: `第 ${hire.row} 行` }).waitFor();
    await expect(page.locator('[data-testid=explain-row] [data-testid=explain-conclusion]').textContent()).resolves.toMatch(/^不符合第七条条件：.*入职.*，应发 0\.00 元。$/);
  });

  it('fits 320 px in every view in Chinese, with no serious or critical accessibility violations (axe-core)', async () => {
    await page.click(`[data-sheet-tab="${EXAMPLE_SHEET}"]`);
    await page.click('[data-testid=grid] td[data-address="C4"]');
    await checkEveryView(page, 'zh');
  });

  it('saves the default county in the workbook and uses it in the examples; a city offers its districts', async () => {
    await page.click('[data-testid=tab-settings]');
    const county = page.getByRole('combobox', { name: '默认县（市、区）' });
    await county.fill('长春');
    await page.click('[data-testid=save-county]');
    await expect(page.locator('[data-testid=settings]').textContent()).resolves.toContain('朝阳区');
    // By keyboard, as a clerk without a mouse would: open the list, type, pick.
    await county.fill('');
    await county.focus();
    await county.pressSequentially('龙井');
    await county.press('ArrowDown');
    await county.press('Enter');
    await expect(county.inputValue()).resolves.toBe('龙井市');
    await county.press('Tab');
    await page.click('[data-testid=save-county]');
    await page.getByText('已保存到本工作簿。').waitFor();
    // A reading changed in 设置 is confirmed in the clause's and the option's words, not by ids; then set back.
    await page.locator('[data-testid=reading-setting-unsalable_round_down]').selectOption('half-up');
    await page.getByText('已保存到本工作簿：“给予不超过采购额10%的一次性奖补”按“10%按分四舍五入”理解。').waitFor();
    await page.locator('[data-testid=reading-setting-unsalable_round_down]').selectOption('down');
    await page.getByText(/^已保存到本工作簿：“给予不超过采购额10%的一次性奖补”按“.*向下取整.*”理解。$/).waitFor();
    const settings = await page.evaluate(() => (window as unknown as { jlPreview: { settings(): Record<string, unknown> } }).jlPreview.settings());
    expect(settings['jl.defaultCounty']).toBe('龙井市');
    await page.click('[data-testid=tab-measures]');
    const seven = page.locator('[data-measure="7"] button');
    if ((await seven.getAttribute('aria-expanded')) === 'false') await seven.click();
    await page.getByText('=JL.MIN_WAGE("龙井市", "2022-03-01")').waitFor();
  });

  it('checks against a paid register picked from disk as jl-roster --history does, and asks before using a roster as one', async () => {
    const fresh = await openPreview('zh');
    await fresh.setInputFiles('[data-testid=history-file-input]', join(SAMPLES, 'paid-register.xlsx'));
    await fresh.locator('[data-file="paid-register.xlsx"]').waitFor();
    // A roster picked as a register: everyone in it would count as paid. Asked, and left out when the clerk says so.
    await fresh.setInputFiles('[data-testid=history-file-input]', join(SAMPLES, OTHER_COUNTY));
    await expect(fresh.locator('[data-testid=register-question]').textContent()).resolves.toContain(OTHER_COUNTY);
    await fresh.click('[data-testid=register-question-safe]');
    await fresh.locator('[data-testid=register-question]').waitFor({ state: 'detached' });
    await expect(fresh.locator(`[data-file="${OTHER_COUNTY}"]`).count()).resolves.toBe(0);

    await runCheck(fresh);
    const withHistory = cliReport(SAMPLE, ['--history', 'paid-register.xlsx']);
    const counts = await chipCounts(fresh);
    expect(counts).toEqual(withHistory.summary.byCode);
    expect(counts.DUPLICATE_PAID).toBeGreaterThan(0);
    await expect(fresh.locator('[data-testid=summary]').textContent()).resolves.toContain('已对照已发放记录 1 份');
    await expect(fresh.locator('[data-testid=no-register]').count()).resolves.toBe(0);
    await fresh.close();
  });

  it('checks rosters of another county picked from disk together with this one, as jl-roster does with two files', async () => {
    const fresh = await openPreview('zh');
    await fresh.setInputFiles('[data-testid=other-roster-input]', join(SAMPLES, OTHER_COUNTY));
    await fresh.locator(`[data-file="${OTHER_COUNTY}"]`).waitFor();
    await runCheck(fresh);
    const both = cliReport(SAMPLE, [OTHER_COUNTY]);
    expect(await chipCounts(fresh)).toEqual(both.summary.byCode);
    const crossCounty = both.findings.filter((f) => f.code === 'DUPLICATE_IN_ROSTER' && f.file === OTHER_COUNTY);
    expect(crossCounty.length).toBeGreaterThan(0);
    await expect(fresh.locator('[data-finding=DUPLICATE_IN_ROSTER]', { hasText: OTHER_COUNTY }).count()).resolves.toBeGreaterThan(0);
    await fresh.close();
  });

  it('checks against a registry export and a death list picked from disk as jl-roster --registry/--deceased do, and 说明此行 shows the rows used', async () => {
    const fresh = await openPreview('zh');
    await fresh.setInputFiles('[data-testid=registry-lists-input]', join(SAMPLES, 'registry-wangqing-2022.xlsx'));
    await fresh.setInputFiles('[data-testid=deceased-lists-input]', join(SAMPLES, 'deceased-2022.xlsx'));
    await fresh.locator('[data-file="deceased-2022.xlsx"]').waitFor();
    const inputs = await paneWidths(fresh);
    expect(inputs.scrollWidth).toBeLessThanOrEqual(inputs.clientWidth);
    await runCheck(fresh);
    const withLists = cliReport(SAMPLE, ['--registry', 'registry-wangqing-2022.xlsx', '--deceased', 'deceased-2022.xlsx']);
    const counts = await chipCounts(fresh);
    expect(counts).toEqual(withLists.summary.byCode);
    expect(counts.DECEASED).toBeGreaterThan(0);
    await expect(fresh.locator('[data-testid=registries-used]').textContent()).resolves.toBe('registry-wangqing-2022.xlsx / 人员信息');
    await expect(fresh.locator('[data-testid=run-note]').count()).resolves.toBe(0);
    const died = withLists.findings.find((f) => f.code === 'DECEASED' && f.file === SAMPLE)!;
    await fresh.click(`[data-finding=DECEASED][data-address="${died.column}${died.row}"]`);
    await fresh.click('[data-testid=explain-row-button]');
    const facts = fresh.locator('[data-testid=explain-registry] [data-list-row=deceased]');
    await facts.waitFor();
    await expect(facts.textContent()).resolves.toMatch(/deceased-2022\.xlsx「死亡人员」第\d+行.*死亡日期：\d{4}-\d{2}-\d{2}/);
    await settled(fresh);
    const widths = await paneWidths(fresh);
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
    await expect(axeSeriousViolations(fresh)).resolves.toEqual([]);
    await screenshotPane(fresh, `pane-${PANE_WIDTH}-zh-explain-registry.png`);
    await fresh.close();
  });

  it('shows the pane in English when Excel’s display language is English, fitting 320 px in every view', async () => {
    const english = await openPreview('en');
    await expect(english.locator('[data-testid=tab-validate]').textContent()).resolves.toBe('Validate');
    await expect(english.locator('[data-testid=run]').textContent()).resolves.toBe('Validate');
    await screenshotPane(english, `pane-${PANE_WIDTH}-en-start.png`);
    await runCheck(english);
    const line = (await english.locator('[data-testid=summary]').textContent()) ?? '';
    expect(line).toContain(`${cli.summary.errors} errors`);
    expect(line).toContain(`${cli.summary.warnings} ${cli.summary.warnings === 1 ? 'warning' : 'warnings'}`);
    expect(line).not.toMatch(/[，。：；（）、]/);
    await english.click(`[data-sheet-tab="${EXAMPLE_SHEET}"]`);
    await english.click('[data-testid=grid] td[data-address="C4"]');
    await checkEveryView(english, 'en');
    await english.close();
  });
});
