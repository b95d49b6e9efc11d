/**
 * Range.text: the text a cell shows. Covers the formats rosters use (General, text, fixed decimals,
 * thousands separators, percentages and dates); anything else falls back to the General rendering.
 */
import { dateFromSerial } from './cellValues';
import { isErrorValue, type HostCell } from './model';

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (n !== 0 && Math.abs(n) < 1e-9)) {
    const [mantissa, exponent] = n.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(n.toPrecision(10)));
}

function fixed(n: number, decimals: number, grouped: boolean): string {
  const text = Math.abs(n).toFixed(decimals);
  const [whole, fraction] = text.split('.');
  const wholeText = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const sign = n < 0 && Number(text) !== 0 ? '-' : '';
  return sign + wholeText + (fraction ? `.${fraction}` : '');
}

/** Removes quoted literals and escapes so the format's codes can be inspected. */
function codesOf(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

function isDateFormat(format: string): boolean {
  return /[ymdhs]/i.test(codesOf(format)) && !/[0#?]/.test(codesOf(format));
}

function formatDate(serial: number, format: string): string {
  const date = dateFromSerial(serial);
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: String(date.getUTCFullYear() % 100).padStart(2, '0'),
    mm: String(date.getUTCMonth() + 1).padStart(2, '0'),
    m: String(date.getUTCMonth() + 1),
    dd: String(date.getUTCDate()).padStart(2, '0'),
    d: String(date.getUTCDate()),
    hh: String(date.getUTCHours()).padStart(2, '0'),
    h: String(date.getUTCHours()),
    ss: String(date.getUTCSeconds()).padStart(2, '0'),
    s: String(date.getUTCSeconds()),
    min2: String(date.getUTCMinutes()).padStart(2, '0'),
    min1: String(date.getUTCMinutes()),
  };
  let out = '';
  let minutesNext = false; // after an hour code, 'm' means minutes
  const tokens = format.match(/"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mm|m|dd|d|hh|h|ss|s|./gi) ?? [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (token.startsWith('[')) continue;
    else if (lower === 'mm' || lower === 'm') {
      out += minutesNext ? parts[lower === 'mm' ? 'min2' : 'min1'] : parts[lower];
      minutesNext = false;
    } else if (lower in parts) {
      out += parts[lower];
      minutesNext = lower === 'h' || lower === 'hh';
    } else out += token;
  }
  return out;
}

export function displayText(cell: HostCell | undefined): string {
  const value = cell?.value;
  if (value === undefined) return '';
  if (isErrorValue(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = cell?.numberFormat ?? 'General';
  if (format === 'General' || format === '@') return general(value);
  if (isDateFormat(format)) return formatDate(value, format.split(';')[0]);
  const section = codesOf(format.split(';')[0]);
  const percent = section.includes('%');
  const decimals = (/\.([0#?]+)/.exec(section)?.[1].length) ?? 0;
  const shown = percent ? value * 100 : value;
  const text = fixed(shown, decimals, section.includes(','));
  return percent ? `${text}%` : text;
}
