#!/usr/bin/env node
// `npm run validate [-- path/to/manifest.xml]`: offline schema and structure checks of the manifest.
// (office-addin-manifest's own `validate` command sends the manifest to a Microsoft web service.)
'use strict';
const fs = require('fs');
const path = require('path');
const { checkManifestStructure, validateManifestSchema } = require('./manifest-check');

async function main() {
  const file = path.resolve(process.argv[2] || 'manifest.xml');
  const xml = fs.readFileSync(file, 'utf8');
  const schema = await validateManifestSchema(xml);
  const problems = await checkManifestStructure(xml);
  for (const e of schema.errors) console.error(`schema: ${e}`);
  for (const p of problems) console.error(`structure: ${p}`);
  if (!schema.valid || problems.length) {
    console.error(`${path.relative(process.cwd(), file)} is NOT valid`);
    process.exitCode = 1;
  } else {
    console.log(`${path.relative(process.cwd(), file)} is valid (XSD 2020 without <Runtimes>, and the shared-runtime wiring)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
