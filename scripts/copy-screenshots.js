// `npm run screenshots`: after the browser tests have written their screenshots into test-results/ (ignored by git),
// copies the ones the README shows into docs/screenshots/, so the README's pictures change only when asked to.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const FROM = path.join(ROOT, 'test-results');
const TO = path.join(ROOT, 'docs', 'screenshots');

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const shown = [...readme.matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map((m) => m[1]);
const missing = shown.filter((name) => !fs.existsSync(path.join(FROM, name)));
if (missing.length > 0) {
  console.error(`未找到截图 / screenshots not found in test-results/: ${missing.join(', ')} (did the browser tests run? they need /usr/bin/chromium)`);
  process.exit(1);
}
fs.mkdirSync(TO, { recursive: true });
for (const name of new Set(shown)) {
  const temporary = path.join(TO, `.${name}.${process.pid}.tmp`);
  fs.copyFileSync(path.join(FROM, name), temporary);
  fs.renameSync(temporary, path.join(TO, name));
  console.log(`docs/screenshots/${name}`);
}
