import { READ_LIMITS } from './readLimits';

/** A value shown back to the clerk, cut to a readable length (a cell may hold 10 MB of text). */
export function cutForEcho(s: string, max: number = READ_LIMITS.echoedChars): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max)}…（共 ${s.length} 个字符）`;
}
