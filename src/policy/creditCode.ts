import { isJilinRegionCode } from './counties';
import { isExcelErrorText, toHalfWidth } from './inputs';
import type { Text } from './text';
import { text } from './text';

/** GB 32100-2015: the 31-character alphabet (no I, O, S, V, Z) and the weights of the first 17 characters. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeResult =
  | { readonly ok: true; readonly code: string; readonly regionCode: string; readonly inJilin: boolean }
  | { readonly ok: false; readonly problem: 'missing' | 'format' | 'checksum'; readonly message: Text };

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function parseCreditCode(v: unknown): CreditCodeResult {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
    return { ok: false, problem: 'missing', message: text('统一社会信用代码为空', 'the unified social credit code is empty') };
  }
  if (typeof v !== 'string' || isExcelErrorText(v.trim())) {
    return { ok: false, problem: 'format', message: text(`统一社会信用代码“${String(v)}”不是18位代码`, `the unified social credit code "${String(v)}" is not an 18-character code`) };
  }
  const code = toHalfWidth(v).replace(/\s+/g, '').toUpperCase();
  if (code.length !== 18 || [...code].some((c) => !ALPHABET.includes(c))) {
    return {
      ok: false,
      problem: 'format',
      message: text(
        `统一社会信用代码“${code}”格式不对（应为18位，不含I、O、S、V、Z）`,
        `the unified social credit code "${code}" is malformed (18 characters, without I, O, S, V, Z)`,
      ),
    };
  }
  const expected = creditCodeCheckCharacter(code);
  if (code[17] !== expected) {
    return {
      ok: false,
      problem: 'checksum',
      // Never the check character that would pass: typing it in makes a valid-looking code of another business.
      message: text('统一社会信用代码校验位不符：代码至少有一位录入有误，请对照营业执照逐位核对', 'the credit code fails its check character: at least one character was mistyped; compare it with the business licence'),
    };
  }
  const regionCode = code.slice(2, 8);
  return { ok: true, code, regionCode, inJilin: isJilinRegionCode(regionCode) };
}
