import { execFileSync } from 'child_process';
import { mkdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import type { Browser, Page } from 'playwright-core';
import { jlRoster } from '../cli/builtCli';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../support/chromium';

export const ROOT = resolve(__dirname, '..', '..');
export { CHROMIUM };
/** Where the browser tests put their screenshots: ignored by git; `npm run screenshots` copies the README's pictures. */
export const RESULTS = join(ROOT, 'test-results');
export const SAMPLES = join(ROOT, 'assets', 'samples');


function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
}

/** The preview as `npm run build:preview` builds it (the browser project's global setup runs it once a run). */
export function buildPreview(): void {
  run(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', 'webpack.preview.config.js', '--mode', 'production']);
}

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startPreviewServer(): Promise<PreviewServer> {
  // The server is plain JavaScript shared with `npm run preview`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startServer } = require(join(ROOT, 'preview', 'server.js')) as { startServer(root: string, port: number): Promise<PreviewServer> };
  return startServer(join(ROOT, 'dist-preview'), 0);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, name) });
}

export interface CliFinding {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  sheet: string;
  row: number;
  column: string;
}

export interface CliReport {
  summary: { files: number; sheets: number; rows: number; errors: number; warnings: number; byCode: Record<string, number> };
  findings: CliFinding[];
}

/** What `jl-roster validate FILE --json` says of a sample, run from the samples folder so `file` is its bare name. */
export function cliReport(file: string, extra: string[] = []): CliReport {
  const run = jlRoster(['validate', file, ...extra, '--json'], SAMPLES);
  // Exit code 1 means "errors found": the JSON is still on stdout.
  if (run.code !== 0 && run.code !== 1) throw new Error(`jl-roster exited with ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as CliReport;
}

/**
 * Runs axe-core in the page and returns the serious and critical violations. One known false positive is left out,
 * as Accessibility Insights does (microsoft/accessibility-insights-web#7605): Fluent's focus manager (Tabster) puts
 * aria-hidden, focusable <i data-tabster-dummy> sentinels around arrow-key groups such as TabList, which only pass
 * focus on at once (microsoft/fluentui#27517, closed "By Design"). Any other node of that rule still fails.
 */
export async function axeSeriousViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  const source = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated, not added as an inline <script>: the page's Content-Security-Policy (issue 9) refuses inline scripts.
  await page.evaluate(source);
  return page.evaluate(async () => {
    type Node = { target: string[]; html: string };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Node[] }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    const tabsterSentinel = (id: string, n: Node) => id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(n.html);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.filter((n) => !tabsterSentinel(v.id, n)).slice(0, 5).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`) }))
      .filter((v) => v.nodes.length > 0);
  });
}

/** The width Excel gives a task pane (320–350 px): the preview draws the pane this wide with ?pane=320. */
export const PANE_WIDTH = 320;

/** How wide the pane's content is against the pane: scrollWidth > clientWidth means the clerk scrolls sideways. */
export async function paneWidths(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.locator('[data-testid=pane]').evaluate((pane) => ({ scrollWidth: pane.scrollWidth, clientWidth: pane.clientWidth }));
}

/** The whole task pane, top to bottom (the page is made tall enough for it), into the screenshots folder. */
export async function screenshotPane(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const before = page.viewportSize();
  const pane = page.locator('[data-testid=pane]');
  const height = await pane.evaluate((p) => p.scrollHeight + p.getBoundingClientRect().top);
  await page.setViewportSize({ width: before?.width ?? 1440, height: Math.min(Math.ceil(height) + 8, 12_000) });
  await pane.screenshot({ path: join(RESULTS, name) });
  if (before) await page.setViewportSize(before);
}
