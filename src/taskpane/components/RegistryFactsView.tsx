import { makeStyles, tokens } from '@fluentui/react-components';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import type { RegistryFindingFacts } from '../explain/registryFacts';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  finding: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  message: { margin: 0, overflowWrap: 'anywhere' },
  rows: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  place: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  // Label and value on one line each, wrapping: a table of 15 columns does not fit 320 px.
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/**
 * 说明此行, beside the amount: the registry findings of the last run on this row, each with its message and the
 * export and death-list rows it rests on (where, masked; their statuses and dates as the export gives them).
 */
export function RegistryFactsView({ items }: { items: ReadonlyArray<RegistryFindingFacts> }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const colon = lang === 'zh' ? '：' : ': ';
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="explain-registry-title" className={styles.view} data-testid="explain-registry">
      <h2 id="explain-registry-title" className={styles.heading}>
        {t(S.explainRegistryTitle)}
      </h2>
      {items.map((f, i) => (
        <div key={i} className={styles.finding} data-code={f.code}>
          <p className={styles.title}>{f.title}</p>
          <p className={styles.message}>{f.message}</p>
          {f.rows.length > 0 ? (
            <details open>
              <summary>{t(S.explainRegistryRows)}</summary>
              <ul className={styles.rows}>
                {f.rows.map((r) => (
                  <li key={r.place} data-list-row={r.list}>
                    <div className={styles.place}>{r.place}</div>
                    <ul className={styles.facts}>
                      {r.facts.map(([label, value]) => (
                        <li key={label}>
                          {label}
                          {colon}
                          {value}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ))}
    </section>
  );
}
