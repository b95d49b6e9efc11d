/**
 * The browser preview end to end, in Debian's Chromium: the add-in's task pane beside a grid of the sample employment
 * roster, held by the in-memory Excel host. What the pane finds is checked against `jl-roster --json` on the same
 * file; marks, report, register and explain are checked in the workbook the host holds.
 */
import type { Browser, Page } from 'playwright-core';
import { join } from 'path';
import type { CliReport } from './previewHarness';
import {
  SAMPLES, axeSeriousViolations, cliReport, launchChromium, screenshot, startPreviewServer,
} from './previewHarness';
import { chromiumAvailable, describeInBrowser } from '../support/chromium';
import type { PreviewServer } from './previewHarness';

jest.setTimeout(240_000);

const SAMPLE = 'employ-wangqing-2022.xlsx';
const ROSTER = '花名册';
const EXAMPLE_SHEET = 'JL公式示例（预览）';

type Snapshot = Record<string, Record<string, unknown>>;

let server: PreviewServer;
let browser: Browser;
let page: Page;
let cli: CliReport;
let startCells: Snapshot;
let startFormats: Snapshot;

const cells = () => page.evaluate(() => (window as unknown as { jlPreview: { cells(): unknown } }).jlPreview.cells()) as Promise<Snapshot>;
const formats = () => page.evaluate(() => (window as unknown as { jlPreview: { formats(): unknown } }).jlPreview.formats()) as Promise<Snapshot>;

/** Only the sheets present at the start: the marks' own hidden sheet is compared apart. */
function sameSheets(now: Snapshot, start: Snapshot): Snapshot {
  return Object.fromEntries(Object.keys(start).map((name) => [name, now[name]]));
}

async function expandAllGroups(): Promise<void> {
  const headers = page.locator('[data-group] button[aria-expanded="false"]');
  while ((await headers.count()) > 0) await headers.first().click();
}

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  cli = cliReport(SAMPLE);
  server = await startPreviewServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}?sample=${encodeURIComponent(SAMPLE)}`);
  await page.locator('[data-testid=run]:not([disabled])').waitFor({ timeout: 60_000 });
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
  });

  it('validates the roster and shows the same findings as jl-roster --json', async () => {
    await page.click('[data-testid=run]');
    await page.locator('[data-testid=summary]').waitFor({ timeout: 60_000 });
    const summary = page.locator('[data-testid=summary]');
    await expect(summary.getAttribute('data-errors')).resolves.toBe(String(cli.summary.errors));
    await expect(summary.getAttribute('data-warnings')).resolves.toBe(String(cli.summary.warnings));
    await expect(summary.getAttribute('data-rows')).resolves.toBe(String(cli.summary.rows));

    const counts = await page.locator('[data-testid=counts] [data-code]').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.getAttribute('data-code'), Number(r.getAttribute('data-count'))])),
    );
    expect(counts).toEqual(cli.summary.byCode);

    await expandAllGroups();
    const shown = await page.locator('[data-finding]').evaluateAll((buttons) =>
      buttons.map((b) => `${b.getAttribute('data-finding')} ${b.getAttribute('data-sheet')}!${b.getAttribute('data-address')}`).sort(),
    );
    const expected = cli.findings.map((f) => `${f.code} ${f.sheet}!${f.column || 'A'}${f.row}`).sort();
    expect(shown).toEqual(expected);
    await page.locator('#results-title').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'validate.png');
  });

  it('selecting a finding selects its cell in the grid', async () => {
    const target = cli.findings.find((f) => f.code === 'ID_CHECKSUM') ?? cli.findings[0];
    const address = `${target.column || 'A'}${target.row}`;
    // Move the selection elsewhere first, so the finding has to move it.
    await page.click(`[data-testid=grid] td[data-address="B2"]`);
    await page.click(`[data-finding="${target.code}"][data-address="${address}"]`);
    await page.locator(`[data-testid=grid][data-sheet="${target.sheet}"] td[data-address="${address}"][data-selected="true"]`).waitFor();
    await expect(page.locator('[data-testid=name-box]').textContent()).resolves.toBe(address);
  });

  it('marks the flagged cells without touching a value, and 清除标记 restores every format', async () => {
    // Validation marks at once; the values and formulas of every sheet are as they were.
    await page.locator('[data-testid=clear-marks]:not([disabled])').waitFor();
    const flagged = cli.findings.find((f) => f.severity === 'error')!;
    const fill = await page.locator(`[data-testid=grid] td[data-address="${flagged.column}${flagged.row}"]`).getAttribute('data-fill');
    expect(fill).toBe('#FFC7CE');
    expect(sameSheets(await cells(), startCells)).toEqual(startCells);
    expect(await formats()).not.toEqual(startFormats);

    await page.click('[data-testid=clear-marks]');
    await page.locator('[data-testid=notice]', { hasText: '已清除' }).waitFor();
    expect(await cells()).toEqual(startCells);
    expect(await formats()).toEqual(startFormats);
  });

  it('writes the 校验报告 sheet with every finding linked to its cell', async () => {
    await page.click('[data-testid=write-report]');
    const tab = page.locator('[data-sheet-tab="校验报告"]');
    await tab.waitFor();
    await page.locator('[data-testid=grid][data-sheet="校验报告"]').waitFor();
    const report = (await cells())['校验报告'] as Record<string, { value: unknown }>;
    const codes = Object.entries(report).filter(([address, c]) => /^C\d+$/.test(address) && Object.keys(cli.summary.byCode).includes(String(c.value)));
    expect(codes).toHaveLength(cli.findings.length);
    const links = Object.values((await formats())['校验报告'] as Record<string, { hyperlink?: { documentReference?: string } }>).filter((f) => f.hyperlink);
    expect(links).toHaveLength(cli.findings.length);
    // The summary by code: each code once in column A with its count in column E.
    const summary = Object.entries(report).filter(([address, c]) => /^A\d+$/.test(address) && String(c.value) in cli.summary.byCode);
    expect(Object.fromEntries(summary.map(([address, c]) => [c.value, report[address.replace('A', 'E')].value]))).toEqual(cli.summary.byCode);
    // Values of the roster are untouched by the report.
    expect((await cells())[ROSTER]).toEqual(startCells[ROSTER]);
    await screenshot(page, 'report.png');
  });

  it('registers the persons without errors in the paid register, after a confirmation', async () => {
    const personRows = cli.summary.rows;
    const rowsWithErrors = new Set(cli.findings.filter((f) => f.severity === 'error' && f.code !== 'TOTAL_MISMATCH').map((f) => f.row)).size;
    const expected = personRows - rowsWithErrors;
    await page.click('[data-testid=register]');
    const dialog = page.locator('[data-testid=register-dialog]');
    await dialog.waitFor();
    await expect(dialog.getAttribute('data-rows')).resolves.toBe(String(expected));
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

  it('explains a JL.EMPLOY_SUBSIDY cell with the values it reads', async () => {
    await page.click(`[data-sheet-tab="${EXAMPLE_SHEET}"]`);
    await page.click('[data-testid=grid] td[data-address="C4"]');
    await page.click('[data-testid=tab-explain]');
    const text = page.locator('[data-testid=explain-text]');
    await text.waitFor();
    await expect(text.textContent()).resolves.toContain('JL.EMPLOY_SUBSIDY');
    // Row 4 of the roster: hired 2020-12-26, 11 months, 3,150 yuan in 汪清县: eligible, 1,600 yuan (measure 7).
    await expect(text.textContent()).resolves.toContain('1,600.00');
    const values = await page.locator('[data-testid=explain-args] [data-value]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
    const roster = startCells[ROSTER] as Record<string, { value: unknown }>;
    const formula = String((startCells[EXAMPLE_SHEET].C4 as { formula: string }).formula);
    const refs = [...formula.matchAll(/!([A-Z]+\d+)/g)].map((m) => m[1]);
    expect(values.map((v) => v?.replace(/（.*）$/, ''))).toEqual(refs.map((a) => String(roster[a].value)));
    await expect(page.locator('[data-testid=explain-measure]').textContent()).resolves.toContain('第七条');
    await screenshot(page, 'explain.png');

    // Selecting another cell explains that one.
    await page.click('[data-testid=grid] td[data-address="A4"]');
    await page.locator('[data-testid=explain-problem]').waitFor();
  });

  it('has no serious or critical accessibility violations (axe-core), in each view', async () => {
    for (const tab of ['validate', 'explain', 'measures', 'settings']) {
      await page.click(`[data-testid=tab-${tab}]`);
      if (tab === 'measures') await page.locator('[data-measure="7"] button').click();
      // Let opening panels finish fading in: half-transparent text is not what the clerk reads.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const violations = await axeSeriousViolations(page);
      expect({ tab, violations }).toEqual({ tab, violations: [] });
    }
  });

  it('saves the default county in the workbook and uses it in the examples', async () => {
    await page.click('[data-testid=tab-settings]');
    const county = page.getByRole('combobox', { name: '默认县（市、区）' });
    // By keyboard, as a clerk without a mouse would: open the list, type, pick.
    await county.focus();
    await county.pressSequentially('龙井');
    await county.press('ArrowDown');
    await county.press('Enter');
    await expect(county.inputValue()).resolves.toBe('龙井市');
    await county.press('Tab');
    await page.click('[data-testid=save-county]');
    await page.getByText('已保存到本工作簿。').waitFor();
    const settings = await page.evaluate(() => (window as unknown as { jlPreview: { settings(): Record<string, unknown> } }).jlPreview.settings());
    expect(settings['jl.defaultCounty']).toBe('龙井市');
    await page.click('[data-testid=tab-measures]');
    await page.locator('[data-measure="7"] button').click();
    await page.getByText('=JL.MIN_WAGE("龙井市", "2022-03-01")').waitFor();
  });

  it('checks against a paid register picked from disk as jl-roster --history does', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await fresh.goto(`${server.url}?sample=${encodeURIComponent(SAMPLE)}`);
    await fresh.locator('[data-testid=run]:not([disabled])').waitFor({ timeout: 60_000 });
    await fresh.setInputFiles('[data-testid=history-file-input]', join(SAMPLES, 'paid-register.xlsx'));
    await fresh.locator('[data-history-file="paid-register.xlsx"]').waitFor();
    await fresh.click('[data-testid=run]');
    await fresh.locator('[data-testid=counts]').waitFor({ timeout: 60_000 });
    const counts = await fresh.locator('[data-testid=counts] [data-code]').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.getAttribute('data-code'), Number(r.getAttribute('data-count'))])),
    );
    const withHistory = cliReport(SAMPLE, ['--history', 'paid-register.xlsx']);
    expect(counts).toEqual(withHistory.summary.byCode);
    expect(counts.DUPLICATE_PAID).toBeGreaterThan(0);
    await fresh.close();
  });

  it('shows the pane in English when Excel’s display language is English', async () => {
    const english = await browser.newPage();
    await english.goto(`${server.url}?lang=en&sample=${encodeURIComponent(SAMPLE)}`);
    await english.locator('[data-testid=tab-validate]').waitFor();
    await expect(english.locator('[data-testid=tab-validate]').textContent()).resolves.toBe('Validate');
    await expect(english.locator('[data-testid=run]').textContent()).resolves.toBe('Validate');
    await english.close();
  });
});
