// The web page (issue 13) as the browser tests open it: dist-web/ built once a run (the browser project's global setup),
// opened from disk, with every request the page makes recorded.
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { basename, join } from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { jlRoster } from '../cli/builtCli';
import type { CliReport } from './previewHarness';
import { ROOT } from './previewHarness';

export const DIST_WEB = join(ROOT, 'dist-web');
export const WEB_FIXTURES = join(ROOT, 'test', 'fixtures', 'web');

/** dist-web/ as `npm run build:web` builds it. */
export function buildWeb(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', 'webpack.web.config.js', '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 600_000,
  });
}

export interface WebServer {
  readonly url: string;
  close(): Promise<void>;
}

/** dist-web/ served from a static folder by the preview's tiny server (Node's http, localhost only). */
export function startWebServer(): Promise<WebServer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startServer } = require(join(ROOT, 'preview', 'server.js')) as { startServer(root: string, port: number): Promise<WebServer> };
  return startServer(DIST_WEB, 0);
}

export const WEB_URL = pathToFileURL(join(DIST_WEB, 'index.html')).href;

export interface OpenedPage {
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
}

/** A new page on dist-web/index.html (from disk unless `url` says otherwise), recording its requests. */
export async function openWeb(browser: Browser, options: { lang?: 'zh' | 'en'; width?: number; url?: string } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1440, height: 900 }, acceptDownloads: true, locale: options.lang === 'en' ? 'en-US' : 'zh-CN' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(options.url ?? WEB_URL);
  await page.locator('[data-testid=drop-zone]').waitFor();
  return { page, requests };
}

/** Picks files through the page's file input and waits until each has been read and recognised. */
export async function addFiles(page: Page, files: ReadonlyArray<string>): Promise<void> {
  const before = await page.locator('[data-testid=file-list] li').count();
  await page.locator('[data-testid=file-input]').setInputFiles([...files]);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=file-list] li').length >= n, before + files.length);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-list] li[data-status=reading]').length === 0, undefined, { timeout: 120_000 });
}

/** Drops files on the page's drop zone as the clerk drags them from a folder, and waits until each has been read. */
export async function dropFiles(page: Page, files: ReadonlyArray<string>): Promise<void> {
  const before = await page.locator('[data-testid=file-list] li').count();
  const contents = files.map((f) => ({ name: basename(f), base64: readFileSync(f).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, contents);
  await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer });
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=file-list] li').length >= n, before + files.length);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=file-list] li[data-status=reading]').length === 0, undefined, { timeout: 120_000 });
}

/** Presses 开始校验 and waits for the results. */
export async function runCheck(page: Page): Promise<void> {
  await page.click('[data-testid=run]');
  await page.locator('[data-testid=run]:not([disabled])').waitFor({ timeout: 120_000 });
  await page.locator('[data-testid=summary]').waitFor({ timeout: 120_000 });
}

export interface ShownFinding {
  readonly key: string;
  readonly severity: string;
  readonly text: string;
}

/** The findings as the page lists them: code, file, sheet and cell, and the item's text. */
export async function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.locator('[data-finding]').evaluateAll((items) =>
    items.map((b) => ({
      key: `${b.getAttribute('data-finding')} ${b.getAttribute('data-file')} ${b.getAttribute('data-sheet')}!${b.getAttribute('data-address')}`,
      severity: b.getAttribute('data-severity') ?? '',
      text: b.textContent ?? '',
    })),
  );
}

/** `jl-roster validate ARGS --json --lang zh` run in `cwd`, so each file is named by its bare name as in the page. */
export function cliJson(args: ReadonlyArray<string>, cwd: string): CliReport & { findings: Array<CliReport['findings'][number] & { message: string }> } {
  const run = jlRoster(['validate', ...args, '--json', '--lang', 'zh'], cwd);
  if (run.code !== 0 && run.code !== 1) throw new Error(`jl-roster exited with ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

export const cliKeys = (report: CliReport) => report.findings.map((f) => `${f.code} ${f.file} ${f.sheet}!${f.column || 'A'}${f.row}`);
