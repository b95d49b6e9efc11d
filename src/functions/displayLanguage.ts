import type { Lang } from '../policy';
import { langFromLocale } from '../policy';

/**
 * The language of messages: Excel's display language in the shared runtime (Office is there), Chinese when Office
 * is absent (Excel's JavaScript-only runtime) or not ready, since the clerks' Excel is Chinese.
 */
export function displayLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    const locale = office?.context?.displayLanguage;
    return locale ? langFromLocale(locale) : 'zh';
  } catch {
    return 'zh'; // Office.context throws before Office.onReady in some hosts
  }
}
