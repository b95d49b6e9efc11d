import type { ZipPackage } from './zipParts';
import { afterLast, byteAt, bytesAre, joined } from './byteChunks';
import { textRuns, unescapeOoxml } from './xmlText';
import { textAt } from './byteText';

const SI_CLOSE = '</si>';

/** A workbook's shared strings, in order. */
export interface SharedStrings {
  readonly strings: ReadonlyArray<string>;
  /**
   * The indexes of the empty ones: a sheet's reader tells an empty cell without looking at its string (at a million
   * rows the strings lie all over the heap, and looking at each one is a cache miss per cell).
   */
  readonly empty: ReadonlySet<number>;
}

class StringTable implements SharedStrings {
  readonly strings: string[] = [];
  readonly empty = new Set<number>();

  add(s: string): void {
    if (s === '') this.empty.add(this.strings.length);
    this.strings.push(s);
  }
}

/** For the long way (rich text and the like): a string's own U+FEFF is kept, as textAt keeps it. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The index of the next `<si` at or after `from`, or -1. */
function nextItem(b: Uint8Array, from: number): number {
  for (let i = from; i < b.length; i++) if (b[i] === 60 && b[i + 1] === 115 && b[i + 2] === 105) return i;
  return -1;
}

/** The index of the next `</si>` at or after `from`, or -1. */
function itemClose(b: Uint8Array, from: number): number {
  for (let i = byteAt(b, 60, from, b.length); i >= 0; i = byteAt(b, 60, i + 1, b.length)) if (bytesAre(b, i, SI_CLOSE)) return i;
  return -1;
}

/**
 * The strings of one stretch of complete <si> elements, read from the bytes, each one's text decoded on its own
 * (textAt): a string cut out of a decoded stretch would keep the whole stretch alive (100 MB for a million-row
 * roster's strings).
 */
function take(b: Uint8Array, strings: StringTable): void {
  const n = b.length;
  let at = 0;
  for (;;) {
    const open = nextItem(b, at);
    if (open < 0) return;
    // The common <si><t>text</t></si>, its text read in one pass that also tells whether it has anything to unescape.
    if (b[open + 3] === 62 && b[open + 4] === 60 && b[open + 5] === 116 && b[open + 6] === 62) {
      const { text, end, plain } = textAt(b, open + 7);
      if (b[end + 1] === 47 && b[end + 2] === 116 && b[end + 3] === 62 && bytesAre(b, end + 4, SI_CLOSE)) {
        strings.add(plain ? text : unescapeOoxml(text));
        at = end + 9;
        continue;
      }
    }
    const gt = byteAt(b, 62, open, n);
    if (gt < 0) return;
    if (b[gt - 1] === 47) {
      strings.add('');
      at = gt + 1;
      continue;
    }
    // Rich text, phonetic runs and the like go the long way.
    const close = itemClose(b, gt);
    if (close < 0) return;
    strings.add(textRuns(decoder.decode(b.subarray(gt + 1, close))));
    at = close + 5;
  }
}

/** The shared strings, streamed: one <si> after another, each the plain text of its runs. */
export async function sharedStrings(pkg: ZipPackage, path: string | undefined): Promise<SharedStrings> {
  const strings = new StringTable();
  if (!path) return strings;
  let carry: Uint8Array = new Uint8Array(0);
  await pkg.stream(path, (chunk) => {
    const bytes = carry.length === 0 ? chunk : joined(carry, chunk);
    const end = afterLast(bytes, SI_CLOSE);
    if (end < 0) {
      carry = bytes;
      return;
    }
    take(bytes.subarray(0, end), strings);
    carry = bytes.slice(end);
  });
  take(carry, strings);
  return strings;
}
