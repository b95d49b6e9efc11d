import { Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Lang } from '../policy';
import { LangProvider, useT } from '../taskpane/i18n/lang';
import { canInflate } from './browserSupport';
import { CheckPage } from './components/CheckPage';
import { W } from './i18n/webStrings';
import type { Route } from './route';
import { routeOf } from './route';
import { usePage } from './state/usePage';
import { CalculatorPage } from './calculatorPage';
import { calculatorHref } from './calculator/calculatorRoute';

const useStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '1800px', margin: '0 auto', boxSizing: 'border-box' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
  privacy: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function Shell({ lang, onLang }: { lang: Lang; onLang(lang: Lang): void }) {
  const styles = useStyles();
  const t = useT();
  const [route, setRoute] = useState<Route>(() => routeOf(location.hash));
  // The checker stays mounted under the calculator: its files and results are kept while the clerk works something out.
  const [state, actions] = usePage();
  useEffect(() => {
    const onHash = () => setRoute(routeOf(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(W.title);
  }, [lang, t]);
  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t(W.title)}</h1>
        <Button appearance="subtle" title={t(W.languageLabel)} lang={lang === 'zh' ? 'en' : 'zh-CN'} onClick={() => onLang(lang === 'zh' ? 'en' : 'zh')} data-testid="language">
          {t(W.language)}
        </Button>
      </header>
      <p className={styles.privacy} data-testid="privacy">
        {t(W.privacy)}
      </p>
      {canInflate() ? null : (
        <MessageBar intent="error" layout="multiline" data-testid="old-browser">
          <MessageBarBody>{t(W.oldBrowser)}</MessageBarBody>
        </MessageBar>
      )}
      <nav>
        <TabList selectedValue={route.page} onTabSelect={(_, d) => (location.hash = d.value === 'calc' ? calculatorHref() : '#/')}>
          <Tab value="check" data-testid="tab-check">
            {t(W.tabCheck)}
          </Tab>
          <Tab value="calc" data-testid="tab-calc">
            {t(W.tabCalculator)}
          </Tab>
        </TabList>
      </nav>
      <main>
        <div hidden={route.page !== 'check'}>
          <CheckPage state={state} actions={actions} />
        </div>
        {route.page === 'calc' ? <CalculatorPage lang={lang} /> : null}
      </main>
    </div>
  );
}

/** The page: Chinese first; English when the browser asks for it, or by the switch (remembered on this computer). */
export function WebApp({ initialLang }: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const choose = (next: Lang) => {
    setLang(next);
    try {
      localStorage.setItem('jl-web-lang', next);
    } catch {
      // A page from file:// may have no storage: the choice lasts until the page is closed.
    }
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <LangProvider value={lang}>
        <Shell lang={lang} onLang={choose} />
      </LangProvider>
    </FluentProvider>
  );
}
