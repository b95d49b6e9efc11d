import type { Text } from '../policy';
import { contractMonths, text, toHalfWidth } from '../policy';
import { readCount, readRequiredDate } from './policyBindings';
import type { CellValue } from './sheetGrid';

const RANGE_SEPARATOR = /^(.+?)\s*(?:至|到|~|～|—+|–|－|\s-\s)\s*(.+)$/;
const MONTHS_TEXT = /^(\d+(?:\.\d+)?)个?月$/;
const YEARS_TEXT = /^(\d+(?:\.\d+)?)年$/;
const YEARS_MONTHS_TEXT = /^(\d+)年(?:零)?(\d+)个?月$/;
const OPEN_ENDED = /^(长期|无固定期限|无期限|open-ended)$/i;

/** Split '2022.3.1-2022.8.31' or '2022-03-01-2022-08-31' at the hyphen between the two dates. */
function splitAtHyphen(t: string): [string, string] | undefined {
  const hyphens = [...t].reduce<number[]>((acc, c, k) => (c === '-' ? [...acc, k] : acc), []);
  if (hyphens.length === 1) return [t.slice(0, hyphens[0]), t.slice(hyphens[0] + 1)];
  if (hyphens.length === 5) return [t.slice(0, hyphens[2]), t.slice(hyphens[2] + 1)];
  return undefined;
}

/** A contract period read from one cell: its whole months (Infinity when open-ended) and its start (NaN if not given). */
export type ContractPeriod =
  | { readonly ok: true; readonly months: number; readonly start: number }
  | { readonly ok: false; readonly code: 'NUMBER_INVALID' | 'DATE_INVALID'; readonly message: Text };

/**
 * The contract's length from a 合同期限 cell that is not blank: a number of months, 'N个月', 'N年', 'N年M个月',
 * '长期', or 'D至E'. Shared by the check of a travel roster and the pane's 说明此行, so both read a cell alike.
 */
export function contractPeriod(v: CellValue): ContractPeriod {
  if (typeof v === 'number') {
    const r = readCount(v);
    return r.ok ? { ok: true, months: r.value, start: NaN } : { ok: false, code: 'NUMBER_INVALID', message: r.error.message };
  }
  const t = toHalfWidth(String(v ?? '')).replace(/\s+/g, ' ').trim();
  const compact = t.replace(/\s+/g, '');
  const months = (n: number): ContractPeriod => ({ ok: true, months: n, start: NaN });
  const bad = (message: Text): ContractPeriod => ({ ok: false, code: 'DATE_INVALID', message });
  if (OPEN_ENDED.test(compact)) return months(Number.POSITIVE_INFINITY);
  let m = MONTHS_TEXT.exec(compact);
  if (m) return months(Number(m[1]));
  m = YEARS_MONTHS_TEXT.exec(compact);
  if (m) return months(Number(m[1]) * 12 + Number(m[2]));
  m = YEARS_TEXT.exec(compact);
  if (m) return months(Number(m[1]) * 12);
  if (/^\d+(\.\d+)?$/.test(compact)) return months(Number(compact));
  const range = RANGE_SEPARATOR.exec(t);
  const parts: [string, string] | undefined = range ? [range[1], range[2]] : splitAtHyphen(compact);
  if (!parts) return bad(text(`无法识别“${t}”（可填月数，或“2022-03-01至2023-02-28”）`, `cannot read "${t}" (a number of months, or "2022-03-01至2023-02-28")`));
  const start = readRequiredDate(parts[0].trim());
  const end = readRequiredDate(parts[1].trim());
  if (!start.ok) return bad(start.error.message);
  if (!end.ok) return bad(end.error.message);
  if (end.value < start.value) return bad(text('终止日期早于起始日期', 'the end is before the start'));
  return { ok: true, months: contractMonths(start.value, end.value), start: start.value };
}
