// The browser tests drive Debian's Chromium (Playwright cannot download its own browsers here). Without it they are
// skipped, and the browser project's global setup says so in one line; every other test still runs.
import { existsSync } from 'fs';

export const CHROMIUM = process.env.JL_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export const CHROMIUM_MISSING_LINE =
  `浏览器测试已跳过：未找到 ${CHROMIUM}（安装：apt-get install -y chromium）· browser tests skipped: ${CHROMIUM} not found (install it with apt-get install -y chromium)`;

/** `describe` when Chromium is there, `describe.skip` when it is not (chosen at the call: jest's globals exist only in tests). */
export function describeInBrowser(name: string, body: () => void): void {
  (chromiumAvailable() ? describe : describe.skip)(name, body);
}
