import { Caption1, FluentProvider, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../policy';
import { pick } from '../policy';
import { ExplainView } from './components/ExplainView';
import { MeasuresView } from './components/MeasuresView';
import { SettingsView } from './components/SettingsView';
import { ValidateView } from './components/ValidateView';
import type { ExcelAdapter } from './excel/adapter';
import { LangProvider } from './i18n/lang';
import { S } from './i18n/strings';
import { useExplain } from './state/useExplain';
import { useSettings } from './state/useSettings';
import { useValidate } from './state/useValidate';

type View = 'validate' | 'explain' | 'measures' | 'settings';

const useStyles = makeStyles({
  // The pane is 320–350 px wide in Excel: any word, ID or file name may break rather than push the pane sideways.
  root: { padding: tokens.spacingHorizontalM, minHeight: '100%', boxSizing: 'border-box', overflowWrap: 'anywhere', minWidth: 0 },
  tabs: { flexWrap: 'wrap' },
  panel: { paddingTop: tokens.spacingVerticalM },
  privacy: { display: 'block', marginTop: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  readonly adapter: ExcelAdapter;
  readonly lang: Lang;
}

/** The task pane: the same component in Excel and in the browser preview; only the adapter's Excel differs. */
export function App({ adapter, lang }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>('validate');
  const settings = useSettings(adapter);
  const validate = useValidate(adapter, lang, settings.county, settings.readings);
  const explain = useExplain(adapter, lang, view === 'explain', settings.county);
  const tabs: ReadonlyArray<[View, string]> = [
    ['validate', pick(S.tabValidate, lang)],
    ['explain', pick(S.tabExplain, lang)],
    ['measures', pick(S.tabMeasures, lang)],
    ['settings', pick(S.tabSettings, lang)],
  ];
  return (
    // Layout styles go on <main>, not on the provider: Fluent copies the provider's classes onto its portal nodes
    // (dialogs, dropdown lists), which would then cover the pane.
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <LangProvider value={lang}>
        <main className={styles.root}>
          <Title3 as="h1" block>
            {pick(S.appTitle, lang)}
          </Title3>
          <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label={pick(S.tabs, lang)}>
            {tabs.map(([value, label]) => (
              <Tab key={value} value={value} id={`tab-${value}`} aria-controls={`panel-${value}`} data-testid={`tab-${value}`}>
                {label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} className={styles.panel}>
            {view === 'validate' ? <ValidateView controller={validate} onExplain={() => setView('explain')} /> : null}
            {view === 'explain' ? <ExplainView controller={explain} registryFacts={validate.registryFactsOf} /> : null}
            {view === 'measures' ? <MeasuresView county={settings.county} readings={settings.readings} /> : null}
            {view === 'settings' ? <SettingsView controller={settings} /> : null}
          </div>
          <Caption1 className={styles.privacy}>{pick(S.privacy, lang)}</Caption1>
        </main>
      </LangProvider>
    </FluentProvider>
  );
}
