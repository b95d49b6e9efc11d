// manifest.xml checked offline: read by office-addin-manifest (through test/shims), the structure the XSDs cannot
// express (scripts/manifest-check.js, also run by `npm run validate`), and the 2020 XSDs with <Runtimes> removed.
import * as fs from 'fs';
import * as path from 'path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { checkManifestStructure, validateManifestSchema } from '../../scripts/manifest-check';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const manifest = fs.readFileSync(MANIFEST_PATH, 'utf8');

/** The manifest with one piece of text replaced, failing loudly if the piece is not there. */
function mutated(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`the manifest has no ${String(from)}`);
  return changed;
}

describe('office-addin-manifest reads it', () => {
  it('as an Excel task pane add-in, Chinese by default', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    expect(info).toMatchObject({
      manifestType: 'xml',
      officeAppType: 'TaskPaneApp',
      hosts: ['Workbook'],
      defaultLocale: 'zh-CN',
      displayName: '吉林帮扶补贴',
      iconUrl: 'https://localhost:3000/assets/icon-32.png',
      highResolutionIconUrl: 'https://localhost:3000/assets/icon-64.png',
      defaultSettings: { sourceLocation: 'https://localhost:3000/taskpane.html' },
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('and reports a missing file', async () => {
    await expect(OfficeAddinManifest.readManifestFile(path.join(ROOT, 'no-such-manifest.xml'))).rejects.toThrow(/no-such-manifest\.xml/);
  });
});

describe('structure', () => {
  it('has no problems', async () => {
    expect(await checkManifestStructure(manifest)).toEqual([]);
  });

  // Each change below breaks one rule of issue 2; the check must name it.
  const BROKEN: ReadonlyArray<[string, string | RegExp, string, RegExp]> = [
    ['a short-lived runtime', 'lifetime="long"', 'lifetime="short"', /lifetime is "short"/],
    ['a functions page outside the shared runtime', /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Functions.Script.Url"/>', /custom functions Page uses resid "Functions.Script.Url"/],
    ['a ribbon button outside the shared runtime', /<TaskpaneId>ButtonId1<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<TaskpaneId>ButtonId1</TaskpaneId><SourceLocation resid="GetStarted.LearnMoreUrl"/>', /ShowTaskpane action uses resid/],
    ['a resid that resolves to nothing', '<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Nmespace"/>', /resid="Functions.Nmespace" does not resolve/],
    ['Runtimes after AllFormFactors', /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, '$3$2$1', /Runtimes must be the first element/],
    ['an http URL', 'DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"', /"http:\/\/localhost:3000\/functions.js" is not an https URL/],
    ['a zh-CN override outside the bt: namespace', '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>', '<Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>', /must be <bt:Override>/],
    ['no zh-CN metadata', /<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-CN.json"\/>/, '', /no zh-CN override/],
    ['another namespace', '<bt:String id="Functions.Namespace" DefaultValue="JL"/>', '<bt:String id="Functions.Namespace" DefaultValue="JLX"/>', /namespace is not JL/],
    ['no SharedRuntime requirement', '<Set Name="SharedRuntime" MinVersion="1.1"/>', '', /requirement set SharedRuntime is missing/],
    ['an English default locale', '<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>', /DefaultLocale is "en-US"/],
    ['no English display name', '<Override Locale="en-US" Value="Jilin Assistance Subsidies"/>', '', /DisplayName has no English override/],
  ];
  it.each(BROKEN)('finds %s', async (_what, from, to, problem) => {
    const problems = await checkManifestStructure(mutated(from, to));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});

describe('XSD (2020 snapshot, <Runtimes> removed)', () => {
  it('is valid', async () => {
    expect(await validateManifestSchema(manifest)).toEqual({ valid: true, errors: [] });
  });

  it('rejects what the schema forbids', async () => {
    const result = await validateManifestSchema(mutated('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Permissions/);
  });

  it('is the copy kept in the repository', () => {
    const dir = path.join(ROOT, 'test/schemas/office-addin-manifest-2020');
    expect(fs.readdirSync(dir).sort()).toEqual([
      'ContentAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_1.xsd',
      'OfficeAppBasicTypesV1_0.xsd',
      'OfficeAppManifestV1_1.xsd',
      'README.md',
      'TaskPaneAppVersionOverridesV1_0.xsd',
    ]);
  });
});

describe('icons', () => {
  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(file: string): [number, number] {
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  }

  it('every image URL is a file under assets/ of the size the manifest says', () => {
    const images = [...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="https:\/\/localhost:3000\/(assets\/[^"]+)"/g)];
    expect(images.map((m) => m[1])).toEqual(['16', '32', '80']);
    for (const [, size, file] of images) expect(pngSize(path.join(ROOT, file))).toEqual([+size, +size]);
    expect(pngSize(path.join(ROOT, 'assets/icon-32.png'))).toEqual([32, 32]); // IconUrl
    expect(pngSize(path.join(ROOT, 'assets/icon-64.png'))).toEqual([64, 64]); // HighResolutionIconUrl
  });
});
