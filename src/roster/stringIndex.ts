/**
 * Strings to dense entry numbers (0, 1, 2 ... in order of first sight), by open addressing over one typed array of
 * (hash, entry + 1) pairs, so a probe touches one cache line. The run files every ID and bank account of a
 * million-row roster here; a Map of that size spends most of its time growing and chasing pointers.
 */
export class StringIndex {
  /** slots[2j] = hash, slots[2j + 1] = entry + 1 (0: free). */
  private slots: Int32Array;
  private mask: number;
  private readonly keys: string[] = [];
  /** Whether the last lookupOrAdd() added its key. */
  added = false;

  constructor(expected = 16) {
    let n = 16;
    while (n < expected * 2) n *= 2;
    this.slots = new Int32Array(n * 2);
    this.mask = n - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  key(entry: number): string {
    return this.keys[entry];
  }

  /** The entry of `key`, added when new (FNV-1a hash, linear probing; the table is kept at most half full). */
  lookupOrAdd(key: string): number {
    const h = hashString(key);
    const slots = this.slots;
    let j = h & this.mask;
    for (;;) {
      const e = slots[2 * j + 1];
      if (e === 0) break;
      if (slots[2 * j] === h && this.keys[e - 1] === key) {
        this.added = false;
        return e - 1;
      }
      j = (j + 1) & this.mask;
    }
    this.keys.push(key);
    slots[2 * j] = h;
    slots[2 * j + 1] = this.keys.length;
    this.added = true;
    if (this.keys.length * 2 > this.mask + 1) this.grow();
    return this.keys.length - 1;
  }

  private grow(): void {
    this.slots = doubledSlots(this.slots);
    this.mask = this.slots.length / 2 - 1;
  }
}

/**
 * A (hash, entry + 1) slot table twice the size, every used slot re-placed by linear probing. Shared by StringIndex
 * and RowsByKey, whose tables have the same layout.
 */
export function doubledSlots(old: Int32Array): Int32Array {
  const n = old.length; // slots in the new table: twice the old count of pairs
  const slots = new Int32Array(n * 2);
  const mask = n - 1;
  for (let j = 0; j < old.length; j += 2) {
    const e = old[j + 1];
    if (e === 0) continue;
    let p = old[j] & mask;
    while (slots[2 * p + 1] !== 0) p = (p + 1) & mask;
    slots[2 * p] = old[j];
    slots[2 * p + 1] = e;
  }
  return slots;
}

/** FNV-1a over the UTF-16 code units. */
export function hashString(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}
