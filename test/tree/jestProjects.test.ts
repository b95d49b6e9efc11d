// A test file in a folder no jest project lists is never run, by `npm test` or by CI, and nothing says so: the web
// page's unit tests sat in test/web/ unrun until this check. Every test file must match a project's pattern.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'jest.config.js')) as { projects: Array<{ displayName: string; testMatch: string[] }> };

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The folder a project's pattern `<rootDir>/test/<folder>/**\/*.test.ts?(x)` names. */
function folderOf(pattern: string): string {
  const match = /^<rootDir>\/test\/([^*]+)\/\*\*\/\*\.test\.ts\?\(x\)$/.exec(pattern);
  if (!match) throw new Error(`jest.config.js: a pattern this test does not know how to read: ${pattern}`);
  return match[1];
}

describe('the jest projects', () => {
  const folders = config.projects.flatMap((p) => p.testMatch.map(folderOf));

  it('run every test file under test/', () => {
    const unrun = testFiles(path.join(ROOT, 'test'))
      .map((f) => path.relative(path.join(ROOT, 'test'), f))
      .filter((f) => !folders.some((folder) => f.startsWith(`${folder}${path.sep}`)));
    expect(unrun).toEqual([]);
  });

  it('give each folder to one project only', () => {
    expect(new Set(folders).size).toBe(folders.length);
  });
});
