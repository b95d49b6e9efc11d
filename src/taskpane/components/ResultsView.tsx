import { Button, Input, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, Ref } from 'react';
import { useMemo, useState } from 'react';
import { pick } from '../../policy';
import { FINDING_CODES } from '../../roster';
import type { Finding, FindingCode, Severity, ValidationReport } from '../../roster/types';
import { S, asLabel, bracketed } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import type { FindingFilter } from '../results/findingItems';
import { NO_FILTER, chipCounts, filterItems, findingItems } from '../results/findingItems';
import type { RunSources } from '../state/validateState';
import { FindingList } from './FindingList';
import type { SourceHints } from './SummaryCard';
import { SummaryCard } from './SummaryCard';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  chip: { minWidth: 0, maxWidth: '100%', height: 'auto', textAlign: 'start', fontWeight: tokens.fontWeightRegular },
  chipCount: { fontWeight: tokens.fontWeightSemibold, marginLeft: tokens.spacingHorizontalXS },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  search: { width: '100%' },
  shown: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  empty: { margin: 0 },
});

export interface ResultsViewProps {
  readonly report: ValidationReport;
  readonly sources: RunSources;
  readonly workbook: string;
  readonly cardRef?: Ref<HTMLElement>;
  onSelect(f: Finding): void;
  onSelectAll(findings: ReadonlyArray<Finding>): void;
  /** 说明此行: select the finding's cell and explain its row. */
  onExplainRow(f: Finding): void;
  /** Whether a finding's cell can be selected (default: it is in this workbook); the web page has every file open. */
  readonly selectable?: (f: Finding) => boolean;
  readonly hints?: SourceHints;
}

/**
 * The summary card, then the findings as one list sorted by severity and row, with filter chips (severity, kind of
 * problem, each with its count), a search, previous/next (Alt+↑ / Alt+↓) and 选中此类全部单元格.
 */
export function ResultsView({ report, sources, workbook, cardRef, onSelect, onSelectAll, onExplainRow, selectable, hints }: ResultsViewProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const items = useMemo(() => findingItems(report), [report]);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [current, setCurrent] = useState(-1);
  const shown = useMemo(() => filterItems(items, filter), [items, filter]);
  const counts = useMemo(() => chipCounts(items, filter.severity), [items, filter.severity]);
  const showSheet = report.sheets.length > 1;
  const canSelect = selectable ?? ((f: Finding) => f.file === workbook);

  const update = (next: FindingFilter) => {
    setFilter(next);
    setCurrent(-1);
  };
  const move = (position: number) => {
    const item = shown[position];
    if (!item) return;
    setCurrent(position);
    if (canSelect(item.finding)) onSelect(item.finding);
  };
  const step = (by: number) => move(current < 0 ? (by > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, current + by)));
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    step(e.key === 'ArrowDown' ? 1 : -1);
  };
  const severityChip = (severity: Severity | null, label: string, count: number) => (
    <ToggleButton
      size="small"
      shape="circular"
      className={styles.chip}
      checked={filter.severity === severity}
      onClick={() => update({ ...filter, severity, code: null })}
      data-severity-chip={severity ?? 'all'}
      data-count={count}
    >
      {label}
    </ToggleButton>
  );
  const ofCode = filter.code === null ? [] : items.filter((i) => i.finding.code === filter.code && canSelect(i.finding)).map((i) => i.finding);

  return (
    <div className={styles.view} data-testid="results" onKeyDown={onKeyDown}>
      <SummaryCard report={report} sources={sources} workbook={workbook} cardRef={cardRef} hints={hints} />
      {items.length === 0 ? (
        <p className={styles.empty}>{t(S.noFindings)}</p>
      ) : (
        <section aria-labelledby="findings-title" className={styles.view}>
          <h2 id="findings-title" className={styles.heading}>
            {t(S.findings)}
          </h2>
          <div role="group" aria-label={t(S.filterSeverity)} className={styles.chips}>
            {severityChip(null, t(S.filterAll, { count: items.length }), items.length)}
            {severityChip('error', t(S.filterErrors, { count: counts.severity.error }), counts.severity.error)}
            {severityChip('warning', t(S.filterWarnings, { count: counts.severity.warning }), counts.severity.warning)}
          </div>
          <div role="group" aria-label={t(S.filterCode)} className={styles.chips} data-testid="counts">
            {counts.codes.map(([code, count]) => (
              <ToggleButton
                key={code}
                size="small"
                shape="circular"
                className={styles.chip}
                checked={filter.code === code}
                title={code}
                onClick={() => update({ ...filter, code: filter.code === code ? null : (code as FindingCode) })}
                data-code={code}
                data-count={count}
              >
                {asLabel(pick(FINDING_CODES[code].title, lang), lang)}
                <span className={styles.chipCount}>{count}</span>
              </ToggleButton>
            ))}
          </div>
          <Input
            type="search"
            className={styles.search}
            aria-label={t(S.search)}
            placeholder={t(S.search)}
            value={filter.query}
            onChange={(_, d) => update({ ...filter, query: d.value })}
            data-testid="finding-search"
          />
          <div className={styles.tools}>
            <Button size="small" disabled={shown.length === 0} onClick={() => step(-1)} aria-keyshortcuts="Alt+ArrowUp" title={`${t(S.previous)}${bracketed('Alt+↑', lang)}`} data-testid="previous">
              {t(S.previous)}
            </Button>
            <Button size="small" disabled={shown.length === 0} onClick={() => step(1)} aria-keyshortcuts="Alt+ArrowDown" title={`${t(S.next)}${bracketed('Alt+↓', lang)}`} data-testid="next">
              {t(S.next)}
            </Button>
            {shown[current] && canSelect(shown[current].finding) ? (
              <Button size="small" onClick={() => onExplainRow(shown[current].finding)} data-testid="explain-row-button">
                {t(S.explainRowButton)}
              </Button>
            ) : null}
            {filter.code !== null ? (
              <Button size="small" disabled={ofCode.length === 0} onClick={() => onSelectAll(ofCode)} data-testid="select-all-of-code">
                {t(S.selectAllOfCode)}
              </Button>
            ) : null}
          </div>
          <p className={styles.shown} aria-live="polite" data-testid="shown">
            {t(S.shownOf, { shown: shown.length, total: items.length })}
          </p>
          <FindingList items={shown} current={current} workbook={workbook} showSheet={showSheet} onMove={move} />
        </section>
      )}
    </div>
  );
}
