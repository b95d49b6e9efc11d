import { formatYuan } from './money';
import type { ParameterUse } from './policyTables';
import type { Lang } from './text';

/** A parameter value as a clerk reads it: yuan to the fen (1,234.50 元), months (N 个月), a percent, years of age, or the date. */
export function formatParameterValue(p: ParameterUse, lang: Lang): string {
  if (typeof p.value === 'string') return p.value;
  switch (p.unit) {
    case 'fen':
      return `${formatYuan(p.value)}${lang === 'zh' ? ' 元' : ' yuan'}`;
    case 'months':
      return lang === 'zh' ? `${p.value} 个月` : `${p.value} months`;
    case 'percent':
      return `${p.value}%`;
    case 'years':
      return lang === 'zh' ? `${p.value} 周岁` : `${p.value} years`;
    default:
      return String(p.value);
  }
}
