import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FocusEvent, KeyboardEvent, UIEvent } from 'react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { columnLetter } from '../../roster/cells';
import type { Severity } from '../../roster/types';
import { displayWidth } from '../../xlsx/displayWidth';
import { useT } from '../../taskpane/i18n/lang';
import { W } from '../i18n/webStrings';
import type { ShownSheet } from '../worker/protocol';
import { gridMove } from './gridMove';

/** Pixels: a row as tall as Excel's default, a character as wide as the grid's font draws a Latin one. */
const ROW_HEIGHT = 24;
const CHAR_WIDTH = 7.5;
const ROW_HEADER_WIDTH = 64;
/** Rows drawn above and below those on screen, so a quick scroll shows no gap. */
const OVERSCAN = 12;
/** Rows looked at to size the columns: enough to see the header and the data, few enough for a sheet of any length. */
const SIZING_ROWS = 300;

export interface CellMark {
  readonly severity: Severity;
  /** What the findings at the cell say, for the cell's tooltip. */
  readonly title: string;
}

export interface GridCell {
  /** Excel row number and column letter. */
  readonly row: number;
  readonly column: string;
}

const useStyles = makeStyles({
  scroller: {
    position: 'relative',
    overflow: 'auto',
    height: '60vh',
    minHeight: '240px',
    '@media (min-width: 1000px)': { height: 'calc(100vh - 96px)' },
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: { position: 'sticky', top: 0, zIndex: 2, display: 'flex', height: `${ROW_HEIGHT}px`, backgroundColor: tokens.colorNeutralBackground3 },
  row: { position: 'absolute', left: 0, display: 'flex', height: `${ROW_HEIGHT}px` },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    flexShrink: 0,
    width: `${ROW_HEADER_WIDTH}px`,
    boxSizing: 'border-box',
    paddingRight: tokens.spacingHorizontalXS,
    textAlign: 'right',
    lineHeight: `${ROW_HEIGHT}px`,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  columnHeader: {
    flexShrink: 0,
    boxSizing: 'border-box',
    textAlign: 'center',
    lineHeight: `${ROW_HEIGHT}px`,
    color: tokens.colorNeutralForeground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  cell: {
    flexShrink: 0,
    boxSizing: 'border-box',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Text with nothing beside it runs on over the empty cells to its right, as in Excel (a roster's title line).
  spill: { overflow: 'visible', textOverflow: 'clip' },
  // The fills the annotated workbook gives flagged cells (src/xlsx/reportWorkbook.ts), with text that stays legible.
  error: { backgroundColor: '#FFC7CE', color: '#9C0006' },
  warning: { backgroundColor: '#FFEB9C', color: '#7A5500' },
  // One of the cells 选中此类全部单元格 chose: a dashed frame, distinct from the active cell's solid one, over any fill.
  chosen: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-3px' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

function columnWidths(sheet: ShownSheet, columns: number): number[] {
  const widths = new Array<number>(columns).fill(4);
  for (const row of sheet.rows.slice(0, SIZING_ROWS)) {
    // A title alone on its row (花名册's first line) flows over the cells beside it, as in Excel: it sizes nothing.
    if (row.filter((v) => v !== '').length < 2) continue;
    row.forEach((v, c) => {
      widths[c] = Math.max(widths[c], displayWidth(v));
    });
  }
  return widths.map((w) => Math.round(Math.min(40, w + 2) * CHAR_WIDTH));
}

export interface VirtualGridProps {
  readonly sheet: ShownSheet;
  readonly label: string;
  /** Flagged cells by A1 address. */
  readonly marks: ReadonlyMap<string, CellMark>;
  readonly selected: GridCell | null;
  /** Addresses of this sheet's cells chosen together (选中此类全部单元格), beside the active one. */
  readonly chosen: ReadonlySet<string>;
  onSelect(cell: GridCell): void;
  /** Enter on a flagged cell: show what was found there. */
  onOpen(cell: GridCell): void;
}

/**
 * A sheet of any size as a grid: only the rows on screen are drawn (a roster of a hundred thousand rows scrolls as a small one);
 * flagged cells filled as in the annotated workbook; the selected cell scrolled into view and outlined.
 * One tab stop (WAI-ARIA grid pattern): the keys move the active cell, named to a screen reader by aria-activedescendant,
 * since with virtual rows the cell a roving tabindex would sit on may not be drawn; the active cell's row always is.
 */
export function VirtualGrid({ sheet, label, marks, selected, chosen, onSelect, onOpen }: VirtualGridProps) {
  const styles = useStyles();
  const t = useT();
  const idPrefix = useId();
  const scroller = useRef<HTMLDivElement>(null);
  // A key moved the active cell: scroll just enough to show it, as Excel does, not a jump to a third of the screen.
  const stepped = useRef(false);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);
  const columns = useMemo(() => sheet.rows.reduce((n, r) => Math.max(n, r.length), 0), [sheet]);
  const widths = useMemo(() => columnWidths(sheet, columns), [sheet, columns]);
  const lefts = useMemo(() => widths.reduce<number[]>((at, w, i) => [...at, at[i] + w], [0]), [widths]);
  const letters = useMemo(() => widths.map((_, c) => columnLetter(sheet.columnOffset + c)), [widths, sheet.columnOffset]);
  const totalWidth = ROW_HEADER_WIDTH + lefts[lefts.length - 1];

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0, left: 0 });
    setTop(0);
  }, [sheet]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || !selected) return;
    const i = selected.row - sheet.rowOffset - 1;
    const c = letters.indexOf(selected.column);
    const y = i * ROW_HEIGHT;
    const visibleHeight = el.clientHeight - ROW_HEIGHT;
    const minimal = stepped.current;
    stepped.current = false;
    const above = y < el.scrollTop;
    const below = y + ROW_HEIGHT > el.scrollTop + visibleHeight;
    const nextTop = !above && !below ? el.scrollTop : minimal ? (above ? y : y + ROW_HEIGHT - visibleHeight) : Math.max(0, y - visibleHeight / 3);
    let nextLeft = el.scrollLeft;
    if (c >= 0) {
      const x = lefts[c];
      const visibleWidth = el.clientWidth - ROW_HEADER_WIDTH;
      const left = x < el.scrollLeft;
      const right = x + widths[c] > el.scrollLeft + visibleWidth;
      if (left || right) nextLeft = minimal ? (left ? x : x + widths[c] - visibleWidth) : Math.max(0, x - visibleWidth / 3);
    }
    el.scrollTo({ top: nextTop, left: nextLeft });
    setTop(nextTop);
  }, [selected, sheet, letters, lefts, widths]);

  const onScroll = (e: UIEvent<HTMLDivElement>) => setTop(e.currentTarget.scrollTop);
  const activeRow = selected ? selected.row - sheet.rowOffset - 1 : -1;
  const activeColumn = selected ? letters.indexOf(selected.column) : -1;
  const hasActive = activeRow >= 0 && activeRow < sheet.rows.length && activeColumn >= 0;
  const cellId = (address: string) => `${idPrefix}-${address}`;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (columns === 0 || sheet.rows.length === 0) return;
    const el = scroller.current;
    const page = Math.max(1, Math.floor(((el?.clientHeight ?? height) - ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const at = hasActive ? { row: activeRow, column: activeColumn } : null;
    if (e.key === 'Enter') {
      if (at && marks.has(`${letters[at.column]}${sheet.rowOffset + at.row + 1}`)) {
        e.preventDefault();
        onOpen(selected!);
      }
      return;
    }
    const next = gridMove(at, { key: e.key, ctrl: e.ctrlKey || e.metaKey }, { rows: sheet.rows.length, columns, page });
    if (!next) return;
    e.preventDefault();
    stepped.current = true;
    onSelect({ row: sheet.rowOffset + next.row + 1, column: letters[next.column] });
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    // Tabbed to, focus lands on a cell: the one last active, else the first. Not on a click (a mouse's focus is not
    // :focus-visible): scrolling to the first cell between the press and the release would put the click on another.
    if (e.target === e.currentTarget && e.currentTarget.matches(':focus-visible') && !hasActive && columns > 0 && sheet.rows.length > 0) {
      stepped.current = true;
      onSelect({ row: sheet.rowOffset + 1, column: letters[0] });
    }
  };
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(sheet.rows.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  const rowsDrawn: number[] = [];
  if (hasActive && activeRow < first) rowsDrawn.push(activeRow);
  for (let i = first; i < last; i++) rowsDrawn.push(i);
  if (hasActive && activeRow >= last) rowsDrawn.push(activeRow);
  const drawn = [];
  for (const i of rowsDrawn) {
    const excelRow = sheet.rowOffset + i + 1;
    const row = sheet.rows[i];
    drawn.push(
      <div key={i} role="row" aria-rowindex={i + 2} className={styles.row} style={{ top: `${i * ROW_HEIGHT}px`, width: `${totalWidth}px` }}>
        <div role="rowheader" aria-colindex={1} className={styles.rowHeader}>
          {excelRow}
        </div>
        {widths.map((w, c) => {
          const address = `${letters[c]}${excelRow}`;
          const mark = marks.get(address);
          const isSelected = selected !== null && selected.row === excelRow && selected.column === letters[c];
          const isChosen = chosen.has(address);
          const value = row[c] ?? '';
          const spills = !mark && (row[c + 1] ?? '') === '' && (row[c] ?? '') !== '';
          const className = mergeClasses(styles.cell, spills && styles.spill, mark && styles[mark.severity], isChosen && styles.chosen, isSelected && styles.selected);
          return (
            <div
              key={c}
              id={cellId(address)}
              role="gridcell"
              aria-colindex={c + 2}
              aria-label={`${address} ${value === '' ? t(W.emptyCell) : value}${mark ? `（${mark.title}）` : ''}`}
              aria-selected={isSelected || isChosen}
              className={className}
              style={{ width: `${w}px` }}
              title={mark?.title}
              data-address={address}
              data-severity={mark?.severity}
              data-selected={isSelected ? 'true' : undefined}
              data-chosen={isChosen ? 'true' : undefined}
              onClick={() => onSelect({ row: excelRow, column: letters[c] })}
            >
              {value}
            </div>
          );
        })}
      </div>,
    );
  }
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={label}
      aria-rowcount={sheet.rows.length + 1}
      aria-colcount={columns + 1}
      tabIndex={0}
      aria-activedescendant={hasActive ? cellId(`${letters[activeColumn]}${sheet.rowOffset + activeRow + 1}`) : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onScroll={onScroll}
      data-testid="grid"
      data-file={sheet.file}
      data-sheet={sheet.sheet}
      data-rows={sheet.rows.length}
    >
      <div role="row" aria-rowindex={1} className={styles.head} style={{ width: `${totalWidth}px` }}>
        <div role="columnheader" className={styles.rowHeader} aria-label="#" />
        {widths.map((w, c) => (
          <div key={c} role="columnheader" className={styles.columnHeader} style={{ width: `${w}px` }}>
            {letters[c]}
          </div>
        ))}
      </div>
      <div role="rowgroup" style={{ position: 'relative', height: `${sheet.rows.length * ROW_HEIGHT}px`, width: `${totalWidth}px` }}>
        {drawn}
      </div>
    </div>
  );
}
