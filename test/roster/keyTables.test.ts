import { RowsByKey } from '../../src/roster/rowsByKey';
import { StringIndex } from '../../src/roster/stringIndex';

// The engine's two open-addressing tables start small here so that they must grow many times over.
describe('StringIndex', () => {
  it('numbers 20,000 keys densely in order of first sight and finds each again after growing', () => {
    const index = new StringIndex(16);
    const keys = Array.from({ length: 20_000 }, (_, i) => `22242419900101${String(i).padStart(4, '0')}`);
    keys.forEach((k, i) => {
      expect(index.lookupOrAdd(k)).toBe(i);
      expect(index.added).toBe(true);
    });
    keys.forEach((k, i) => {
      expect(index.lookupOrAdd(k)).toBe(i);
      expect(index.added).toBe(false);
    });
    expect(index.size).toBe(20_000);
    expect(index.key(12_345)).toBe(keys[12_345]);
  });
});

describe('RowsByKey', () => {
  it('groups the rows of keys that come again, across growth of its table', () => {
    // Row k has key k mod 7000: keys 0..2999 come twice (rows k and k + 7000), the rest once.
    const keyOf = Array.from({ length: 10_000 }, (_, k) => `K${k % 7000}`);
    const groups: number[][] = [];
    const table = new RowsByKey(1, keyOf, groups);
    keyOf.forEach((key, k) => table.file(key, k));
    expect(groups).toHaveLength(3000);
    expect(table.rows('K5')).toEqual([5, 7005]);
    expect(table.rows('K6999')).toEqual([6999]);
    expect(table.rows('missing')).toEqual([]);
  });
});
