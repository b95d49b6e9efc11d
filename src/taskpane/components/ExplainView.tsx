import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { pick } from '../../policy';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import type { ExplainController } from '../state/useExplain';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    borderRadius: tokens.borderRadiusMedium,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  // Label above value: beside each other they leave no room for either at 320 px.
  dl: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  dd: { margin: 0, marginBottom: tokens.spacingVerticalXS },
  args: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  arg: { display: 'flex', flexDirection: 'column', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  argName: { fontWeight: tokens.fontWeightSemibold },
  argSource: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/** 说明: the selected JL cell explained as JL.EXPLAIN does, with the cells it reads, the measure and the readings. */
export function ExplainView({ controller }: { controller: ExplainController }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { explanation, loading, error } = controller;
  return (
    <div className={styles.view} data-testid="explain">
      <p>{t(S.explainHint)}</p>
      <div>
        <Button onClick={() => void controller.refresh()} data-testid="explain-refresh">
          {t(S.explainRefresh)}
        </Button>
        {loading ? <Spinner size="tiny" label={t(S.busy)} /> : null}
      </div>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {explanation ? (
        <>
          <dl className={styles.dl}>
            <dt className={styles.dt}>{t(S.explainCell)}</dt>
            <dd className={styles.dd} data-testid="explain-cell">
              {explanation.cell.sheet}!{explanation.cell.address}
            </dd>
            {typeof explanation.cell.formula === 'string' && explanation.cell.formula.startsWith('=') ? (
              <>
                <dt className={styles.dt}>{t(S.explainFormula)}</dt>
                <dd className={`${styles.dd} ${styles.code}`} data-testid="explain-formula">
                  {explanation.cell.formula}
                </dd>
              </>
            ) : null}
          </dl>
          {!explanation.ok ? (
            <MessageBar intent="info" data-testid="explain-problem">
              <MessageBarBody>{explanation.message}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <h2 className={styles.heading}>{t(S.explainArguments)}</h2>
              <ul className={styles.args} aria-label={t(S.explainArguments)} data-testid="explain-args">
                {explanation.args.map((a) => (
                  <li key={a.index} className={styles.arg} data-arg={a.index}>
                    <span>
                      <span className={styles.argName}>{a.name}</span>
                      {lang === 'zh' ? '：' : ': '}
                      <span data-value={a.received}>{a.value}</span>
                    </span>
                    <span className={styles.argSource}>
                      {t(S.explainSource)}
                      {lang === 'zh' ? '：' : ': '}
                      {a.source}
                    </span>
                  </li>
                ))}
              </ul>
              <h2 className={styles.heading}>{t(S.explainResult)}</h2>
              <pre className={styles.text} data-testid="explain-text" tabIndex={0} aria-label={t(S.explainResult)}>
                {explanation.text}
              </pre>
              <dl className={styles.dl}>
                <dt className={styles.dt}>{t(S.explainMeasure)}</dt>
                <dd className={styles.dd} data-testid="explain-measure">
                  {explanation.measure ?? '—'}
                </dd>
                <dt className={styles.dt}>{t(S.explainReadings)}</dt>
                <dd className={styles.dd} data-testid="explain-readings">
                  {explanation.readings.length === 0 ? (
                    t(S.explainNoReadings)
                  ) : (
                    <ul>
                      {explanation.readings.map((r, i) => (
                        <li key={i}>{pick(r, lang)}</li>
                      ))}
                    </ul>
                  )}
                </dd>
              </dl>
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
