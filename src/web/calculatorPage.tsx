import type { Lang } from '../policy';

/** The calculator pages (issue-13b's CalculatorView), under #/calc/<NAME>. TEMPORARY until issue-13b is merged. */
export function CalculatorPage({ lang }: { lang: Lang }) {
  return <p data-testid="calculator-pending">{lang === 'zh' ? '计算器' : 'Calculator'}</p>;
}
