import { existsSync, realpathSync, statSync } from 'fs';
import { basename, dirname, resolve } from 'path';
import type { Text } from '../policy';
import { text } from '../policy';

/** The path a file has or would have once symbolic links are resolved (the folder of a new file resolved). */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const folder = dirname(absolute);
  return resolve(existsSync(folder) ? realpathSync(folder) : folder, basename(absolute));
}

export function sameFile(a: string, b: string): boolean {
  if (realPathOf(a) === realPathOf(b)) return true;
  // A hard link is the same file under another name.
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** Why the report cannot be written to `out`, or undefined when it may be (an existing file that is no input is replaced). */
export function outputProblem(out: string, inputs: ReadonlyArray<string>): Text | undefined {
  if (!/\.xlsx$/i.test(out)) return text(`报告文件名“${out}”应以 .xlsx 结尾`, `the report file "${out}" must end in .xlsx`);
  const input = inputs.find((file) => sameFile(out, file));
  if (input !== undefined) {
    return text(`拒绝写出报告：${out} 就是输入文件 ${input}，不能覆盖输入文件；请换一个报告文件名`, `refusing to write the report: ${out} is the input file ${input}, which is never overwritten; choose another name`);
  }
  const absolute = resolve(out);
  if (existsSync(absolute) && statSync(absolute).isDirectory()) return text(`${out} 是一个文件夹`, `${out} is a folder`);
  if (!existsSync(dirname(absolute))) return text(`报告的文件夹 ${dirname(out)} 不存在`, `the folder ${dirname(out)} of the report does not exist`);
  return undefined;
}
