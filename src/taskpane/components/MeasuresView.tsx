import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadingValues } from '../../policy';
import { pick, todaySerial, withParameterValues } from '../../policy';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import { MEASURE_SUMMARIES, exampleFormula } from '../measures/measureSummaries';
import { ReadingsList } from './ReadingsList';

const useStyles = makeStyles({
  // Label above value: side by side, a 320 px pane leaves the value a column a few characters wide.
  dl: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0, marginBottom: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  example: { display: 'block', fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all', marginBottom: tokens.spacingVerticalXXS },
  source: { color: tokens.colorNeutralForeground2 },
});

/**
 * 政策: the eleven measures in short, what the add-in does for each, which function or roster column does it, and the
 * readings of the ambiguous clauses as this workbook takes them.
 */
export function MeasuresView({ county, readings }: { county: string | undefined; readings: ReadingValues }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const today = todaySerial();
  return (
    <div data-testid="measures">
      <h2>{t(S.measuresTitle)}</h2>
      <Accordion multiple collapsible>
        {MEASURE_SUMMARIES.map((m) => (
          <AccordionItem key={m.number} value={m.number} data-measure={m.number}>
            <AccordionHeader>
              {t(S.measureNumber, { n: m.number })} {pick(m.title, lang)}
            </AccordionHeader>
            <AccordionPanel>
              <p>{pick(withParameterValues(m.rule, today), lang)}</p>
              <dl className={styles.dl}>
                <dt className={styles.dt}>{t(S.measureAddIn)}</dt>
                <dd className={styles.dd}>{pick(withParameterValues(m.addIn, today), lang)}</dd>
                {m.functions.length > 0 ? (
                  <>
                    <dt className={styles.dt}>{t(S.measureFunctions)}</dt>
                    <dd className={`${styles.dd} ${styles.code}`}>{m.functions.join(', ')}</dd>
                  </>
                ) : null}
                {m.examples.length > 0 ? (
                  <>
                    <dt className={styles.dt}>{t(S.measureExamples)}</dt>
                    <dd className={styles.dd}>
                      {m.examples.map((e) => (
                        <code key={e} className={styles.example}>
                          {exampleFormula(e, county)}
                        </code>
                      ))}
                    </dd>
                  </>
                ) : null}
                {m.rosterColumns ? (
                  <>
                    <dt className={styles.dt}>{t(S.measureColumns)}</dt>
                    <dd className={styles.dd}>{pick(m.rosterColumns, lang)}</dd>
                  </>
                ) : null}
              </dl>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <ReadingsList readings={readings} />
      <p className={styles.source}>{t(S.measureSource)}</p>
    </div>
  );
}
