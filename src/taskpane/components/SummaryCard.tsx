import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Text } from '../../policy';
import { maskPersonal, pick } from '../../policy';
import { KIND_NAMES } from '../../roster/kinds';
import { NO_REGISTRY_NOTE } from '../../roster/registry/registryRun';
import type { ValidationReport } from '../../roster/types';
import { S } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import { summaryText } from '../report/runFacts';
import type { RunSources } from '../state/validateState';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  line: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  dl: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  dt: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  dd: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What to do when no paid register or no registry export was used, where the pane's own words do not fit. */
export interface SourceHints {
  readonly noRegister: Text;
  readonly noRegistry: Text;
}

export interface SummaryCardProps {
  readonly report: ValidationReport;
  readonly sources: RunSources;
  readonly workbook: string;
  readonly cardRef?: Ref<HTMLElement>;
  /** Default: the pane's (tick a sheet or add a file under 已发放记录 …). */
  readonly hints?: SourceHints;
}

/** What the run found and what it checked against; focus lands here after a run. */
export function SummaryCard({ report, sources, workbook, cardRef, hints }: SummaryCardProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { summary } = report;
  const sep = lang === 'zh' ? '、' : ', ';
  const used = (label: Text, names: ReadonlyArray<string> | undefined, testId: string) =>
    names && names.length > 0 ? (
      <>
        <dt className={styles.dt}>{t(label)}</dt>
        <dd className={styles.dd} data-testid={testId}>
          {names.map((n) => maskPersonal(n)).join(sep)}
        </dd>
      </>
    ) : null;
  return (
    <section ref={cardRef} tabIndex={-1} aria-labelledby="results-title" className={styles.card} data-testid="summary-card">
      <h2 id="results-title" className={styles.title}>
        {t(S.results)}
      </h2>
      <p className={styles.line} data-testid="summary" data-errors={summary.errors} data-warnings={summary.warnings} data-rows={summary.rows}>
        {pick(summaryText(summary, sources), lang)}
      </p>
      {(sources.earlier ?? []).map((b) => (
        <MessageBar key={`${b.batch}\u0000${b.date}`} intent="info" layout="multiline" data-testid="registered-before">
          <MessageBarBody>{t(S.registeredBefore, { date: b.date, batch: b.batch, count: b.count })}</MessageBarBody>
        </MessageBar>
      ))}
      {sources.registers.length === 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="no-register">
          <MessageBarBody>
            <MessageBarTitle>{t(S.noRegisterUsed)}</MessageBarTitle>
            <br />
            {t(hints?.noRegister ?? S.noRegisterHint)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {report.notes.map((note) => (
        <MessageBar key={note.zh} intent="warning" layout="multiline" data-testid="run-note">
          <MessageBarBody>
            <MessageBarTitle>{pick(note, lang)}</MessageBarTitle>
            {note.zh === NO_REGISTRY_NOTE.zh ? (
              <>
                <br />
                {t(hints?.noRegistry ?? S.noRegistryHint)}
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ))}
      <dl className={styles.dl}>
        {used(S.registriesUsed, sources.registries, 'registries-used')}
        {used(S.deathListsUsed, sources.deathLists, 'death-lists-used')}
        {sources.registers.length > 0 ? (
          <>
            <dt className={styles.dt}>{t(S.registersUsed)}</dt>
            <dd className={styles.dd} data-testid="registers-used">
              {sources.registers.join(lang === 'zh' ? '、' : ', ')}
            </dd>
          </>
        ) : null}
        <dt className={styles.dt}>{t(S.sheetsChecked)}</dt>
        <dd className={styles.dd}>
          <ul className={styles.list}>
            {report.sheets.map((s) => (
              <li key={`${s.file}\u0000${s.sheet}`}>
                {t(S.sheetKindRows, {
                  sheet: maskPersonal(s.file === workbook ? s.sheet : `${s.file} / ${s.sheet}`),
                  kind: s.kind ? pick(KIND_NAMES[s.kind], lang) : t(S.notARoster),
                  rows: s.rows,
                  count: s.rows,
                })}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
