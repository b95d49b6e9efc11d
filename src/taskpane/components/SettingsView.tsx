import { Button, Combobox, Field, MessageBar, MessageBarBody, Option, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ReadingId } from '../../policy';
import { allCounties, optionText, pick, settableReadings, todaySerial } from '../../policy';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import { P } from '../measures/policyStrings';
import type { SettingsController } from '../state/useSettings';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** 设置: the default county and the readings a county may change, saved in the workbook. */
export function SettingsView({ controller }: { controller: SettingsController }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const today = todaySerial();
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
      <div className={styles.row}>
        <h3>{t(P.settingsReadings)}</h3>
        <p className={styles.hint}>{t(P.settingsReadingsHint)}</p>
        {controller.ignoredReadings.length > 0 ? <p className={styles.hint}>{t(P.settingsReadingsIgnored, { list: controller.ignoredReadings.join('、') })}</p> : null}
        {settableReadings().map((r) => (
          <Field key={r.id} label={`${pick(r.clause, lang)}（${r.id}）`} hint={pick(r.reason, lang)}>
            <Select
              value={controller.readings[r.id as ReadingId]}
              data-testid={`reading-setting-${r.id}`}
              onChange={(_, d) => {
                void controller.saveReading(r.id, d.value).then((ok) => ok && setMessage({ intent: 'success', text: t(P.settingsReadingSaved, { id: r.id, option: d.value }) }));
              }}
            >
              {r.options.map((o) => (
                <option key={o.option} value={o.option}>
                  {pick(optionText(r, o.option, today), lang)}
                  {o.option === r.default ? t(P.shipped) : ''}
                </option>
              ))}
            </Select>
          </Field>
        ))}
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
