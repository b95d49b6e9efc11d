/**
 * Inflated XML arrives in chunks; a reader scans the bytes up to the end of the last complete element of a chunk and
 * keeps the bytes after it for the next chunk. The boundary (an ASCII closing tag) is never inside a UTF-8 character,
 * so a piece of text cut out between two tags decodes on its own exactly as it would within the whole part.
 */
export function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The index just after the last occurrence of the ASCII tag `closing` ("</row>") in the bytes, or -1. */
export function afterLast(bytes: Uint8Array, closing: string): number {
  const n = closing.length;
  const last = closing.charCodeAt(n - 1);
  for (let at = bytes.lastIndexOf(last); at >= n - 1; at = bytes.lastIndexOf(last, at - 1)) {
    let k = 0;
    while (k < n - 1 && bytes[at - n + 1 + k] === closing.charCodeAt(k)) k++;
    if (k === n - 1) return at + 1;
  }
  return -1;
}

/** The index just after the first occurrence of the ASCII tag `closing` in the bytes, or -1. */
export function afterFirst(bytes: Uint8Array, closing: string): number {
  const n = closing.length;
  const first = closing.charCodeAt(0);
  for (let at = bytes.indexOf(first); at >= 0 && at + n <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < n && bytes[at + k] === closing.charCodeAt(k)) k++;
    if (k === n) return at + n;
  }
  return -1;
}

/** The index of byte `code` at or after `from`, before `to`; -1 when there is none. */
export function byteAt(b: Uint8Array, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === code) return i;
  return -1;
}

/** Whether the ASCII text `s` is at `at` in the bytes. */
export function bytesAre(b: Uint8Array, at: number, s: string): boolean {
  if (at + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s.charCodeAt(k)) return false;
  return true;
}
