import { useEffect, useReducer, useState } from 'react';
import type { CSSProperties } from 'react';
import type { ExcelHost, HostCell, HostSheet } from '../tools/excel-host';
import { columnLetter, qualifiedAddress } from '../tools/excel-host';
import { displayText } from '../tools/excel-host/previewExtras';
import { ChartView } from './ChartView';

/** Rows drawn at most: the preview is for looking at sample rosters, not for scrolling a million rows. */
const MAX_ROWS = 400;

function used(sheet: HostSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.rows.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell) return;
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    });
  });
  return { rows, cols };
}

function cellStyle(cell: HostCell | undefined): CSSProperties {
  const f = cell?.format;
  const style: CSSProperties = {};
  if (f?.fill) style.background = f.fill;
  if (f?.font?.bold) style.fontWeight = 'bold';
  if (f?.font?.italic) style.fontStyle = 'italic';
  if (f?.font?.color) style.color = f.font.color;
  if (f?.font?.underline && f.font.underline !== 'None') style.textDecoration = 'underline';
  if (typeof cell?.value === 'number') style.textAlign = 'right';
  return style;
}

/** Merged areas: the top-left cell spans the area, the cells it covers are not drawn. */
function mergeMap(sheet: HostSheet): { spans: Map<string, { rows: number; cols: number }>; covered: Set<string> } {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    spans.set(`${m.row},${m.col}`, { rows: m.rows, cols: m.cols });
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  return { spans, covered };
}

function inBox(sheet: HostSheet, r: number, c: number): boolean {
  return (sheet.selectionAreas ?? [sheet.selection]).some((b) => r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols);
}

/**
 * A plain grid of the in-memory workbook: sheet tabs, cells with their fills (so marks show), the selection, and a
 * formula bar to type into a cell as in Excel. Re-renders after every sync that changed anything. Cells carry
 * data-address and data-selected for the end-to-end tests.
 */
export function Grid({ host }: { host: ExcelHost }) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => host.subscribe(redraw), [host]);
  const workbook = host.workbook;
  const sheets = workbook.sheets.filter((s) => s.visibility === 'Visible');
  const active = workbook.sheets.find((s) => s.id === workbook.activeSheetId) ?? sheets[0];
  const size = used(active);
  const rows = Math.min(Math.max(size.rows + 2, 20), MAX_ROWS);
  const cols = Math.max(size.cols + 1, 8);
  const merges = mergeMap(active);
  const sel = active.selection;
  const selected = active.rows[sel.row]?.[sel.col];
  const selectedAddress = `${columnLetter(sel.col)}${sel.row + 1}`;
  const [draft, setDraft] = useState<string | null>(null);
  const shownInBar = draft ?? selected?.formula ?? (selected ? displayText(selected) : '');

  const commit = () => {
    if (draft === null) return;
    host.user.edit(qualifiedAddress(active.name, { row: sel.row, col: sel.col, rows: 1, cols: 1 }), draft);
    host.recalculate();
    setDraft(null);
  };

  return (
    <div className="grid-wrap">
      <div className="formula-bar">
        <label htmlFor="formula-input" className="name-box" data-testid="name-box">
          {selectedAddress}
        </label>
        <input
          id="formula-input"
          aria-label={`${active.name}!${selectedAddress}`}
          value={shownInBar}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
          onBlur={() => setDraft(null)}
        />
      </div>
      <div className="grid-scroll" data-testid="grid" data-sheet={active.name} tabIndex={0} role="region" aria-label={active.name}>
        <table className="grid">
          <caption className="visually-hidden">{active.name}</caption>
          <thead>
            <tr>
              <td className="corner" />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r} className={active.hiddenRows.has(r) ? 'hidden-row' : undefined}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  if (merges.covered.has(`${r},${c}`)) return null;
                  const span = merges.spans.get(`${r},${c}`);
                  const cell = active.rows[r]?.[c];
                  const address = `${columnLetter(c)}${r + 1}`;
                  const isSelected = inBox(active, r, c);
                  return (
                    <td
                      key={c}
                      colSpan={span && span.cols > 1 ? Math.min(span.cols, cols - c) : undefined}
                      rowSpan={span && span.rows > 1 ? span.rows : undefined}
                      data-address={address}
                      data-selected={isSelected ? 'true' : undefined}
                      data-fill={cell?.format?.fill}
                      className={isSelected ? 'selected' : undefined}
                      style={cellStyle(cell)}
                      title={cell?.formula}
                      onClick={() => {
                        setDraft(null);
                        host.user.select(qualifiedAddress(active.name, { row: r, col: c, rows: 1, cols: 1 }));
                      }}
                    >
                      {displayText(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ChartView workbook={workbook} sheet={active} />
      <div className="tabs" role="tablist" aria-label="工作表 Sheets">
        {sheets.map((s) => (
          <button
            key={s.id}
            role="tab"
            type="button"
            aria-selected={s.id === active.id}
            data-sheet-tab={s.name}
            onClick={() => host.user.activate(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
