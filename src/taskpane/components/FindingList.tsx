import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import { maskPersonal, pick } from '../../policy';
import { FIELD_NAMES } from '../../roster/headers';
import { findingAddress } from '../../roster/reportTable';
import type { FieldId } from '../../roster/types';
import { S, asLabel, bracketed } from '../i18n/strings';
import { useLang, useT } from '../i18n/lang';
import { measureWords } from '../i18n/measureWords';
import type { FindingItem } from '../results/findingItems';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    cursor: 'pointer',
    // Thousands of findings: the browser lays out only those on screen.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 120px',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  advice: { color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
  adviceLabel: { fontWeight: tokens.fontWeightSemibold },
});

export interface FindingListProps {
  readonly items: ReadonlyArray<FindingItem>;
  /** Index into items of the current finding, or -1. */
  readonly current: number;
  readonly workbook: string;
  /** Sheet names shown on each item (more than one sheet checked). */
  readonly showSheet: boolean;
  onMove(position: number): void;
}

/**
 * The findings as one listbox: a single tab stop; arrow keys, Home and End move through it, and moving selects the
 * finding's cell in Excel (onMove). A click does the same.
 */
export function FindingList({ items, current, workbook, showSheet, onMove }: FindingListProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const list = useRef<HTMLUListElement>(null);
  const focusCurrent = useRef(false);

  useEffect(() => {
    // Focus follows the current finding when the clerk is in the list (arrow keys, or Alt+↓ from an item).
    const inList = list.current?.contains(document.activeElement) ?? false;
    if (!focusCurrent.current && !inList) return;
    focusCurrent.current = false;
    list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, [current]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const last = items.length - 1;
    const from = Math.max(0, current);
    const to =
      e.key === 'ArrowDown' ? Math.min(last, current + 1) : e.key === 'ArrowUp' ? Math.max(0, from - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : e.key === 'Enter' || e.key === ' ' ? from : null;
    if (to === null || last < 0) return;
    e.preventDefault();
    focusCurrent.current = true;
    onMove(to);
  };

  const tabStop = current >= 0 && current < items.length ? current : 0;
  return (
    <ul ref={list} role="listbox" aria-label={t(S.findingListLabel)} className={styles.list} onKeyDown={onKeyDown} data-testid="finding-list">
      {items.map((item, position) => {
        const f = item.finding;
        const address = findingAddress(f);
        const field = f.field === '' ? '' : pick(FIELD_NAMES[f.field as FieldId], lang);
        const here = f.file === workbook;
        const where = [
          showSheet || !here ? maskPersonal(here ? f.sheet : `${f.file} / ${f.sheet}`) : '',
          field ? `${field}${bracketed(address, lang)}` : address,
          f.measure === null ? '' : pick(measureWords(f.measure), lang),
        ].filter((s) => s !== '');
        const head = item.name ? t(S.rowAndName, { row: f.row, name: item.name }) : t(S.rowLabel, { row: f.row });
        return (
          <li
            key={item.index}
            role="option"
            aria-selected={position === current}
            tabIndex={position === tabStop ? 0 : -1}
            className={mergeClasses(styles.item, f.severity === 'error' ? styles.error : styles.warning, position === current && styles.current)}
            onClick={() => onMove(position)}
            data-finding={f.code}
            data-file={f.file}
            data-severity={f.severity}
            data-sheet={f.sheet}
            data-address={address}
            data-row={f.row}
          >
            <span className={styles.head}>
              <Badge appearance="tint" size="small" color={f.severity === 'error' ? 'danger' : 'warning'}>
                {asLabel(t(f.severity === 'error' ? S.severityError : S.severityWarning), lang)}
              </Badge>
              <span>{head}</span>
            </span>
            <span className={styles.meta}>
              {where.join(' · ')} · {pick(item.title, lang)} <span className={styles.code}>{f.code}</span>
            </span>
            <span>{pick(f.message, lang)}</span>
            <span className={styles.advice}>
              <span className={styles.adviceLabel}>{t(S.nextStep)}</span>
              {pick(item.advice, lang)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
