import {
  Button, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { maskPersonal, pick } from '../../policy';
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
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  dd: { margin: 0 },
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
            <dt>{t(S.explainCell)}</dt>
            <dd className={styles.dd} data-testid="explain-cell">
              {maskPersonal(explanation.cell.sheet)}!{explanation.cell.address}
            </dd>
            {typeof explanation.cell.formula === 'string' && explanation.cell.formula.startsWith('=') ? (
              <>
                <dt>{t(S.explainFormula)}</dt>
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
              <Table size="small" aria-label={t(S.explainArguments)} data-testid="explain-args">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t(S.explainArgument)}</TableHeaderCell>
                    <TableHeaderCell>{t(S.explainSource)}</TableHeaderCell>
                    <TableHeaderCell>{t(S.explainValue)}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {explanation.args.map((a) => (
                    <TableRow key={a.index} data-arg={a.index}>
                      <TableCell>{a.name}</TableCell>
                      <TableCell className={styles.code}>{a.source}</TableCell>
                      <TableCell data-value={a.value}>{a.value}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <h3>{t(S.explainResult)}</h3>
              <pre className={styles.text} data-testid="explain-text" tabIndex={0} aria-label={t(S.explainResult)}>
                {explanation.text}
              </pre>
              <dl className={styles.dl}>
                <dt>{t(S.explainMeasure)}</dt>
                <dd className={styles.dd} data-testid="explain-measure">
                  {explanation.measure ?? '—'}
                </dd>
                <dt>{t(S.explainReadings)}</dt>
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
