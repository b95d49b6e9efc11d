/**
 * The web page (网页版, issue 13) end to end in Debian's Chromium, opened from disk (file://) as an office without
 * Microsoft 365 opens it: the samples picked (as .xlsx, and as the .xls and .csv LibreOffice made of one), each file's
 * role recognised; every finding compared with `jl-roster --json` on the same files; the annotated workbook compared
 * cell by cell with `jl-roster --out`'s; a batch registered as paid and the roster checked again against the updated
 * register; no request leaving the page; axe-core at 1440 and 375 px, in Chinese and English; screenshots.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser, Download, Page } from 'playwright-core';
import { parseResidentId } from '../../src/policy';
import { jlRoster } from '../cli/builtCli';
import { chromiumAvailable, describeInBrowser } from '../support/chromium';
import { SAMPLES, axeSeriousViolations, launchChromium, screenshot } from './previewHarness';
import { DIST_WEB, WEB_FIXTURES, addFiles, cliJson, cliKeys, dropFiles, openWeb, runCheck, shownFindings, startWebServer } from './webHarness';

jest.setTimeout(300_000);

const WANGQING = 'employ-wangqing-2022.xlsx';
const ANTU = 'employ-antu-2022.xlsx';
const REGISTER = 'paid-register.xlsx';
const REGISTRY = 'registry-wangqing-2022.xlsx';
const DECEASED = 'deceased-2022.xlsx';

let browser: Browser;
let work: string;

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  browser = await launchChromium();
  work = mkdtempSync(join(tmpdir(), 'jl-web-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What the page lists against what jl-roster says: the same findings (code, file, sheet, cell, severity, message). */
async function expectSameFindings(page: Page, cli: ReturnType<typeof cliJson>): Promise<void> {
  const shown = await shownFindings(page);
  expect(shown.map((f) => f.key).sort()).toEqual(cliKeys(cli).sort());
  const byKey = new Map(shown.map((f) => [f.key, f]));
  for (const f of cli.findings) {
    const item = byKey.get(`${f.code} ${f.file} ${f.sheet}!${f.column || 'A'}${f.row}`)!;
    expect({ key: item.key, severity: item.severity, hasMessage: item.text.includes(f.message) }).toEqual({ key: item.key, severity: f.severity, hasMessage: true });
  }
  const summary = page.locator('[data-testid=summary]');
  await expect(summary.getAttribute('data-errors')).resolves.toBe(String(cli.summary.errors));
  await expect(summary.getAttribute('data-warnings')).resolves.toBe(String(cli.summary.warnings));
  await expect(summary.getAttribute('data-rows')).resolves.toBe(String(cli.summary.rows));
}

/** Opening dialogs done fading in: half-transparent text is not what the clerk reads. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function roles(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-testid=file-list] li').evaluateAll((items) => Object.fromEntries(items.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-role')])));
}

async function saved(download: Download, name: string): Promise<string> {
  const path = join(work, name);
  await download.saveAs(path);
  return path;
}

/** Each sheet of a workbook as its name and every cell's text, fill and note: what a clerk opening it sees. */
async function workbookContents(path: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const cells: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill = cell.fill && cell.fill.type === 'pattern' ? (cell.fill.fgColor?.argb ?? '') : '';
        const note = cell.note === undefined ? '' : typeof cell.note === 'string' ? cell.note : cell.note.texts?.map((t) => t.text).join('');
        cells.push(`${cell.address}=${cell.text}|${fill}|${note}`);
      }),
    );
    return { name: ws.name, state: ws.state, cells };
  });
}

describeInBrowser('the web page, opened from disk', () => {
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    if (!chromiumAvailable()) return;
    ({ page, requests } = await openWeb(browser, { lang: 'zh' }));
  });

  it('carries a policy that lets it talk to nothing, and says that nothing is uploaded', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain('worker-src blob:');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    await expect(page.locator('[data-testid=privacy]').textContent()).resolves.toContain('不会上传');
    // A fetch from the page, to its own folder or anywhere, is refused by the page's own policy.
    const tried = await page.evaluate(async () => fetch('https://example.com/x').then(() => 'answered', (e: unknown) => `blocked: ${String(e)}`));
    expect(tried).toMatch(/^blocked/);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await screenshot(page, 'web-1440-zh-start.png');
  });

  it('recognises each file: two counties’ rosters, a paid register, a registry export and a death list', async () => {
    await addFiles(page, [WANGQING, ANTU, REGISTER, REGISTRY, DECEASED].map((f) => join(SAMPLES, f)));
    expect(await roles(page)).toEqual({ [WANGQING]: 'roster', [ANTU]: 'roster', [REGISTER]: 'paid', [REGISTRY]: 'registry', [DECEASED]: 'deceased' });
  });

  it('finds what jl-roster finds in the same files, finding by finding', async () => {
    await runCheck(page);
    const cli = cliJson([WANGQING, ANTU, '--history', REGISTER, '--registry', REGISTRY, '--deceased', DECEASED], SAMPLES);
    expect(cli.findings.length).toBeGreaterThan(10);
    await expectSameFindings(page, cli);
    await expect(page.locator('[data-testid=registers-used]').textContent()).resolves.toContain(REGISTER);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await screenshot(page, 'web-1440-zh-results.png');
  });

  it('scrolls the grid to the cell of the finding selected, in the right file and sheet', async () => {
    const items = page.locator('[data-finding]');
    const count = await items.count();
    for (const position of [count - 1, 0]) {
      const item = items.nth(position);
      const [file, sheet, address] = await Promise.all(['data-file', 'data-sheet', 'data-address'].map((a) => item.getAttribute(a)));
      await item.click();
      await page.locator(`[data-testid=grid][data-file="${file}"][data-sheet="${sheet}"]`).waitFor();
      const cell = page.locator(`[data-testid=grid] [data-address="${address}"][data-selected=true]`);
      await cell.waitFor();
      const inView = await cell.evaluate((el) => {
        const grid = el.closest('[data-testid=grid]')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return r.top >= grid.top && r.bottom <= grid.bottom && r.left >= grid.left && r.right <= grid.right + 1;
      });
      expect({ address, inView }).toEqual({ address, inView: true });
      await expect(cell.getAttribute('data-severity')).resolves.toMatch(/error|warning/);
    }
  });

  it('explains a finding’s row (说明此行) under the policy', async () => {
    const item = page.locator(`[data-finding=WAGE_BELOW_MIN][data-file="${WANGQING}"]`).first();
    await item.click();
    await page.click('[data-testid=explain-row-button]');
    const dialog = page.locator('[data-testid=explain-dialog]');
    await dialog.waitFor();
    await settled(page);
    // The row's wage is below the county's minimum: the policy pays nothing, and says why.
    const conclusion = (await dialog.locator('[data-testid=explain-conclusion]').textContent()) ?? '';
    expect(conclusion).toContain('不符合');
    expect(conclusion).toContain('最低工资');
    await screenshot(page, 'web-1440-zh-explain.png');
    await page.keyboard.press('Escape');
  });

  it('downloads the annotated workbook jl-roster --out writes: the same cells, fills, notes and masking', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-annotated]')]);
    const fromPage = await saved(download, 'page-report.xlsx');
    const fromCli = join(work, 'cli-report.xlsx');
    const run = jlRoster(['validate', WANGQING, ANTU, '--history', REGISTER, '--registry', REGISTRY, '--deceased', DECEASED, '--lang', 'zh', '--out', fromCli], SAMPLES);
    expect([0, 1]).toContain(run.code);
    const [pageCells, cliCells] = await Promise.all([workbookContents(fromPage), workbookContents(fromCli)]);
    expect(pageCells).toEqual(cliCells);
    // Masked: no resident ID number anywhere in the file's cells (an 18-digit credit code is not one).
    const ids = (JSON.stringify(pageCells).match(/[0-9X]{18}/g) ?? []).filter((t) => parseResidentId(t).ok);
    expect(ids).toEqual([]);
  });

  it('downloads the findings as .xlsx and .csv', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-findings-csv]')]);
    const text = readFileSync(await saved(csv, 'findings.csv'), 'utf8');
    const cli = cliJson([WANGQING, ANTU, '--history', REGISTER, '--registry', REGISTRY, '--deceased', DECEASED], SAMPLES);
    for (const code of new Set(cli.findings.map((f) => f.code))) expect(text).toContain(code);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-findings-xlsx]')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await saved(xlsx, 'findings.xlsx'));
    expect(wb.worksheets[0].rowCount).toBeGreaterThan(cli.findings.length);
  });

  it('asked no URL but its own files and the worker it made', () => {
    const outside = requests.filter((u) => !u.startsWith(`file://${DIST_WEB}/`) && !u.startsWith('blob:null/'));
    expect(outside).toEqual([]);
  });
});

describeInBrowser('registering a batch as paid, and checking again', () => {
  it('appends the settled persons to the paid register, downloads it, and finds them paid on the next check', async () => {
    const { page, requests } = await openWeb(browser, { lang: 'zh' });
    await addFiles(page, [join(SAMPLES, ANTU), join(SAMPLES, REGISTER)]);
    await runCheck(page);
    const before = await shownFindings(page);
    await page.click('[data-testid=register]');
    const dialog = page.locator('[data-testid=register-dialog]');
    await dialog.waitFor();
    const rows = Number(await dialog.getAttribute('data-rows'));
    expect(rows).toBeGreaterThan(0);
    await page.fill('[data-testid=register-batch]', '测试批次一');
    await page.fill('[data-testid=register-date]', '2022-07-15');
    await settled(page);
    await screenshot(page, 'web-1440-zh-register.png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=register-confirm]')]);
    const register = await saved(download, download.suggestedFilename());
    // The page now holds the updated register as its paid register, in place of the one given.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-list] li[data-status=reading]').length === 0);
    const listed = await page.locator('[data-testid=file-list] li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-role')]));
    expect(listed).toEqual([
      [ANTU, 'roster'],
      [download.suggestedFilename(), 'paid'],
    ]);
    await runCheck(page);
    const after = await shownFindings(page);
    const paidAgain = after.filter((f) => f.key.startsWith('DUPLICATE_PAID '));
    expect(paidAgain.length - before.filter((f) => f.key.startsWith('DUPLICATE_PAID ')).length).toBe(rows);
    // And jl-roster, given the downloaded register, says the same.
    copyFileSync(join(SAMPLES, ANTU), join(work, ANTU));
    await expectSameFindings(page, cliJson([ANTU, '--history', download.suggestedFilename()], work));
    expect(register.endsWith('.xlsx')).toBe(true);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:null/'))).toEqual([]);
    await page.context().close();
  });
});

describeInBrowser('the same roster as .xls and .csv (written by LibreOffice), dropped on the page', () => {
  for (const file of ['employ-wangqing-2022.xls', 'employ-wangqing-2022.csv']) {
    it(`${file}: the findings of jl-roster on the same file`, async () => {
      const { page } = await openWeb(browser, { lang: 'zh' });
      await dropFiles(page, [join(WEB_FIXTURES, file)]);
      await expect(page.locator(`[data-testid=file-list] li[data-file="${file}"]`).getAttribute('data-recognised')).resolves.toBe('roster');
      await runCheck(page);
      const cli = cliJson([file], WEB_FIXTURES);
      expect(cli.findings.length).toBeGreaterThan(0);
      await expectSameFindings(page, cli);
      await page.context().close();
    });
  }
});

describeInBrowser('narrow and English', () => {
  it('reads at 375 px without sideways scrolling, with no serious axe-core violation', async () => {
    const { page } = await openWeb(browser, { lang: 'zh', width: 375 });
    await addFiles(page, [join(SAMPLES, WANGQING)]);
    await runCheck(page);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // No paid register on the page: the summary says how to add one here, not in the pane's words.
    await expect(page.locator('[data-testid=no-register]').textContent()).resolves.toContain('加入本页');
    expect(await axeSeriousViolations(page)).toEqual([]);
    await screenshot(page, 'web-375-zh-results.png');
    await page.context().close();
  });

  it('speaks English to a browser set to English, and switches to Chinese', async () => {
    const { page } = await openWeb(browser, { lang: 'en' });
    await expect(page.locator('h1').textContent()).resolves.toContain('checker');
    await addFiles(page, [join(SAMPLES, WANGQING)]);
    await runCheck(page);
    await expect(page.locator('[data-testid=summary]').textContent()).resolves.toMatch(/errors?/);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await screenshot(page, 'web-1440-en-results.png');
    await page.click('[data-testid=language]');
    await expect(page.locator('h1').textContent()).resolves.toContain('吉林');
    await page.context().close();
  });
});

describeInBrowser('served from a static folder over http', () => {
  it('works the same, asks its own origin for nothing but its files, and opens again with the server gone', async () => {
    const server = await startWebServer();
    try {
      const { page, requests } = await openWeb(browser, { lang: 'zh', url: server.url });
      await addFiles(page, [join(SAMPLES, WANGQING)]);
      await runCheck(page);
      await expectSameFindings(page, cliJson([WANGQING], SAMPLES));
      const own = new URL(server.url).origin;
      expect(requests.filter((u) => !u.startsWith(`${own}/`) && !u.startsWith(`blob:${own}/`))).toEqual([]);
      // Its service worker keeps a copy: with the server gone, the page still opens and checks.
      await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
      await server.close();
      await page.reload();
      await page.locator('[data-testid=drop-zone]').waitFor();
      await addFiles(page, [join(SAMPLES, ANTU)]);
      await runCheck(page);
      await expectSameFindings(page, cliJson([ANTU], SAMPLES));
      await page.context().close();
    } finally {
      await server.close().catch(() => undefined);
    }
  });

});

describeInBrowser('a big roster', () => {
  it('shows progress, cancels, and checks again after', async () => {
    // 30,000 rows: the sample's rows over and over (a file this test writes itself: only its size matters here).
    const lines = readFileSync(join(WEB_FIXTURES, 'employ-wangqing-2022.csv'), 'utf8').split(/\r?\n/);
    const head = lines.slice(0, 3);
    const data = lines.slice(3).filter((l) => /^\d+,/.test(l));
    const big = join(work, 'big-roster.csv');
    const rows: string[] = [];
    for (let i = 0; rows.length < 30_000; i++) rows.push(data[i % data.length]);
    writeFileSync(big, [...head, ...rows].join('\n'));
    const { page } = await openWeb(browser, { lang: 'zh' });
    await page.locator('[data-testid=file-input]').setInputFiles([big]);
    await page.locator('[data-testid=file-list] li').waitFor();
    await page.click('[data-testid=run]');
    await page.locator('[data-testid=progress]').waitFor();
    // The page answers while the worker reads and checks.
    await expect(page.evaluate(() => document.querySelector('[data-testid=cancel]') !== null)).resolves.toBe(true);
    await page.click('[data-testid=cancel]');
    await page.locator('[data-testid=cancelled]').waitFor();
    await runCheck(page);
    const grid = page.locator('[data-testid=grid]');
    await expect(grid.getAttribute('data-rows')).resolves.toBe(String(head.length + rows.length));
    // A click far down the grid, nothing selected yet, selects the cell clicked (focus does not first pull it to the top).
    await grid.evaluate((el) => el.scrollTo({ top: 24_000 }));
    const target = grid.locator('[role=row][aria-rowindex="1010"] [role=gridcell]').nth(1);
    await target.waitFor();
    const address = await target.getAttribute('data-address');
    await target.click();
    await expect(grid.locator('[data-selected=true]').getAttribute('data-address')).resolves.toBe(address);
    // Still drawn virtually, and the keyboard reaches its last row: drawn and on screen, with few rows drawn.
    await grid.focus();
    await page.keyboard.press('Control+End');
    const last = await grid.evaluate((el) => {
      const cell = document.getElementById(el.getAttribute('aria-activedescendant') ?? '');
      const g = el.getBoundingClientRect();
      const r = cell?.getBoundingClientRect();
      return { row: cell?.parentElement?.querySelector('[role=rowheader]')?.textContent, inView: r !== undefined && r.top >= g.top && r.bottom <= g.bottom + 1, drawn: el.querySelectorAll('[role=row]').length };
    });
    expect({ ...last, few: last.drawn < 200 }).toMatchObject({ row: String(head.length + rows.length), inView: true, few: true });
    await page.context().close();
  });
});

/** Every cell of the grid marked `attribute`, the grid scrolled from top to bottom (it draws only the rows on screen). */
async function gridCellsMarked(page: Page, attribute: string): Promise<string[]> {
  const grid = page.locator('[data-testid=grid]');
  const found = new Set<string>();
  const { scrollHeight, clientHeight, scrollTop } = await grid.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, scrollTop: el.scrollTop }));
  for (let y = 0; y < scrollHeight; y += clientHeight / 2) {
    await grid.evaluate((el, top) => el.scrollTo({ top }), y);
    await page.waitForFunction((top) => Math.abs(document.querySelector('[data-testid=grid]')!.scrollTop - Math.min(top, document.querySelector('[data-testid=grid]')!.scrollHeight - document.querySelector('[data-testid=grid]')!.clientHeight)) < 2, y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const a of await grid.locator(`[${attribute}=true]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-address')!))) found.add(a);
  }
  await grid.evaluate((el, top) => el.scrollTo({ top }), scrollTop);
  return [...found].sort();
}

describeInBrowser('the grid beside the findings', () => {
  let page: Page;

  beforeAll(async () => {
    if (!chromiumAvailable()) return;
    ({ page } = await openWeb(browser, { lang: 'zh' }));
    await addFiles(page, [join(SAMPLES, WANGQING)]);
    await runCheck(page);
  });

  afterAll(async () => page?.context().close());

  it('选中此类全部单元格 marks every flagged cell of that kind, shows the first, and says how many', async () => {
    // The kind of finding with the most cells on the roster's sheet.
    const chips = await page.locator('[data-testid=counts] [data-code]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-code')!, Number(e.getAttribute('data-count'))] as const));
    const [code, count] = [...chips].sort((a, b) => b[1] - a[1])[0];
    expect(count).toBeGreaterThan(1);
    await page.click(`[data-testid=counts] [data-code=${code}]`);
    const expected = [...new Set(await page.locator(`[data-finding=${code}]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-address')!)))].sort();
    expect(expected.length).toBeGreaterThan(1);
    await page.click('[data-testid=select-all-of-code]');
    const status = page.locator('[data-testid=grid-selection]');
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain(`选中 ${expected.length} 个单元格`);
    // The first is the active cell, and on screen.
    const active = page.locator('[data-testid=grid] [data-selected=true]');
    await active.waitFor();
    expect(await active.evaluate((el) => {
      const grid = el.closest('[data-testid=grid]')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= grid.top && r.bottom <= grid.bottom;
    })).toBe(true);
    expect(expected).toContain(await active.getAttribute('data-address'));
    await screenshot(page, 'web-1440-zh-select-all.png');
    expect(await gridCellsMarked(page, 'data-chosen')).toEqual(expected);
    // The chosen cells look chosen: a frame the other flagged cells do not have.
    const frames = await page.locator('[data-testid=grid] [data-severity]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-chosen') === 'true', getComputedStyle(e).outlineStyle] as const));
    for (const [isChosen, outline] of frames) expect(outline === 'none').toBe(!isChosen);
    expect(await axeSeriousViolations(page)).toEqual([]);
    // Choosing one finding again leaves one cell selected.
    await page.locator(`[data-finding=${code}]`).last().click();
    await expect(page.locator('[data-testid=grid-selection]').count()).resolves.toBe(0);
    expect(await gridCellsMarked(page, 'data-chosen')).toEqual([]);
  });

  it('moves its active cell with the keyboard, one tab stop, naming each cell it reaches (WAI-ARIA grid)', async () => {
    const grid = page.locator('[data-testid=grid]');
    // One tab stop: the grid, no cell of it.
    await expect(grid.getAttribute('tabindex')).resolves.toBe('0');
    await expect(grid.locator('[tabindex]').count()).resolves.toBe(0);
    const letters = await grid.locator('[role=columnheader]').evaluateAll((els) => els.slice(1).map((e) => e.textContent ?? ''));
    const rows = Number(await grid.getAttribute('data-rows'));
    await grid.evaluate((el) => el.scrollTo({ top: 0 }));
    await page.waitForFunction(() => document.querySelector('[data-testid=grid] [role=rowgroup] [role=row]')?.getAttribute('aria-rowindex') === '2');
    const firstRow = Number(await grid.locator('[role=rowheader]').first().textContent());
    /** The active cell as a screen reader hears of it: the element aria-activedescendant names, on screen. */
    const active = () =>
      grid.evaluate((el) => {
        const id = el.getAttribute('aria-activedescendant');
        const cell = id ? document.getElementById(id) : null;
        if (!cell || cell.closest('[data-testid=grid]') !== el) return { address: null, label: '', inView: false };
        const g = el.getBoundingClientRect();
        const r = cell.getBoundingClientRect();
        const inView = r.top >= g.top + 23 && r.bottom <= g.bottom + 1 && r.left >= g.left + 63 && r.right <= g.right + 1;
        return { address: cell.getAttribute('data-address'), label: cell.getAttribute('aria-label') ?? '', inView, role: cell.getAttribute('role') };
      });
    await grid.focus();
    await page.keyboard.press('Control+Home');
    expect(await active()).toMatchObject({ address: `A${firstRow}`, inView: true, role: 'gridcell' });
    const presses: Array<[string, string]> = [
      ['ArrowDown', `A${firstRow + 1}`],
      ['ArrowRight', `B${firstRow + 1}`],
      ['ArrowRight', `C${firstRow + 1}`],
      ['ArrowLeft', `B${firstRow + 1}`],
      ['ArrowUp', `B${firstRow}`],
      ['End', `${letters[letters.length - 1]}${firstRow}`],
      ['Home', `A${firstRow}`],
      ['Control+End', `${letters[letters.length - 1]}${firstRow + rows - 1}`],
      ['Control+Home', `A${firstRow}`],
    ];
    for (const [key, address] of presses) {
      await page.keyboard.press(key);
      const now = await active();
      expect({ key, ...now, named: now.label.startsWith(`${address} `) }).toMatchObject({ key, address, inView: true, named: true });
    }
    // PageDown moves a screen of rows, and shows the cell; PageUp comes back.
    await page.keyboard.press('PageDown');
    const down = await active();
    const downRow = Number(down.address!.slice(1));
    expect(down.inView).toBe(true);
    expect(downRow - firstRow).toBeGreaterThan(10);
    await page.keyboard.press('PageDown');
    const further = await active();
    expect({ inView: further.inView, moved: Number(further.address!.slice(1)) > downRow }).toEqual({ inView: true, moved: true });
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    expect((await active()).address).toBe(`A${firstRow}`);
    // The cell's value is in its name: the roster's 姓名 header cell reads as such.
    const nameHeader = await grid.locator('[role=gridcell]', { hasText: /^姓名$/ }).first().getAttribute('data-address');
    const [column, row] = [nameHeader!.replace(/\d+/, ''), Number(nameHeader!.replace(/\D+/, ''))];
    await page.keyboard.press('Control+Home');
    for (let i = firstRow; i < row; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < letters.indexOf(column); i++) await page.keyboard.press('ArrowRight');
    expect((await active()).label).toBe(`${nameHeader} 姓名`);
    expect(await axeSeriousViolations(page)).toEqual([]);
    // Tab leaves the grid at once (no cell is a stop of its own), Shift+Tab comes back to it.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-testid=grid]') === null)).resolves.toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('grid');
  });

  it('Enter on a flagged cell shows what was found there and explains its row (说明此行); Escape comes back to the grid', async () => {
    const grid = page.locator('[data-testid=grid]');
    await page.click('[data-severity-chip=all]');
    const item = page.locator(`[data-finding=WAGE_BELOW_MIN][data-file="${WANGQING}"]`).first();
    const address = (await item.getAttribute('data-address'))!;
    const letters = await grid.locator('[role=columnheader]').evaluateAll((els) => els.slice(1).map((e) => e.textContent ?? ''));
    const column = letters.indexOf(address.replace(/\d+/, ''));
    expect(column).toBeGreaterThan(0);
    // From the cell on its left, by the keyboard.
    await grid.locator(`[data-address="${letters[column - 1]}${address.replace(/\D+/, '')}"]`).click();
    await page.keyboard.press('ArrowRight');
    await expect(grid.getAttribute('aria-activedescendant')).resolves.toBe(await grid.locator(`[data-address="${address}"]`).getAttribute('id'));
    await expect(grid.locator(`[data-address="${address}"]`).getAttribute('aria-label')).resolves.toContain('WAGE_BELOW_MIN');
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-testid=explain-dialog]');
    await dialog.waitFor();
    await settled(page);
    const said = await dialog.locator('[data-testid=explain-findings] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-finding')));
    expect(said).toContain('WAGE_BELOW_MIN');
    await expect(dialog.locator('[data-testid=explain-conclusion]').textContent()).resolves.toContain('最低工资');
    expect(await axeSeriousViolations(page)).toEqual([]);
    await screenshot(page, 'web-1440-zh-grid-enter.png');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('grid');
    // Enter on a cell with nothing found opens nothing.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('keeps the grid where it was, beside the list, while a dialog is open on a wide screen', async () => {
    const item = page.locator('[data-finding]').last();
    await item.click();
    await page.locator('[data-testid=explain-row-button]').scrollIntoViewIfNeeded();
    // The page scrolled down the findings list; the grid sticks beside it.
    await page.evaluate(() => window.scrollBy(0, 200));
    const where = () =>
      page.evaluate(() => {
        const grid = document.querySelector('[data-testid=grid]')!;
        return { page: Math.round(window.scrollY), gridTop: Math.round(grid.getBoundingClientRect().top), gridScroll: grid.scrollTop };
      });
    const before = await where();
    expect(before.page).toBeGreaterThan(0);
    expect(before.gridTop).toBeGreaterThanOrEqual(0);
    await page.click('[data-testid=explain-row-button]');
    await page.locator('[data-testid=explain-dialog]').waitFor();
    await settled(page);
    expect(await where()).toEqual(before);
    await screenshot(page, 'web-1440-zh-explain-over-grid.png');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=explain-dialog]').waitFor({ state: 'detached' });
  });
});
