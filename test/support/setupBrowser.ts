// Global setup of the "browser" project: the command (the pane's findings are compared with its), the add-in's
// production pages (their Content-Security-Policy is tried in the browser), the preview and the web page (dist-web/),
// built once for the whole run; or one line saying the browser tests are skipped when there is no Chromium.
import { buildAddinForTests } from '../build/builtAddin';
import { buildCliForTests } from '../cli/builtCli';
import { buildPreview } from '../e2e/previewHarness';
import { buildWeb } from '../e2e/webHarness';
import { CHROMIUM_MISSING_LINE, chromiumAvailable } from './chromium';

export default function setup(): void {
  if (!chromiumAvailable()) {
    process.stdout.write(`\n${CHROMIUM_MISSING_LINE}\n`);
    return;
  }
  buildCliForTests();
  buildAddinForTests();
  buildPreview();
  buildWeb();
}
