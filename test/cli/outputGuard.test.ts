// --out never overwrites an input file, whatever name reaches it; another existing file only with --force (issue 9).
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { isOwnReport, outputProblem } from '../../src/cli/outputGuard';
import { tempFolder } from './files';

const folder = tempFolder('guard');
afterAll(folder.remove);
const input = path.join(folder.dir, '花名册.xlsx');
beforeAll(() => fs.writeFileSync(input, 'roster bytes'));

describe('outputProblem', () => {
  it('refuses the input itself, by the same or another spelling of its path', () => {
    expect(outputProblem(input, [input])?.en).toContain('is the input file');
    const relative = path.relative(process.cwd(), input);
    expect(outputProblem(relative, [input])?.en).toContain('is the input file');
    expect(outputProblem(path.join(folder.dir, '.', 'sub', '..', '花名册.xlsx'), [input])?.zh).toContain('不能覆盖输入文件');
  });

  it('refuses a symbolic link to an input, and a hard link to it', () => {
    const symlink = path.join(folder.dir, 'link.xlsx');
    fs.symlinkSync(input, symlink);
    expect(outputProblem(symlink, [input])).toBeDefined();
    const hardlink = path.join(folder.dir, 'hard.xlsx');
    fs.linkSync(input, hardlink);
    expect(outputProblem(hardlink, [input])).toBeDefined();
  });

  it('refuses an input given as history too', () => {
    const history = path.join(folder.dir, 'paid.xlsx');
    fs.writeFileSync(history, 'register bytes');
    expect(outputProblem(history, [input, history])).toBeDefined();
  });

  it('allows a new file; an existing file that is no input and no report of ours only with --force', () => {
    expect(outputProblem(path.join(folder.dir, 'report.xlsx'), [input])).toBeUndefined();
    const old = path.join(folder.dir, 'old-report.xlsx');
    fs.writeFileSync(old, 'old report');
    expect(outputProblem(old, [input])?.zh).toContain('--force');
    expect(outputProblem(old, [input], true)).toBeUndefined();
  });

  it('refuses an input even with --force', () => {
    expect(outputProblem(input, [input], true)?.en).toContain('is the input file');
  });

  it('refuses a name that is not .xlsx, a folder, and a folder that does not exist', () => {
    expect(outputProblem(path.join(folder.dir, 'report.csv'), [input])?.en).toContain('must end in .xlsx');
    fs.mkdirSync(path.join(folder.dir, 'dir.xlsx'));
    expect(outputProblem(path.join(folder.dir, 'dir.xlsx'), [input])?.en).toContain('is a folder');
    expect(outputProblem(path.join(folder.dir, 'nowhere', 'r.xlsx'), [input])?.en).toContain('does not exist');
  });
});

/** A workbook-shaped zip made by JSZip (not by the code under test) with the given document properties. */
async function zipWithCore(name: string, core: string, compression: 'STORE' | 'DEFLATE'): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/workbook.xml', '<workbook/>');
  zip.file('docProps/core.xml', `<?xml version="1.0"?><cp:coreProperties>${core}</cp:coreProperties>`);
  const target = path.join(folder.dir, name);
  fs.writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression }));
  return target;
}

describe('isOwnReport (issue 9: --out replaces only its own reports without --force)', () => {
  it('knows a report by the marker among its keywords, compressed or stored', async () => {
    expect(isOwnReport(await zipWithCore('a.xlsx', '<cp:keywords>县财政局 jl-roster-report</cp:keywords>', 'DEFLATE'))).toBe(true);
    expect(isOwnReport(await zipWithCore('b.xlsx', '<cp:keywords>jl-roster-report</cp:keywords>', 'STORE'))).toBe(true);
  });

  it('knows a report written before the marker by its author, jl-roster', async () => {
    expect(isOwnReport(await zipWithCore('c.xlsx', '<dc:creator>jl-roster</dc:creator>', 'DEFLATE'))).toBe(true);
  });

  it('takes anything else for another file: other properties, no zip, a truncated zip', async () => {
    const other = await zipWithCore('d.xlsx', '<dc:creator>王丽华</dc:creator><cp:keywords>jl-roster</cp:keywords>', 'DEFLATE');
    expect(isOwnReport(other)).toBe(false);
    const bytes = fs.readFileSync(await zipWithCore('e.xlsx', '<cp:keywords>jl-roster-report</cp:keywords>', 'DEFLATE'));
    const truncated = path.join(folder.dir, 'truncated.xlsx');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 30));
    expect(isOwnReport(truncated)).toBe(false);
    expect(isOwnReport(input)).toBe(false);
    expect(outputProblem(other, [input])?.en).toContain('--force');
  });
});
