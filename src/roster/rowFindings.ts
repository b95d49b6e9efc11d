import type { Text } from '../policy';
import { formatYuan, text } from '../policy';
import type { PersonTable } from './personTable';
import type { FieldId, FindingCode, RowRef } from './types';

/** Findings list at most this many related rows (a roster with one ID a thousand times would otherwise be n²). */
export const MAX_RELATED = 50;

export function yuan(fen: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${formatYuan(fen)} 元` : `${formatYuan(fen)} yuan`;
}

export function where(r: RowRef): Text {
  return text(`${r.file}「${r.sheet}」第${r.row}行`, `${r.file} / ${r.sheet} row ${r.row}`);
}

export function listPlaces(refs: ReadonlyArray<RowRef>, total = refs.length): Text {
  const shown = refs.slice(0, 5).map(where);
  const more = total > 5 ? text(` 等${total}处`, ` and ${total - 5} more`) : text('', '');
  return text(shown.map((t) => t.zh).join('、') + more.zh, shown.map((t) => t.en).join(', ') + more.en);
}

export const NONE = text('', '');

/** A finding about person row k, counted against it. */
export function emitFor(t: PersonTable, k: number, code: FindingCode, field: FieldId, value: string, message: Text, related?: ReadonlyArray<RowRef>, measure?: number | null): void {
  t.scope(k).emitAt(t.gridRow[k], k, code, field, value, message, related, measure);
}

export function refsOf(t: PersonTable, rows: ReadonlyArray<number>): RowRef[] {
  return rows.slice(0, MAX_RELATED).map((q) => t.ref(q));
}

/** The claimed amount against the computed one (or, claimOverOnly, only a claim above it), unless a finding already explains the row. */
export function amountMismatch(t: PersonTable, k: number, why: Text, claimOverOnly = false): void {
  const claimed = t.claimedFen[k];
  const computed = t.computedFen[k];
  const kind = t.kind[k];
  if (t.settled[k] || Number.isNaN(claimed) || Number.isNaN(computed) || kind === null) return;
  if (claimOverOnly ? claimed <= computed : claimed === computed) return;
  emitFor(
    t,
    k,
    'AMOUNT_MISMATCH',
    'amount',
    formatYuan(claimed),
    text(
      `申报金额 ${yuan(claimed, 'zh')}，按政策计算应为 ${yuan(computed, 'zh')}${why.zh}`,
      `claimed ${yuan(claimed, 'en')}, but the policy computes ${yuan(computed, 'en')}${why.en}`,
    ),
    undefined,
    t.scope(k).measure,
  );
}
