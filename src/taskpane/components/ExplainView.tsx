import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { maskPersonal, pick } from '../../policy';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import type { DeterminationView } from '../explain/determinationView';
import type { RowExplanation } from '../explain/explainRow';
import { rowNumberOf, typedAmountNote } from '../explain/explainRow';
import type { RegistryFindingFacts } from '../explain/registryFacts';
import type { ExplainController } from '../state/useExplain';
import { EXPLANATION_TEXT } from './explanationText';
import { RegistryFactsView } from './RegistryFactsView';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: EXPLANATION_TEXT,
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  // Label above value: beside each other they leave no room for either at 320 px.
  dl: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  dd: { margin: 0, marginBottom: tokens.spacingVerticalXS },
  args: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  arg: { display: 'flex', flexDirection: 'column', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  argName: { fontWeight: tokens.fontWeightSemibold },
  argSource: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  conclusion: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  inputs: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fails: { color: tokens.colorPaletteRedForeground1 },
});

/** Conclusion first in one sentence, then the conditions with their values, parameters and readings, folded. */
function DeterminationDetails({ view }: { view: DeterminationView }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const colon = lang === 'zh' ? '：' : ': ';
  return (
    <>
      <p className={styles.conclusion} data-testid="explain-conclusion">
        {view.conclusion}
      </p>
      <details className={styles.details} data-testid="explain-conditions">
        <summary className={styles.summary}>{t(S.explainConditions, { count: view.conditions.length })}</summary>
        <ul className={styles.list}>
          {view.conditions.map((c, i) => (
            <li key={i}>
              <span className={c.holds ? undefined : styles.fails}>
                {c.holds ? '✓' : '✗'} {c.text}
                {lang === 'zh' ? '（' : ' ('}
                {t(c.holds ? S.explainHolds : S.explainFails)}
                {lang === 'zh' ? '）' : ')'}
              </span>
              {c.inputs.length > 0 ? (
                <div className={styles.inputs}>{c.inputs.map(([label, value]) => `${label}${colon}${value}`).join(lang === 'zh' ? '；' : '; ')}</div>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
      {view.parameters.length > 0 ? (
        <details className={styles.details}>
          <summary className={styles.summary}>{t(S.explainParameters)}</summary>
          <ul className={styles.list}>
            {view.parameters.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <details className={styles.details}>
        <summary className={styles.summary}>{t(S.explainReadings)}</summary>
        {view.readings.length === 0 ? (
          <p data-testid="explain-readings">{t(S.explainNoReadings)}</p>
        ) : (
          <ul className={styles.list} data-testid="explain-readings">
            {view.readings.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </details>
    </>
  );
}

/** 说明此行: a roster row's amount under the policy, conclusion first (the pane's 说明 view and the web page's). */
export function RowExplanationView({ row }: { row: RowExplanation }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  return (
    <section aria-labelledby="explain-row-title" className={styles.view} data-testid="explain-row">
      <h2 id="explain-row-title" className={styles.heading}>
        {t(S.explainRowTitle, { sheet: maskPersonal(row.sheet), row: row.row, name: row.name })}
      </h2>
      {row.typedAmount ? (
        <MessageBar intent="info" layout="multiline" data-testid="explain-typed-amount">
          <MessageBarBody>{typedAmountNote(row, lang)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <DeterminationDetails view={row.view} />
      {row.claimed !== '' ? <p className={styles.dd}>{t(S.explainRowClaimed, { claimed: row.claimed })}</p> : null}
      <p className={styles.dt}>{t(S.explainRowScope)}</p>
    </section>
  );
}

/** 说明: the selected JL cell, or the roster row of the selected cell, explained under the policy. */
export function ExplainView({ controller, registryFacts }: { controller: ExplainController; registryFacts?(sheet: string, row: number): RegistryFindingFacts[] }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const colon = lang === 'zh' ? '：' : ': ';
  const { explanation, loading, error } = controller;
  const row = explanation ? rowNumberOf(explanation.cell.address) : null;
  const facts = explanation && row !== null && registryFacts ? registryFacts(explanation.cell.sheet, row) : [];
  return (
    <div className={styles.view} data-testid="explain">
      <p className={styles.dd}>
        {t(S.explainHint)}
        {lang === 'zh' ? '' : ' '}
        {t(S.explainHintRow)}
      </p>
      <div>
        <Button onClick={() => void controller.refresh()} data-testid="explain-refresh">
          {t(S.explainRefresh)}
        </Button>
        {loading ? <Spinner size="tiny" label={t(S.busy)} /> : null}
      </div>
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {explanation ? (
        <>
          <dl className={styles.dl}>
            <dt className={styles.dt}>{t(S.explainCell)}</dt>
            <dd className={styles.dd} data-testid="explain-cell">
              {maskPersonal(explanation.cell.sheet)}!{explanation.cell.address}
            </dd>
            {explanation.ok && explanation.kind === 'cell' && typeof explanation.cell.formula === 'string' && explanation.cell.formula.startsWith('=') ? (
              <>
                <dt className={styles.dt}>{t(S.explainFormula)}</dt>
                <dd className={`${styles.dd} ${styles.code}`} data-testid="explain-formula">
                  {explanation.cell.formula}
                </dd>
              </>
            ) : null}
          </dl>
          {!explanation.ok ? (
            <MessageBar intent="info" layout="multiline" data-testid="explain-problem">
              <MessageBarBody>{explanation.message}</MessageBarBody>
            </MessageBar>
          ) : explanation.kind === 'row' ? (
            <RowExplanationView row={explanation.row} />
          ) : (
            <>
              {explanation.view ? <DeterminationDetails view={explanation.view} /> : null}
              <h2 className={styles.heading}>{t(S.explainArguments)}</h2>
              <ul className={styles.args} aria-label={t(S.explainArguments)} data-testid="explain-args">
                {explanation.args.map((a) => (
                  <li key={a.index} className={styles.arg} data-arg={a.index}>
                    <span>
                      <span className={styles.argName}>{a.name}</span>
                      {colon}
                      <span data-value={a.received}>{a.value}</span>
                    </span>
                    <span className={styles.argSource}>
                      {t(S.explainSource)}
                      {colon}
                      {a.source}
                    </span>
                  </li>
                ))}
              </ul>
              <dl className={styles.dl}>
                <dt className={styles.dt}>{t(S.explainMeasure)}</dt>
                <dd className={styles.dd} data-testid="explain-measure">
                  {explanation.measure ?? '—'}
                </dd>
              </dl>
              <details className={styles.details}>
                <summary className={styles.summary}>{t(S.explainFullText)}</summary>
                <pre className={styles.text} data-testid="explain-text" tabIndex={0} aria-label={t(S.explainResult)}>
                  {explanation.text}
                </pre>
              </details>
              {explanation.view ? null : (
                <dl className={styles.dl}>
                  <dt className={styles.dt}>{t(S.explainReadings)}</dt>
                  <dd className={styles.dd} data-testid="explain-readings">
                    {explanation.readings.length === 0 ? t(S.explainNoReadings) : explanation.readings.map((r) => pick(r, lang)).join(lang === 'zh' ? '；' : '; ')}
                  </dd>
                </dl>
              )}
            </>
          )}
          <RegistryFactsView items={facts} />
        </>
      ) : null}
    </div>
  );
}
