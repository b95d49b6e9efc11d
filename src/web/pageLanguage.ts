import type { Lang } from '../policy';

/** ?lang=en|zh, else the clerk's last choice, else English only for a browser set to English: Chinese first. */
export function pageLanguage(search: string, saved: string | null, browser: ReadonlyArray<string>): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'zh' || asked === 'en') return asked;
  if (saved === 'zh' || saved === 'en') return saved;
  return /^en\b/i.test(browser[0] ?? '') ? 'en' : 'zh';
}
