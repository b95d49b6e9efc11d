// Issue 9: writeFileAtomic either replaces the target with the complete new bytes or leaves it as it was, and never
// leaves its temporary file behind; its message names the file and the cause.
import * as fs from 'fs';
import * as path from 'path';
import { FileWriteError, writeFileAtomic } from '../../src/cli/writeFileAtomic';
import { tempFolder } from './files';

const folder = tempFolder('atomic');
afterAll(folder.remove);

const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes('jl-roster-tmp'));

async function failure(target: string, bytes: Uint8Array): Promise<FileWriteError> {
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    if (error instanceof FileWriteError) return error;
    throw error;
  }
  throw new Error(`writing ${target} did not fail`);
}

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, keeping its permissions', async () => {
    const target = path.join(folder.dir, 'report.xlsx');
    await writeFileAtomic(target, Buffer.from('first'));
    fs.chmodSync(target, 0o640);
    await writeFileAtomic(target, Buffer.from('second'));
    expect(fs.readFileSync(target, 'utf8')).toBe('second');
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(leftovers(folder.dir)).toEqual([]);
  });

  it('says the folder is missing, in Chinese and English, naming the file', async () => {
    const target = path.join(folder.dir, 'gone', 'report.xlsx');
    const error = await failure(target, Buffer.from('x'));
    expect(error.code).toBe('ENOENT');
    expect(error.messageText.zh).toContain(target);
    expect(error.messageText.zh).toContain('文件夹不存在');
    expect(error.messageText.en).toContain('does not exist');
  });

  it('leaves the target and its folder as they were when the rename fails (the target is a folder)', async () => {
    const target = path.join(folder.dir, 'dir.xlsx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'kept');
    const error = await failure(target, Buffer.from('x'));
    expect(['EISDIR', 'ENOTEMPTY', 'EEXIST']).toContain(error.code);
    expect(fs.readFileSync(path.join(target, 'inside'), 'utf8')).toBe('kept');
    expect(leftovers(folder.dir)).toEqual([]);
  });

  it('removes the temporary file of a process that was killed, and only of one that is gone', async () => {
    const target = path.join(folder.dir, 'killed.xlsx');
    // pid 2^22 + 1 is above Linux's pid_max: no such process.
    const abandoned = path.join(folder.dir, `.killed.xlsx.${2 ** 22 + 1}-0badf00d.jl-roster-tmp`);
    const running = path.join(folder.dir, `.killed.xlsx.${process.ppid}-0badf00d.jl-roster-tmp`);
    fs.writeFileSync(abandoned, 'half a report');
    fs.writeFileSync(running, 'another run, still writing');
    await writeFileAtomic(target, Buffer.from('whole'));
    expect(fs.existsSync(abandoned)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
    fs.rmSync(running);
  });
});
