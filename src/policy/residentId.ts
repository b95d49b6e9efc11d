import type { County } from './countyRecord';
import { countyByRegionCode } from './counties';
import type { DaySerial } from './dates';
import { daysInMonth, isValidYmd, ymdToSerial } from './dates';
import { isExcelErrorText, toHalfWidth } from './inputs';
import type { Text } from './text';
import { text } from './text';

/** GB 11643-1999: weights of the first 17 digits, and the check character for each remainder mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'missing' | 'numeric' | 'format' | 'checksum' | 'birthdate';

export type ResidentIdResult =
  | {
      readonly ok: true;
      /** The 18-character number, normalised (ASCII digits, upper-case X; a 15-digit number upgraded). */
      readonly id: string;
      readonly regionCode: string;
      readonly birth: DaySerial;
      readonly sex: 'male' | 'female';
      readonly upgradedFrom15: boolean;
      /** The county of the region code when it is in the table (retired codes included). */
      readonly county?: County;
    }
  | { readonly ok: false; readonly problem: ResidentIdProblem; readonly message: Text; readonly normalised: string };

/** Full-width digits and letters to ASCII, every kind of space removed, x to X. */
export function normaliseIdText(s: string): string {
  return toHalfWidth(s).replace(/[\s\u00a0\u200b\ufeff'‘’]/g, '').toUpperCase();
}

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** A 15-digit ID (before 1999) becomes 18 digits: 19 inserted before the year, then the check character. */
export function upgradeId15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCheckCharacter(first17);
}

function problem(kind: ResidentIdProblem, normalised: string, message: Text): ResidentIdResult {
  return { ok: false, problem: kind, message, normalised };
}

export interface ParseIdOptions {
  /** A birth date after this day is impossible (the day of the check). */
  readonly asOf?: DaySerial;
}

/**
 * Parse and validate a resident ID number as it arrives from a cell: text (possibly with spaces, full-width
 * digits, lower-case x) or a number. A number has already lost digits in Excel (15 significant digits), so it is
 * reported as such rather than guessed at.
 */
export function parseResidentId(v: unknown, options: ParseIdOptions = {}): ResidentIdResult {
  if (typeof v === 'string' && v.length === 18) {
    const plain = parsePlainValidId18(v, options);
    if (plain) return plain;
  }
  if (v === null || v === undefined || v === '' || (typeof v === 'string' && v.trim() === '')) {
    return problem('missing', '', text('身份证号码为空', 'the ID number is empty'));
  }
  if (typeof v === 'number') {
    const shown = Number.isFinite(v) ? v.toPrecision(15).replace(/\.?0+e/, 'e') : String(v);
    return problem(
      'numeric',
      String(v),
      text(
        `身份证号码以数字形式存储（${shown}），Excel 只保留15位有效数字，后几位已丢失；请将单元格设为文本后重新录入`,
        `the ID number is stored as a number (${shown}); Excel keeps only 15 significant digits, so the last digits are lost; format the cell as text and type it again`,
      ),
    );
  }
  if (typeof v !== 'string') return problem('format', String(v), text('身份证号码不是文本', 'the ID number is not text'));
  if (isExcelErrorText(v.trim())) return problem('format', v.trim(), text(`身份证号码单元格是错误值 ${v.trim()}`, `the ID cell holds the error ${v.trim()}`));
  const s = normaliseIdText(v);
  if (/^\d(\.\d+)?E\+?\d+$/.test(s)) {
    return problem(
      'numeric',
      s,
      text(
        `身份证号码是科学计数法（${s}），数字已丢失；请将单元格设为文本后重新录入`,
        `the ID number is in scientific notation (${s}): digits are lost; format the cell as text and type it again`,
      ),
    );
  }
  let id: string;
  let upgradedFrom15 = false;
  if (/^\d{15}$/.test(s)) {
    id = upgradeId15(s);
    upgradedFrom15 = true;
  } else if (/^\d{17}[\dX]$/.test(s)) {
    id = s;
  } else {
    const detail = /^[\dX]+$/.test(s)
      ? text(`位数为${s.length}位，应为18位`, `it has ${s.length} characters, not 18`)
      : text('含有数字和末位X以外的字符', 'it holds characters other than digits and a final X');
    return problem('format', s, text(`身份证号码格式不对：${detail.zh}`, `the ID number is malformed: ${detail.en}`));
  }
  const y = +id.slice(6, 10);
  const m = +id.slice(10, 12);
  const d = +id.slice(12, 14);
  if (!isValidYmd(y, m, d) || y < 1900) {
    return problem('birthdate', id, text(`身份证号码中的出生日期 ${id.slice(6, 14)} 不存在`, `the birth date ${id.slice(6, 14)} in the ID number does not exist`));
  }
  const birth = ymdToSerial(y, m, d);
  if (options.asOf !== undefined && birth > options.asOf) {
    return problem('birthdate', id, text(`身份证号码中的出生日期 ${id.slice(6, 14)} 晚于今天`, `the birth date ${id.slice(6, 14)} in the ID number is in the future`));
  }
  const expected = idCheckCharacter(id);
  if (!upgradedFrom15 && id[17] !== expected) {
    return problem(
      'checksum',
      id,
      // Never the check character that would pass: typing it in makes a valid-looking number of someone else.
      text('身份证号码校验位不符：号码至少有一位录入有误，请对照身份证原件逐位核对', 'the ID number fails its check character: at least one character was mistyped; compare it with the ID card'),
    );
  }
  const regionCode = id.slice(0, 6);
  return {
    ok: true,
    id,
    regionCode,
    birth,
    sex: (id.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
    upgradedFrom15,
    county: countyByRegionCode(regionCode),
  };
}

const birthSerials = new Map<number, DaySerial>();
/** Region codes (as the number of their six digits) with their county: a roster's IDs come from a few hundred regions. */
const regions = new Map<number, { readonly code: string; readonly county: County | undefined }>();

/**
 * The common case, without regular expressions or intermediate strings: 18 ASCII characters already in normal form
 * (17 digits, a digit or X), a real birth date and the right check character. Anything else returns undefined and
 * takes the general path above, which gives the same result for these inputs and explains every other one. A roster
 * of a million rows parses its IDs here.
 */
function parsePlainValidId18(s: string, options: ParseIdOptions): ResidentIdResult | undefined {
  const ymd = plainValidId18Ymd(s);
  if (ymd < 0) return undefined;
  let birth = birthSerials.get(ymd);
  if (birth === undefined) {
    birth = ymdToSerial(Math.floor(ymd / 10000), Math.floor(ymd / 100) % 100, ymd % 100);
    birthSerials.set(ymd, birth);
  }
  if (options.asOf !== undefined && birth > options.asOf) return undefined;
  const region = +s.slice(0, 6);
  let place = regions.get(region);
  if (place === undefined) {
    const code = s.slice(0, 6);
    place = { code, county: countyByRegionCode(code) };
    regions.set(region, place);
  }
  return {
    ok: true,
    id: s,
    regionCode: place.code,
    birth,
    sex: (s.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
    upgradedFrom15: false,
    county: place.county,
  };
}

/**
 * The birth date (as the number yyyymmdd) of an ID in the common form parsePlainValidId18 takes: 17 ASCII digits,
 * the right check character, a real date from 1900 on; -1 for any other string. Allocates nothing: a province's
 * registry export of half a million rows is checked here.
 */
export function plainValidId18Ymd(s: string): number {
  if (s.length !== 18) return -1;
  let sum = 0;
  let ymd = 0;
  for (let i = 0; i < 17; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    sum += digit * WEIGHTS[i];
    if (i >= 6 && i < 14) ymd = ymd * 10 + digit;
  }
  if (s.charCodeAt(17) !== CHECK_CHARS.charCodeAt(sum % 11)) return -1;
  const y = Math.floor(ymd / 10000);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? ymd : -1;
}
