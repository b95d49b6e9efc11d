// --out never overwrites an input file, whatever name reaches it; another existing file only with --force (issue 9).
import * as fs from 'fs';
import * as path from 'path';
import { outputProblem } from '../../src/cli/outputGuard';
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
