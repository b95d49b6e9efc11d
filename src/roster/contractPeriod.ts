import type { Text } from '../policy';
import { contractMonths, text, toHalfWidth } from '../policy';
import { readCount, readMonthOnly, readRequiredDate } from './policyBindings';
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
  if (hyphens.length === 3) return [t.slice(0, hyphens[1]), t.slice(hyphens[1] + 1)]; // 2022-03-2022-08
  if (hyphens.length === 5) return [t.slice(0, hyphens[2]), t.slice(hyphens[2] + 1)];
  return undefined;
}

/**
 * A contract period read from one cell: its whole months (Infinity when open-ended) and its start (NaN if not
 * given). With a start or an end given only to the month, `months` is the fewest whole months the days of those
 * months allow and `monthsMax` the most, and `monthOnly` spans from the first possible day to the last.
 */
export type ContractPeriod =
  | {
      readonly ok: true;
      readonly months: number;
      readonly monthsMax: number;
      readonly start: number;
      /** The last day the start may be (= start unless the start gives only the month). */
      readonly startLast: number;
      readonly monthOnly: { readonly first: number; readonly last: number } | null;
    }
  | { readonly ok: false; readonly code: 'NUMBER_INVALID' | 'DATE_INVALID'; readonly message: Text };

/** One end of a contract written as text: a day, or a month without a day; the reader's message when neither. */
function readContractEnd(t: string): { readonly first: number; readonly last: number; readonly monthOnly: boolean } | Text {
  const month = readMonthOnly(t);
  if (month !== null) return { ...month, monthOnly: true };
  const day = readRequiredDate(t);
  return day.ok ? { first: day.value, last: day.value, monthOnly: false } : day.error.message;
}

/**
 * The contract's length from a 合同期限 cell that is not blank: a number of months, 'N个月', 'N年', 'N年M个月',
 * '长期', or 'D至E'. Shared by the check of a travel roster and the pane's 说明此行, so both read a cell alike.
 */
export function contractPeriod(v: CellValue): ContractPeriod {
  if (typeof v === 'number') {
    const r = readCount(v);
    return r.ok ? { ok: true, months: r.value, monthsMax: r.value, start: NaN, startLast: NaN, monthOnly: null } : { ok: false, code: 'NUMBER_INVALID', message: r.error.message };
  }
  const t = toHalfWidth(String(v ?? '')).replace(/\s+/g, ' ').trim();
  const compact = t.replace(/\s+/g, '');
  const months = (n: number): ContractPeriod => ({ ok: true, months: n, monthsMax: n, start: NaN, startLast: NaN, monthOnly: null });
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
  const start = readContractEnd(parts[0].trim());
  const end = readContractEnd(parts[1].trim());
  if (!('first' in start)) return bad(start);
  if (!('first' in end)) return bad(end);
  if (end.last < start.first) return bad(text('终止日期早于起始日期', 'the end is before the start'));
  return {
    ok: true,
    months: contractMonths(start.last, end.first),
    monthsMax: contractMonths(start.first, end.last),
    start: start.first,
    startLast: start.last,
    monthOnly: start.monthOnly || end.monthOnly ? { first: start.first, last: end.last } : null,
  };
}
