// Jest maps `office-addin-manifest` here (jest.config.js moduleNameMapper).
//
// Why: office-addin-manifest 3 is CommonJS, but it requires ESM-only packages (uuid 14, and strip-bom through
// @microsoft/app-manifest). Node >= 20.19 loads those with require(esm); Jest's module registry does not (before
// Node 24.9), and Jest also wraps module.createRequire, so no require() inside a test reaches Node's own loader.
// Requiring the package's lib files one by one does not help either: lib/manifestHandler/manifestHandlerXml.js
// itself requires uuid.
//
// So this shim runs the real package in a child Node process and hands back its answer as JSON. Only the API the
// tests use is exposed (OfficeAddinManifest.readManifestFile); it returns exactly what the package returns.
'use strict';
const { execFile } = require('child_process');
const path = require('path');

const PACKAGE_ROOT = path.dirname(require.resolve('office-addin-manifest/package.json'));

const CHILD_SCRIPT = `
const { OfficeAddinManifest } = require(process.argv[1]);
OfficeAddinManifest.readManifestFile(process.argv[2]).then(
  (info) => process.stdout.write(JSON.stringify({ ok: true, info })),
  (err) => process.stdout.write(JSON.stringify({ ok: false, message: String(err && err.message || err) })),
);
`;

function runInNode(manifestPath) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', CHILD_SCRIPT, PACKAGE_ROOT, path.resolve(manifestPath)],
      { timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && !stdout) {
          reject(new Error(`office-addin-manifest could not run in Node ${process.version}: ${stderr || error.message}`));
          return;
        }
        try {
          resolve(JSON.parse(stdout));
        } catch {
          reject(new Error(`office-addin-manifest printed no JSON: ${stdout}${stderr}`));
        }
      },
    );
  });
}

const OfficeAddinManifest = {
  async readManifestFile(manifestPath) {
    if (!manifestPath) throw new Error('Please provide the path to the manifest file.');
    const answer = await runInNode(manifestPath);
    if (!answer.ok) throw new Error(answer.message);
    return answer.info;
  },
};

module.exports = { OfficeAddinManifest };
