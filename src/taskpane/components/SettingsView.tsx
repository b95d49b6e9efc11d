import { Button, Combobox, Field, MessageBar, MessageBarBody, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { allCounties } from '../../policy';
import { S } from '../i18n/strings';
import { useT } from '../i18n/lang';
import type { SettingsController } from '../state/useSettings';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** 设置: the default county, saved in the workbook. */
export function SettingsView({ controller }: { controller: SettingsController }) {
  const styles = useStyles();
  const t = useT();
  const counties = useMemo(() => allCounties(), []);
  const [query, setQuery] = useState(controller.county ?? '');
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => setQuery(controller.county ?? ''), [controller.county]);
  const visible = counties.filter((c) => query === '' || c.name.includes(query) || c.prefecture.includes(query) || c.code.startsWith(query));
  const save = async () => {
    const ok = await controller.saveCounty(query);
    setMessage(ok ? { intent: 'success', text: t(S.settingsSaved) } : { intent: 'error', text: t(S.settingsUnknownCounty, { county: query }) });
  };
  return (
    <div className={styles.view} data-testid="settings">
      <div className={styles.row}>
        <Field label={t(S.settingsCounty)} hint={t(S.settingsCountyHint)}>
          <Combobox
            freeform
            value={query}
            placeholder={t(S.settingsCountyNone)}
            selectedOptions={controller.county ? [controller.county] : []}
            onChange={(e) => setQuery(e.currentTarget.value)}
            onOptionSelect={(_, d) => setQuery(d.optionValue ?? '')}
            data-testid="county"
          >
            {visible.map((c) => (
              <Option key={`${c.prefecture}${c.name}`} value={c.name} text={c.name}>
                {c.name}（{c.prefecture}）
              </Option>
            ))}
          </Combobox>
        </Field>
        <Button appearance="primary" onClick={() => void save()} data-testid="save-county">
          {t(S.settingsSave)}
        </Button>
      </div>
      {message ? (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <p className={styles.hint}>{t(S.language)}</p>
    </div>
  );
}
