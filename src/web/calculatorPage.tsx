import type { Lang } from '../policy';
import { CalculatorView } from './calculator/CalculatorView';

/** The calculator pages under #/calc and #/calc/<NAME> (src/web/calculator). */
export function CalculatorPage({ lang }: { lang: Lang }) {
  return <CalculatorView lang={lang} />;
}
