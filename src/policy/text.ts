/** Every message the add-in shows exists in Chinese (first) and English. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

export function text(zh: string, en: string): Text {
  return { zh, en };
}

export function pick(message: Text, lang: Lang): string {
  return lang === 'zh' ? message.zh : message.en;
}

/** Office reports display languages as BCP-47 tags; anything Chinese reads Chinese, the rest English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh\b/i.test(locale) ? 'zh' : 'en';
}
