/**
 * `npm run bench:web` (issue 13): a 100,000-row roster .xlsx read and checked in the web page (dist-web/, opened from
 * disk in Debian's Chromium: the file picked, read and recognised in the page's worker, then 开始校验 until the
 * results are shown), median of 5 runs, beside the same file through `jl-roster validate FILE --json` in the same run
 * (bench/case.js cli, also median of 5). Target: < 5 s in the page. Without Chromium it says so and stops.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { chromium } from 'playwright-core';

const ROOT = resolve(__dirname, '..', '..', '..');
const CHROMIUM = process.env.JL_CHROMIUM ?? '/usr/bin/chromium';
const ROWS = 100_000;
const RUNS = 5;
const TARGET_MS = 5000;
const CASE = join(__dirname, 'case.js');
const PAGE = pathToFileURL(join(ROOT, 'dist-web', 'index.html')).href;

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function child<T>(args: ReadonlyArray<string>): T {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', CASE, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;
}

interface PageRun {
  readonly readMs: number;
  readonly totalMs: number;
  readonly rows: number;
}

async function pageRuns(file: string): Promise<PageRun[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const runs: PageRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(PAGE);
      await page.locator('[data-testid=drop-zone]').waitFor();
      await page.fill('[data-testid=as-of]', '2022-12-31');
      const start = Date.now();
      await page.locator('[data-testid=file-input]').setInputFiles(file);
      await page.locator('[data-testid=file-list] li[data-status=read]').waitFor({ timeout: 120_000 });
      const readMs = Date.now() - start;
      await page.click('[data-testid=run]');
      await page.locator('[data-testid=summary]').waitFor({ timeout: 120_000 });
      const totalMs = Date.now() - start;
      const rows = Number(await page.locator('[data-testid=summary]').getAttribute('data-rows'));
      runs.push({ readMs, totalMs, rows });
      await page.close();
    }
    return runs;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`bench:web skipped: ${CHROMIUM} not found (apt-get install -y chromium)\n`);
    return;
  }
  if (!existsSync(join(ROOT, 'dist-web', 'index.html'))) throw new Error('dist-web/ is missing: npm run build:web');
  const dir = mkdtempSync(join(os.tmpdir(), 'jl-web-bench-'));
  try {
    const file = join(dir, `roster-${ROWS}.xlsx`);
    process.stderr.write(`writing a ${ROWS.toLocaleString('en-US')}-row .xlsx (not timed)…\n`);
    child(['xlsx-write', file, String(ROWS)]);
    process.stderr.write(`the web page in Chromium, ${RUNS} runs…\n`);
    const page = await pageRuns(file);
    process.stderr.write(`jl-roster on the same file, ${RUNS} runs…\n`);
    const cli = Array.from({ length: RUNS }, () => child<{ ms: number; code: number }>(['cli', file]));
    const pageMs = median(page.map((r) => r.totalMs));
    const readMs = median(page.map((r) => r.readMs));
    const cliMs = median(cli.map((r) => r.ms));
    const lines = [
      `web page (dist-web, Chromium), ${ROWS.toLocaleString('en-US')}-row .xlsx, median of ${RUNS}: read and recognised ${readMs} ms, read and checked ${pageMs} ms (runs: ${page.map((r) => r.totalMs).join(', ')}; rows checked ${page[0].rows.toLocaleString('en-US')})`,
      `jl-roster validate FILE --json, same file, median of ${RUNS}: ${cliMs.toFixed(0)} ms (exit ${cli[0].code}); page/CLI ${(pageMs / cliMs).toFixed(2)}x`,
      `target (issue 13): a 100,000-row roster read and checked in the page in < 5 s: ${pageMs < TARGET_MS ? 'met' : 'MISSED'} (${(pageMs / 1000).toFixed(2)} s)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
