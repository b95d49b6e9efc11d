import { randomBytes } from 'crypto';
import { promises as fs, rmSync } from 'fs';
import { basename, dirname, join } from 'path';
import type { Text } from '../policy';
import { text } from '../policy';

/** The cause of a failed write, in the clerk's words, with what to do about it. */
function causeOf(code: string | undefined): Text {
  switch (code) {
    case 'ENOSPC':
      return text('磁盘空间不足（ENOSPC），请腾出空间后重试', 'the disk is full (ENOSPC); free some space and try again');
    case 'EDQUOT':
      return text('磁盘配额已用完（EDQUOT），请腾出空间后重试', 'the disk quota is used up (EDQUOT); free some space and try again');
    case 'EACCES':
    case 'EPERM':
      return text(
        `没有写入权限（${code}），或文件正被其他程序（如 Excel、WPS）打开；请关闭它或换一个文件夹`,
        `no permission to write there (${code}), or the file is open in another program (Excel, WPS); close it or choose another folder`,
      );
    case 'EBUSY':
      return text('文件正被其他程序（如 Excel、WPS）打开（EBUSY），请关闭后重试', 'the file is open in another program such as Excel or WPS (EBUSY); close it and try again');
    case 'ENOENT':
    case 'ENOTDIR':
      return text(`文件夹不存在（${code}），请先建好文件夹或换一个路径`, `the folder does not exist (${code}); create it or choose another path`);
    case 'EROFS':
      return text('磁盘是只读的（EROFS），请换一个文件夹', 'the disk is read-only (EROFS); choose another folder');
    case 'EISDIR':
      return text('这是一个文件夹（EISDIR），请给出文件名', 'it is a folder (EISDIR); give a file name');
    default:
      return text(`写入失败（${code ?? '未知原因'}）`, `the write failed (${code ?? 'unknown cause'})`);
  }
}

/** A file could not be written; nothing under its name changed. `messageText` names the file and the cause. */
export class FileWriteError extends Error {
  readonly messageText: Text;
  constructor(
    readonly file: string,
    readonly code: string | undefined,
  ) {
    const cause = causeOf(code);
    const messageText = text(`无法写入 ${file}：${cause.zh}。原有文件未改动。`, `cannot write ${file}: ${cause.en}. Any previous file is unchanged.`);
    super(messageText.en);
    this.messageText = messageText;
  }
}

/** Temporary files being written now, so that an interrupted run (Ctrl+C) can remove them on its way out. */
const unfinished = new Set<string>();

const TEMP_TAG = 'jl-roster-tmp';

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.${TEMP_TAG}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of earlier writes to the same target whose process is gone (killed with kill -9, power cut). */
async function removeAbandoned(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await fs.readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(`.${TEMP_TAG}`)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) await fs.rm(join(dirname(target), name), { force: true });
  }
}

/** The mode of the file being replaced, so a report the clerk shared keeps its permissions. */
async function modeOf(target: string): Promise<number | undefined> {
  try {
    return (await fs.stat(target)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** Makes the rename itself durable; a folder that cannot be opened or synced (Windows) is left to the system. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Renamed already; only the durability across a power cut is the system's to give.
  }
}

/**
 * Writes `bytes` to `target` so that at every moment the target is either its previous content or the complete new
 * one: a temporary file beside it (same folder, so the rename cannot cross disks), flushed to disk, then renamed over
 * it. On any error the temporary file is removed and FileWriteError thrown. Two runs writing one target leave the
 * one that renamed last, whole.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  await removeAbandoned(target);
  const temp = tempName(target);
  const mode = await modeOf(target);
  unfinished.add(temp);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new FileWriteError(target, (error as NodeJS.ErrnoException).code);
  } finally {
    unfinished.delete(temp);
  }
  await syncFolder(dirname(target));
}

/** Removes the temporary files of writes still under way: for a run that is interrupted and exits at once. */
export function removeUnfinishedSync(): void {
  for (const temp of unfinished) rmSync(temp, { force: true });
  unfinished.clear();
}
