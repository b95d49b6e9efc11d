import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReadingId, ReadingValues } from '../../policy';
import { optionText, pick, POLICY, todaySerial } from '../../policy';
import { useLang, useT } from '../i18n/lang';
import { measureWords } from '../i18n/measureWords';
import { P } from '../measures/policyStrings';

const useStyles = makeStyles({
  item: { marginBottom: tokens.spacingVerticalM },
  measure: { color: tokens.colorNeutralForeground2 },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  dd: { margin: 0 },
  alternatives: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The readings shipped with the product (data/readings.csv): each clause, the reading taken in this workbook, why,
 * and the alternatives, with the parameter values in force today. Nothing refers the clerk to a file.
 */
export function ReadingsList({ readings }: { readings: ReadingValues }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const today = todaySerial();
  return (
    <section data-testid="readings">
      <h3>{t(P.readingsTitle)}</h3>
      <p>{t(P.readingsIntro)}</p>
      {POLICY.readings.map((r) => {
        const taken = readings[r.id as ReadingId];
        const others = r.options.filter((o) => o.option !== taken);
        const defaultText = pick(optionText(r, r.default, today), lang);
        return (
          <div key={r.id} className={styles.item} data-reading={r.id}>
            <div className={styles.measure}>
              {r.measure ? pick(measureWords(r.measure), lang) : t(P.allMeasures)}
              {r.options.length > 1 ? ` · ${t(P.changeable)}` : ''}
            </div>
            <dl className={styles.dl}>
              <dt>{t(P.clause)}</dt>
              <dd className={styles.dd}>{pick(r.clause, lang)}</dd>
              <dt>{t(P.reading)}</dt>
              <dd className={styles.dd} data-testid={`reading-${r.id}`}>
                {pick(optionText(r, taken, today), lang)}
                {taken === r.default ? t(P.shipped) : t(P.setByCounty, { option: defaultText })}
              </dd>
              <dt>{t(P.reason)}</dt>
              <dd className={styles.dd}>{pick(r.reason, lang)}</dd>
              {others.length > 0 ? (
                <>
                  <dt>{t(P.alternatives)}</dt>
                  <dd className={styles.dd}>
                    <ul className={styles.alternatives}>
                      {others.map((o) => (
                        <li key={o.option}>
                          {pick(optionText(r, o.option, today), lang)}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
