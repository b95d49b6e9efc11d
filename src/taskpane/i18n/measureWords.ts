import type { Text } from '../../policy';
import { text } from '../../policy';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals, as the measures are numbered in the policy text (十一, not 一十一). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${DIGITS[ones]}`;
}

/** A measure as the clerk names it: 第七条 / measure 7. */
export function measureWords(n: number): Text {
  return text(`第${chineseNumber(n)}条`, `measure ${n}`);
}
