/**
 * The one way a person's number (resident ID, 残疾人证号, bank or social-security card) leaves the program: every
 * output — terminal, JSON, report workbook, copied sheets, the pane's views and sheets, file and sheet names where
 * they are shown — passes its text through maskPersonal. Digits are replaced in place by '*', so what surrounds them
 * (and the separators a clerk typed) stays readable while the birth date and sequence never do.
 */

/** ASCII and full-width digits. */
const DIGIT = '[0-9\\uff10-\\uff19]';
/** The check character of an ID (ASCII and full-width, either case), right after a digit: in a 残疾人证号 two digits follow it; after a separator it is a word (.xlsx). */
const CHECK = '[Xx\\uff38\\uff58]';
/**
 * What clerks put between groups of digits: spaces (also no-break and ideographic), dashes and minus signs, dots,
 * middle dots and underscores, in ASCII or full-width. Up to three in a row ("222424 - 19800313 - 3338").
 */
const SEPARATOR = '[\\s\\-\\u2010-\\u2015\\u2212\\uff0d.\\uff0e\\u00b7\\u30fb_\\uff3f]';
const RUN = new RegExp(`${DIGIT}(?:${SEPARATOR}{0,3}${DIGIT}|${CHECK})*`, 'g');
const POSITION = new RegExp(`${DIGIT}|${CHECK}`, 'g');

/** Shortest run of digits that is taken for a person's number wherever it stands: 15-digit IDs and longer. */
export const PERSONAL_DIGITS = 15;
const KEEP_FIRST = 6;
const KEEP_LAST = 4;

/**
 * How the value is to be read: 'id' — the whole value is a person's ID (first 6 and last 4 kept when it is 15 or more
 * digits long, else only the last 4); 'account' — the whole value is a card or account number (only the last 4 kept,
 * spaces dropped as before); 'text' — any other text, where every run of 15 or more digits is masked as an ID.
 */
export type MaskAs = 'id' | 'account' | 'text';

/** Positions (string indexes) of the digits and check characters of s. */
function digitPositions(s: string): number[] {
  const positions: number[] = [];
  for (const m of s.matchAll(POSITION)) positions.push(m.index);
  return positions;
}

function maskPositions(s: string, positions: ReadonlyArray<number>, keepFirst: number, keepLast: number): string {
  if (positions.length <= keepFirst + keepLast) {
    // Too short to keep both ends: keep the last four at most, and never all of it.
    keepFirst = 0;
    keepLast = positions.length > keepLast ? keepLast : 0;
  }
  const chars = s.split('');
  for (let k = keepFirst; k < positions.length - keepLast; k++) chars[positions[k]] = '*';
  return chars.join('');
}

function maskWhole(s: string, keepFirst: number): string {
  const positions = digitPositions(s);
  return positions.length === 0 ? s : maskPositions(s, positions, positions.length >= PERSONAL_DIGITS ? keepFirst : 0, KEEP_LAST);
}

function maskRun(run: string): string {
  // Most runs are short (a row number, an amount): fewer characters than digits needed, nothing to look at.
  if (run.length < PERSONAL_DIGITS) return run;
  const positions = digitPositions(run);
  return positions.length >= PERSONAL_DIGITS ? maskPositions(run, positions, KEEP_FIRST, KEEP_LAST) : run;
}

/** The value with every person's number in it masked: 222424 19800313 3338 → 222424 ******** 3338. */
export function maskPersonal(value: string, as: MaskAs = 'text'): string {
  switch (as) {
    case 'id':
      return maskWhole(value, KEEP_FIRST);
    case 'account':
      return maskWhole(value.replace(/\s+/g, ''), 0);
    case 'text':
      return value.replace(RUN, maskRun);
  }
}

/** 222424********1235: region and last four kept, birth date and sequence hidden. */
export function maskId(id: string): string {
  return maskPersonal(id, 'id');
}

/** A bank or social-security card number: only the last four digits shown. */
export function maskBankAccount(account: string): string {
  return maskPersonal(account, 'account');
}
