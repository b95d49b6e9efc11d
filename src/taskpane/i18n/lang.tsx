import { createContext, useContext } from 'react';
import type { Lang, Text } from '../../policy';
import { pick } from '../../policy';
import { fill } from './strings';

const LangContext = createContext<Lang>('zh');

export const LangProvider = LangContext.Provider;

export function useLang(): Lang {
  return useContext(LangContext);
}

/** t(S.run) or t(S.rowLabel, { row: 5 }) in the pane's language. */
export function useT(): (message: Text, values?: Readonly<Record<string, string | number>>) => string {
  const lang = useLang();
  return (message, values) => (values ? fill(pick(message, lang), values) : pick(message, lang));
}
