import type { DaySerial, Lang } from '../policy';
import { optionText, pick, POLICY } from '../policy';

/**
 * `jl-roster readings`: every reading of an ambiguous clause with the clause, the reason, and each option (the
 * shipped one marked), with the parameter values in force on `day`. Options are set with `--reading id=option`.
 */
export function readingsList(lang: Lang, day: DaySerial): string {
  const zh = lang === 'zh';
  const out: string[] = [zh ? '解读（用 --reading 解读=选项 更改，如 --reading once_scope=calendar-year）：' : 'Readings (change one with --reading id=option, e.g. --reading once_scope=calendar-year):', ''];
  for (const r of POLICY.readings) {
    const measure = r.measure === null ? '' : zh ? `（措施${r.measure}）` : ` (measure ${r.measure})`;
    out.push(`${r.id}${measure}`);
    out.push(`  ${zh ? '条文' : 'clause'}: ${pick(r.clause, lang)}`);
    out.push(`  ${zh ? '理由' : 'reason'}: ${pick(r.reason, lang)}`);
    for (const o of r.options) {
      const mark = o.option === r.default ? (zh ? '（默认）' : ' (default)') : '';
      out.push(`  ${o.option === r.default ? '*' : '-'} ${o.option}${mark}: ${pick(optionText(r, o.option, day), lang)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}
