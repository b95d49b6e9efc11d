import type { ZipPackage } from './zipParts';
import { afterLast, joined } from './byteChunks';
import { textRuns, unescapeOoxml } from './xmlText';

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

/** The strings of one stretch of complete <si> elements. */
function take(xml: string, strings: StringTable): void {
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<si', at);
    if (open < 0) return;
    const gt = xml.indexOf('>', open);
    if (gt < 0) return;
    if (xml.charCodeAt(gt - 1) === 47) {
      strings.add('');
      at = gt + 1;
      continue;
    }
    // The common <si><t>text</t></si>, cut out directly; rich text and phonetic runs go the long way.
    if (xml.startsWith('<t>', gt + 1)) {
      const lt = xml.indexOf('<', gt + 4);
      if (xml.startsWith('</t></si>', lt)) {
        strings.add(unescapeOoxml(xml.slice(gt + 4, lt)));
        at = lt + 9;
        continue;
      }
    }
    const close = xml.indexOf(SI_CLOSE, gt);
    if (close < 0) return;
    strings.add(textRuns(xml.slice(gt + 1, close)));
    at = close + 5;
  }
}

/** The shared strings, streamed: one <si> after another, each the plain text of its runs. */
export async function sharedStrings(pkg: ZipPackage, path: string | undefined): Promise<SharedStrings> {
  const strings = new StringTable();
  if (!path) return strings;
  const decoder = new TextDecoder('utf-8');
  let carry: Uint8Array = new Uint8Array(0);
  await pkg.stream(path, (chunk) => {
    const bytes = carry.length === 0 ? chunk : joined(carry, chunk);
    const end = afterLast(bytes, SI_CLOSE);
    if (end < 0) {
      carry = bytes;
      return;
    }
    take(decoder.decode(bytes.subarray(0, end)), strings);
    carry = bytes.subarray(end);
  });
  take(decoder.decode(carry), strings);
  return strings;
}
