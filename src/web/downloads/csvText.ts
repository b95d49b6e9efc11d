/**
 * Text cells that a spreadsheet would read as a formula when it opens a CSV: = + - @ start one, and Excel also
 * strips a leading tab or carriage return before looking (OWASP, "CSV Injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a CSV field that Excel and WPS show as the text it is: a would-be formula gets a leading
 * apostrophe (the mark Excel itself uses for "this is text"; it shows, so the clerk sees the value was neutralised
 * rather than silently changed into something else), then RFC 4180 quoting when the field holds a comma, a quote or
 * a line break. Numbers are written as numbers and never guarded: -5 is a value, not a formula.
 */
export function csvField(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const guarded = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** RFC 4180 lines ending in CRLF (the last one too), for Excel and WPS on Windows. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 with a byte-order mark: without it Chinese Excel reads a CSV as GBK and shows mojibake; WPS and LibreOffice
 * take the mark as "UTF-8" too.
 */
export function utf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM, 0);
  out.set(body, UTF8_BOM.length);
  return out;
}
