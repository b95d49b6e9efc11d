import { doubledSlots, hashString } from './stringIndex';

/**
 * Rows filed under a key (an ID, a bank account), for the checks across rows: the first row of each key sits in an
 * open-addressing table of (hash, row + 1) pairs, and a group is made only for keys that come again. A slot's key is
 * read from the rows' own key column, so a million keys are not copied anywhere.
 */
export class RowsByKey {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private readonly groupOf = new Map<number, number[]>();

  constructor(
    expected: number,
    /** The key of each row, by row index (a PersonTable column). */
    private readonly keyOf: ReadonlyArray<string | undefined>,
    /** Receives each group (as its rows) when a key's second row is filed. */
    private readonly groups: number[][],
  ) {
    let n = 16;
    while (n < expected * 2) n *= 2;
    this.slots = new Int32Array(n * 2);
    this.mask = n - 1;
  }

  /** Files row k, whose key is keyOf[k]. */
  file(key: string, k: number): void {
    this.fileHashed(key, hashString(key), k);
  }

  /** file() with the key's hashString() already at hand (worked out while the key was being read). */
  fileHashed(key: string, h: number, k: number): void {
    const slots = this.slots;
    let j = h & this.mask;
    for (;;) {
      const first = slots[2 * j + 1] - 1;
      if (first < 0) break;
      if (slots[2 * j] === h && this.keyOf[first] === key) {
        const group = this.groupOf.get(first);
        if (group) group.push(k);
        else {
          const created = [first, k];
          this.groupOf.set(first, created);
          this.groups.push(created);
        }
        return;
      }
      j = (j + 1) & this.mask;
    }
    slots[2 * j] = h;
    slots[2 * j + 1] = k + 1;
    if (++this.count * 2 > this.mask + 1) this.grow();
  }

  /** Every row filed under `key`, in filing order. */
  rows(key: string): ReadonlyArray<number> {
    const h = hashString(key);
    let j = h & this.mask;
    for (;;) {
      const first = this.slots[2 * j + 1] - 1;
      if (first < 0) return [];
      if (this.slots[2 * j] === h && this.keyOf[first] === key) return this.groupOf.get(first) ?? [first];
      j = (j + 1) & this.mask;
    }
  }

  /** Whether any row is filed under `key` (no array made: the registry asks this of every export row). */
  has(key: string): boolean {
    const h = hashString(key);
    let j = h & this.mask;
    for (;;) {
      const first = this.slots[2 * j + 1] - 1;
      if (first < 0) return false;
      if (this.slots[2 * j] === h && this.keyOf[first] === key) return true;
      j = (j + 1) & this.mask;
    }
  }

  private grow(): void {
    this.slots = doubledSlots(this.slots);
    this.mask = this.slots.length / 2 - 1;
  }
}
