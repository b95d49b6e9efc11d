import { existsSync, readFileSync, realpathSync, statSync } from 'fs';
import { basename, dirname, resolve } from 'path';
import type { Text } from '../policy';
import { text } from '../policy';
import { REPORT_MARKER } from '../xlsx/reportMarker';
import { zipEntryText } from './zipEntry';

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

/**
 * True when the file is a report jl-roster wrote: its document keywords carry the marker (see REPORT_MARKER), or,
 * for reports written before the marker, its author is jl-roster itself.
 */
export function isOwnReport(path: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return false;
  }
  const core = zipEntryText(bytes, 'docProps/core.xml') ?? '';
  const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(core)?.[1] ?? '';
  return keywords.split(/[\s,;]+/).includes(REPORT_MARKER) || /<dc:creator>jl-roster<\/dc:creator>/.test(core);
}

/**
 * Why the report cannot be written to `out`, or undefined when it may be. An input is never replaced; any other
 * existing file only when it is a report of ours or `force` is given (it may be another county's roster).
 */
export function outputProblem(out: string, inputs: ReadonlyArray<string>, force = false): Text | undefined {
  if (!/\.xlsx$/i.test(out)) return text(`报告文件名“${out}”应以 .xlsx 结尾`, `the report file "${out}" must end in .xlsx`);
  const input = inputs.find((file) => sameFile(out, file));
  if (input !== undefined) {
    return text(`拒绝写出报告：${out} 就是输入文件 ${input}，不能覆盖输入文件；请换一个报告文件名`, `refusing to write the report: ${out} is the input file ${input}, which is never overwritten; choose another name`);
  }
  const absolute = resolve(out);
  if (existsSync(absolute) && statSync(absolute).isDirectory()) return text(`${out} 是一个文件夹`, `${out} is a folder`);
  if (!existsSync(dirname(absolute))) return text(`报告的文件夹 ${dirname(out)} 不存在`, `the folder ${dirname(out)} of the report does not exist`);
  if (existsSync(absolute) && !force && !isOwnReport(absolute)) {
    return text(
      `拒绝覆盖 ${out}：该文件已存在，且不是 jl-roster 写出的校验报告（可能是别的花名册）；请换一个报告文件名，或确认可以替换后加 --force`,
      `refusing to replace ${out}: the file exists and is not a report jl-roster wrote (it may be another roster); choose another name, or add --force to replace it`,
    );
  }
  return undefined;
}
