import type { DaySerial } from '../../src/policy';
import { creditCodeCheckCharacter, idCheckCharacter, serialToYmd } from '../../src/policy';
import type { Rng } from './random';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function ymd(serial: DaySerial): string {
  const { y, m, d } = serialToYmd(serial);
  return `${y}${pad(m, 2)}${pad(d, 2)}`;
}

/** An 18-character resident ID (GB 11643-1999): region, birth date, sequence (odd for men), check character. */
export function residentId(regionCode: string, birth: DaySerial, sequence: number): string {
  const first17 = `${regionCode}${ymd(birth)}${pad(sequence, 3)}`;
  return first17 + idCheckCharacter(first17);
}

/** The same person's ID as it was before 1999: 15 digits, a two-digit year and no check character. */
export function residentId15(regionCode: string, birth: DaySerial, sequence: number): string {
  return `${regionCode}${ymd(birth).slice(2)}${pad(sequence, 3)}`;
}

/** A sequence number of the right parity: odd for men, even for women (GB 11643-1999). */
export function sequenceFor(rng: Rng, sex: 'male' | 'female'): number {
  const n = rng.int(0, 499) * 2;
  return sex === 'male' ? n + 1 : n;
}

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714's own check character on the 9-character organisation code inside a credit code. */
function organisationCode(rng: Rng): string {
  let body = '';
  for (let i = 0; i < 8; i++) body += i < 2 && rng.chance(0.5) ? rng.pick(['M', 'A']) : String(rng.int(0, 9));
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i];
    const v = /\d/.test(c) ? +c : c.charCodeAt(0) - 55;
    sum += v * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * A unified social credit code (GB 32100-2015) with a valid check character. `registration` is the first two
 * characters: 91 an enterprise, 93 a farmers' cooperative, 92 an individual business.
 */
export function creditCode(rng: Rng, regionCode: string, registration: '91' | '92' | '93' = '91'): string {
  const first17 = `${registration}${regionCode}${organisationCode(rng)}`;
  if ([...first17].some((c) => !ORG_ALPHABET.includes(c))) throw new Error(`bad credit code body ${first17}`);
  return first17 + creditCodeCheckCharacter(first17);
}

/** A 19-digit UnionPay card number (62…) whose last digit is the Luhn check digit, as every bank card has. */
export function bankCard(rng: Rng): string {
  let digits = `621${rng.int(0, 9)}`;
  while (digits.length < 18) digits += String(rng.int(0, 9));
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    let d = +digits[17 - i];
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits + String((10 - (sum % 10)) % 10);
}
