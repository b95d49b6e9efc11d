import type { ReportTable } from './types';

const HAN = /[\u3400-\u9fff]/;

/**
 * The report's facts as one line under its title: 「校验日期：2022-06-30；已发放记录：未使用……」, or
 * "Rows checked: 44; Errors: 10" when the report is in English (told by its title), without full-width punctuation.
 * The line stays in view above the frozen findings header, so the registers used (or the warning that none was) are
 * seen wherever the clerk scrolls.
 */
export function factsHeadline(table: ReportTable): string {
  const zh = HAN.test(table.title);
  return table.facts.map(([label, value]) => `${label}${zh ? '：' : ': '}${value}`).join(zh ? '；' : '; ');
}
