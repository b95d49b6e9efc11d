import type { CellKind, CellValue, SheetGrid } from '../../src/roster';
import { creditCodeCheckCharacter, idCheckCharacter, isoToSerial } from '../../src/policy';

/** A valid ID: region, birth date YYYYMMDD, 3-digit sequence (odd = male), and its check character (GB 11643). */
export function makeId(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  return first17 + idCheckCharacter(first17);
}

/** A valid unified social credit code with the given region (chars 3-8) and organisation part. */
export function makeCreditCode(region: string, org = '0000000001'): string {
  const first17 = `91${region}${org.padStart(9, '0').slice(-9)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export const serial = isoToSerial;

/** A grid as a reader would hand it over; kinds are derived (strings String, numbers Double) unless given. */
export function grid(values: CellValue[][], extra: Partial<SheetGrid> & { file?: string; sheet?: string } = {}): SheetGrid {
  const width = Math.max(0, ...values.map((r) => r.length));
  const padded = values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const kinds: CellKind[][] = padded.map((r) =>
    r.map((v) => (v === null || v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : typeof v === 'string' && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(v) ? 'Error' : 'String')),
  );
  return { file: extra.file ?? 'roster.xlsx', sheet: extra.sheet ?? 'Sheet1', values: padded, kinds, ...extra };
}

/** Deep-freezes a grid so a test fails if the engine writes to its input. */
export function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x as object)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}
