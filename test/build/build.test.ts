// `npm run build` (production, with a base URL) and what Excel gets from it.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { rewriteManifestBaseUrl } from '../../scripts/manifest-base-url';
import { checkManifestStructure, validateManifestSchema } from '../../scripts/manifest-check';
import { fakeCustomFunctions, type RegisteredFunction } from './registeredFunctions';
import { builtAddin, ROOT, TEST_BASE_URL } from './builtAddin';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fillDescriptions } = require('../../scripts/fill-descriptions.js') as { fillDescriptions: (json: string, lang: 'zh' | 'en') => string };

const ALL_IDS = [
  'EMPLOY_SUBSIDY',
  'EMPLOY_SUBSIDY_TOTAL',
  'TRAVEL_SUBSIDY',
  'WELFARE_POST_SUBSIDY',
  'UNSALABLE_REWARD',
  'PRODUCTION_SUBSIDY',
  'LOAN_DUE',
  'CONTRACT_MONTHS',
  'MIN_WAGE',
  'ID_CHECK',
  'ID_INFO',
  'EXPLAIN',
];
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const SOURCE_MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
let dist: string;
const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

beforeAll(() => {
  dist = builtAddin();
}, 10 * 60_000);

describe('npm run build', () => {
  it('writes the files the manifest and Excel need', () => {
    for (const file of ['functions.js', 'functions.json', 'functions.zh-CN.json', 'functions.html', 'taskpane.html', 'taskpane.js', 'manifest.xml']) {
      expect([file, fs.existsSync(path.join(dist, file))]).toEqual([file, true]);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(dist, `assets/icon-${size}.png`))).toBe(true);
  });

  it('writes functions.json as the metadata generator makes it from functions.ts, amounts filled from the policy data', async () => {
    const generated = await generateCustomFunctionsMetadata(path.join(ROOT, 'src/functions/functions.ts'), false);
    expect(JSON.parse(read('functions.json'))).toEqual(JSON.parse(fillDescriptions(generated.metadataJson, 'en')));
    expect(JSON.parse(read('functions.zh-CN.json'))).toEqual(JSON.parse(fillDescriptions(fs.readFileSync(path.join(ROOT, 'src/functions/functions.zh-CN.json'), 'utf8'), 'zh')));
    expect(read('functions.json') + read('functions.zh-CN.json')).not.toMatch(/\{[a-z_]+\.[a-z_0-9]+\}/);
  });
});

describe('dist/functions.js in a runtime whose only add-in global is CustomFunctions', () => {
  const associated: Array<[string, RegisteredFunction]> = [];
  let context: vm.Context;

  beforeAll(() => {
    context = vm.createContext({ CustomFunctions: fakeCustomFunctions(associated) });
    expect(Object.keys(context)).toEqual(['CustomFunctions']);
    vm.runInContext(read('functions.js'), context, { filename: 'functions.js' });
  });

  it('has no window, document, self or Office to lean on', () => {
    expect(vm.runInContext('[typeof window, typeof document, typeof self, typeof Office]', context)).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('associates every function once', () => {
    expect(associated.map(([id]) => id).sort()).toEqual([...ALL_IDS].sort());
    for (const [, fn] of associated) expect(typeof fn).toBe('function');
  });

  it('computes there (messages in Chinese, the default without Office)', () => {
    const fn = new Map(associated);
    expect(fn.get('EMPLOY_SUBSIDY_TOTAL')!(32, null)).toBe(50000);
    expect(() => fn.get('LOAN_DUE')!('', 1)).toThrow(expect.objectContaining({ code: '#VALUE!', message: 'JL.LOAN_DUE 参数“原到期日”：日期为空' }));
  });
});

describe('pages', () => {
  const scripts = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)/g)].map((m) => m[1]);

  it('taskpane.html (the shared runtime page) loads office.js from the CDN, then the functions and the pane', () => {
    expect(scripts(read('taskpane.html'))).toEqual([OFFICE_JS_CDN, 'functions.js', 'taskpane.js']);
  });

  it('functions.html loads office.js from the CDN, then the functions', () => {
    expect(scripts(read('functions.html'))).toEqual([OFFICE_JS_CDN, 'functions.js']);
  });
});

describe('dist/manifest.xml', () => {
  it('has every https://localhost:3000/ replaced by the base URL given to the build', () => {
    const built = read('manifest.xml');
    const localhostCount = SOURCE_MANIFEST.split('https://localhost:3000/').length - 1;
    expect(localhostCount).toBeGreaterThan(10);
    expect(built).not.toContain('localhost');
    expect(built.split(TEST_BASE_URL).length - 1).toBe(localhostCount);
  });

  it('is still sound and schema-valid', async () => {
    const built = read('manifest.xml');
    expect(await checkManifestStructure(built)).toEqual([]);
    expect((await validateManifestSchema(built)).valid).toBe(true);
  });
});

describe('rewriteManifestBaseUrl', () => {
  it('adds the missing trailing slash and escapes the URL for XML', () => {
    const out = rewriteManifestBaseUrl('<a b="https://localhost:3000/x.html"/><c d="https://localhost:3000/y"/>', 'https://h.example/r&d');
    expect(out).toBe('<a b="https://h.example/r&amp;d/x.html"/><c d="https://h.example/r&amp;d/y"/>');
  });

  it('refuses a URL Office would not load', () => {
    expect(() => rewriteManifestBaseUrl(SOURCE_MANIFEST, 'http://intranet.example/jl/')).toThrow(/https/);
    expect(() => rewriteManifestBaseUrl(SOURCE_MANIFEST, 'not a url')).toThrow(/not a URL/);
  });
});

describe('webpack.config.js', () => {
  it('needs no dev certificate unless serving', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require('../../webpack.config.js') as (env: object, argv: object) => Promise<Record<string, any>>;
    const config = await makeConfig({}, { mode: 'production' });
    expect(config.devServer.server).toBe('http');
    expect(config.entry).toEqual({ taskpane: './src/taskpane/index.tsx', functions: './src/functions/functions.ts' });
    expect(config.output.globalObject).toBe('globalThis');
  });
});
