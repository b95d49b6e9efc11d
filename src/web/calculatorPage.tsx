import type { Lang } from '../policy';
import { CalculatorView } from './calculator/CalculatorView';

/** 补贴计算器: a page for each JL function (#/calc/<NAME>), for clerks whose Excel has no custom functions. */
export function CalculatorPage({ lang }: { lang: Lang }) {
  return <CalculatorView lang={lang} />;
}
