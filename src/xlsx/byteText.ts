/**
 * The text of an element read from the inflated bytes, up to the next tag: a shared string, an inline string, a
 * cell's value. Each text is decoded on its own, so it is a string of its own (a string cut out of a decoded stretch
 * of XML keeps the whole stretch alive) and one byte a character when it is ASCII, as IDs and account numbers are.
 */

/** A text's own U+FEFF is kept (the XML's byte order mark is before the first element). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** ASCII texts up to this long (IDs, account numbers, codes, amounts: most of a roster's) are made from their bytes. */
const SHORT_ASCII = 32;
/** One array of character codes per length, reused: String.fromCharCode takes as many as the array holds. */
const CODES: number[][] = Array.from({ length: SHORT_ASCII + 1 }, (_, length) => new Array<number>(length).fill(0));

/**
 * The ASCII text between `from` and `to`, without a view of the bytes made for a decoder (making the view costs more
 * than the decoding of so short a text).
 */
function shortAscii(b: Uint8Array, from: number, to: number): string {
  const codes = CODES[to - from];
  for (let k = from; k < to; k++) codes[k - from] = b[k];
  return String.fromCharCode.apply(null, codes);
}

export interface TextAt {
  /** The text as it is in the XML (entities and _xHHHH_ escapes not yet replaced). */
  text: string;
  /** Index of the '<' after the text (the end of the bytes when there is none). */
  end: number;
  /** Whether the text has no '&' and no '_': nothing in it to unescape. */
  plain: boolean;
}

const TEXT_AT: TextAt = { text: '', end: 0, plain: true };

/** The text from `from` to the next '<'. Returns one reused object. */
export function textAt(b: Uint8Array, from: number): TextAt {
  const n = b.length;
  let i = from;
  let plain = true;
  let ascii = true;
  for (; i < n; i++) {
    // Ordered for the bytes most texts are made of: digits first, then the bytes of Chinese characters.
    const c = b[i];
    if (c < 60) {
      if (c === 38) plain = false;
    } else if (c >= 128) ascii = false;
    else if (c === 60) break;
    else if (c === 95) plain = false;
  }
  TEXT_AT.text = ascii && i - from <= SHORT_ASCII ? shortAscii(b, from, i) : decoder.decode(b.subarray(from, i));
  TEXT_AT.end = i;
  TEXT_AT.plain = plain;
  return TEXT_AT;
}
