import { Button, Combobox, Field, MessageBar, MessageBarBody, Option, OptionGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ReadingId } from '../../policy';
import { allCounties, optionText, pick, settableReadings, todaySerial } from '../../policy';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import { P } from '../measures/policyStrings';
import type { SettingsController } from '../state/useSettings';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // 保存 beside the box, not under it: the suggestion list opens under the box and would cover it.
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  combobox: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  comboboxInput: { minWidth: 0, width: '100%' },
  save: { flexShrink: 0 },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
  // The readings: one under another, each choice as wide as the pane (an option's text is a whole sentence).
  readings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  selectInput: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

/** 设置: the default county and the readings a county may change, saved in the workbook. */
export function SettingsView({ controller }: { controller: SettingsController }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const today = todaySerial();
  const counties = useMemo(() => allCounties(), []);
  const [query, setQuery] = useState(controller.county ?? '');
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(null);
  useEffect(() => setQuery(controller.county ?? ''), [controller.county]);
  const typed = query.trim();
  const visible = counties.filter((c) => typed === '' || c.name.includes(typed) || c.prefecture.includes(typed) || c.code.startsWith(typed));
  // Districts under their city: 「长春」 lists 长春市's districts, the clerk picks one.
  const cities = [...new Set(visible.map((c) => c.prefecture))];
  const save = async () => {
    const ok = await controller.saveCounty(query);
    if (ok) setMessage({ intent: 'success', text: t(S.settingsSaved) });
    else if (typed !== '' && cities.length === 1 && visible.length > 1) setMessage({ intent: 'info', text: t(S.settingsPickDistrict, { city: cities[0], list: visible.map((c) => c.name).join(lang === 'zh' ? '、' : ', ') }) });
    else setMessage({ intent: 'error', text: t(S.settingsUnknownCounty, { county: query }) });
  };
  return (
    <div className={styles.view} data-testid="settings">
      <div className={styles.row}>
        <Field label={t(S.settingsCounty)} className={styles.field}>
          <Combobox
            className={styles.combobox}
            input={{ className: styles.comboboxInput }}
            freeform
            value={query}
            placeholder={t(S.settingsCountyNone)}
            selectedOptions={controller.county ? [controller.county] : []}
            onChange={(e) => setQuery(e.currentTarget.value)}
            onOptionSelect={(_, d) => setQuery(d.optionValue ?? '')}
            data-testid="county"
          >
            {cities.map((city) => (
              <OptionGroup key={city} label={city}>
                {visible
                  .filter((c) => c.prefecture === city)
                  .map((c) => (
                    <Option key={`${c.prefecture}${c.name}`} value={c.name} text={c.name}>
                      {c.name}
                    </Option>
                  ))}
              </OptionGroup>
            ))}
          </Combobox>
        </Field>
        <Button appearance="primary" className={styles.save} onClick={() => void save()} data-testid="save-county">
          {t(S.settingsSave)}
        </Button>
      </div>
      <p className={styles.hint}>{t(S.settingsCountyHint)}</p>
      <div className={styles.readings}>
        <h3>{t(P.settingsReadings)}</h3>
        <p className={styles.hint}>{t(P.settingsReadingsHint)}</p>
        {controller.ignoredReadings.length > 0 ? <p className={styles.hint}>{t(P.settingsReadingsIgnored, { count: controller.ignoredReadings.length })}</p> : null}
        {settableReadings().map((r) => (
          <Field key={r.id} label={pick(r.clause, lang)} hint={pick(r.reason, lang)}>
            <Select
              className={styles.select}
              select={{ className: styles.selectInput }}
              value={controller.readings[r.id as ReadingId]}
              data-testid={`reading-setting-${r.id}`}
              onChange={(_, d) => {
                const saved = { clause: pick(r.clause, lang), option: pick(optionText(r, d.value, today), lang) };
                void controller.saveReading(r.id, d.value).then((ok) => ok && setMessage({ intent: 'success', text: t(P.settingsReadingSaved, saved) }));
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
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <p className={styles.hint}>{t(S.language)}</p>
    </div>
  );
}
