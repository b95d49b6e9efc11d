/**
 * The start tags of a worksheet's <row> and <c> elements read from the inflated bytes in place: a million-row sheet is
 * 540 MB of XML and 14 million cells, so no piece of a tag is cut out and nothing is decoded (every byte the reader
 * looks at here is ASCII). Each returns one reused object.
 */
import { byteAt, bytesAre } from './byteChunks';

/** The cell types (t="…") as numbers. */
export const CELL_TYPE = { none: 0, s: 1, n: 2, str: 3, b: 4, e: 5, d: 6, inlineStr: 7, other: 8 } as const;

/** Whether the byte after a tag's name ends the name (`<c ` or `<c>`, not `<col`). */
export function endsName(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** t="…" as one of CELL_TYPE. */
function typeCode(b: Uint8Array, from: number, to: number): number {
  const length = to - from;
  const c = b[from];
  if (length === 1) {
    if (c === 115) return CELL_TYPE.s;
    if (c === 110) return CELL_TYPE.n;
    if (c === 98) return CELL_TYPE.b;
    if (c === 101) return CELL_TYPE.e;
    if (c === 100) return CELL_TYPE.d;
    return CELL_TYPE.other;
  }
  if (length === 3 && bytesAre(b, from, 'str')) return CELL_TYPE.str;
  if (length === 9 && bytesAre(b, from, 'inlineStr')) return CELL_TYPE.inlineStr;
  return CELL_TYPE.other;
}

export interface RowTag {
  /** 0-based row of r="..", or -1 when the row has no (readable) number. */
  row: number;
  hidden: boolean;
  /** Index of the tag's closing '>' (the end of the bytes when there is none). */
  end: number;
}

const ROW_TAG: RowTag = { row: -1, hidden: false, end: 0 };

/**
 * The row tag as the writers write it: ` r="12"`, then other attributes (one space before each, double quotes), none
 * of them hidden or a second r, then `>` or `/>`. Undefined for any other tag (rowTag reads those). Small, so that
 * it is compiled into its caller's loop.
 */
export function plainRowTag(b: Uint8Array, from: number, to: number): RowTag | undefined {
  let i = from;
  if (i + 4 > to || b[i] !== 32 || b[i + 1] !== 114 || b[i + 2] !== 61 || b[i + 3] !== 34) return undefined;
  i += 4;
  const digits = i;
  let row = 0;
  for (let c = b[i]; c >= 48 && c <= 57; c = b[++i]) row = row * 10 + (c - 48);
  if (i === digits || b[i] !== 34) return undefined;
  i++;
  for (;;) {
    if (i >= to) return undefined;
    const c = b[i];
    if (c === 62 || (c === 47 && b[i + 1] === 62)) {
      if (c === 47 && i + 1 >= to) return undefined;
      ROW_TAG.row = row - 1;
      ROW_TAG.hidden = false;
      ROW_TAG.end = c === 62 ? i : i + 1;
      return ROW_TAG;
    }
    if (c !== 32) return undefined;
    const nameStart = ++i;
    while (i < to && b[i] !== 61 && b[i] !== 62 && !isSpace(b[i])) i++;
    const nameLength = i - nameStart;
    if (b[i] !== 61 || b[i + 1] !== 34) return undefined;
    if ((nameLength === 1 && b[nameStart] === 114) || (nameLength === 6 && bytesAre(b, nameStart, 'hidden'))) return undefined;
    const close = byteAt(b, 34, i + 2, to);
    if (close < 0) return undefined;
    i = close + 1;
  }
}

/** The r and hidden attributes of a <row> start tag, from just after its name; `to` ends the bytes to look at. */
export function rowTag(b: Uint8Array, from: number, to: number): RowTag {
  ROW_TAG.row = -1;
  ROW_TAG.hidden = false;
  let i = from;
  for (;;) {
    while (i < to && isSpace(b[i])) i++;
    const c = i < to ? b[i] : -1;
    if (c === 62 || c === 47 || c < 0) {
      const end = c < 0 ? -1 : byteAt(b, 62, i, to);
      ROW_TAG.end = end < 0 ? to : end;
      return ROW_TAG;
    }
    const nameStart = i;
    while (i < to && b[i] !== 61 && b[i] !== 62) i++;
    const nameLength = i - nameStart;
    const valueStart = i + 2;
    const valueEnd = i + 1 < to ? byteAt(b, b[i + 1] === 39 ? 39 : 34, valueStart, to) : -1;
    if (valueEnd < 0) {
      ROW_TAG.end = to;
      return ROW_TAG;
    }
    if (nameLength === 1 && b[nameStart] === 114 /* r */) {
      let n = 0;
      let k = valueStart;
      for (; k < valueEnd; k++) {
        const d = b[k] - 48;
        if (d < 0 || d > 9) break;
        n = n * 10 + d;
      }
      ROW_TAG.row = k === valueEnd && k > valueStart ? n - 1 : -1;
    } else if (nameLength === 6 && bytesAre(b, nameStart, 'hidden')) {
      const length = valueEnd - valueStart;
      ROW_TAG.hidden = (length === 1 && b[valueStart] === 49) || (length === 4 && bytesAre(b, valueStart, 'true'));
    }
    i = valueEnd + 1;
  }
}

export interface CellTag {
  /** 0-based column of r="..", or -1 when the cell has no reference. */
  column: number;
  style: number;
  /** One of CELL_TYPE. */
  type: number;
  /** Index of the tag's closing '>' (the end of the bytes when there is none). */
  end: number;
  selfClosing: boolean;
}

const CELL_TAG: CellTag = { column: -1, style: 0, type: CELL_TYPE.none, end: 0, selfClosing: false };

/**
 * The tag nearly every cell has, as Excel, WPS and the libraries write it: ` r="B12"`, then maybe ` s="3"`, then maybe
 * ` t="s"`, then `>` or `/>`, read with no loop over attributes. Undefined for any other tag (cellTag reads those).
 * Small, so that it is compiled into its caller's loop.
 */
export function plainCellTag(b: Uint8Array, from: number, to: number): CellTag | undefined {
  let i = from;
  if (i + 4 > to || b[i] !== 32 || b[i + 1] !== 114 || b[i + 2] !== 61 || b[i + 3] !== 34) return undefined;
  i += 4;
  let column = 0;
  let c = b[i];
  while (c >= 65 && c <= 90) {
    column = column * 26 + (c - 64);
    c = b[++i];
  }
  while (c >= 48 && c <= 57) c = b[++i];
  if (c !== 34) return undefined;
  i++;
  let style = 0;
  if (b[i] === 32 && b[i + 1] === 115 && b[i + 2] === 61 && b[i + 3] === 34) {
    i += 4;
    for (c = b[i]; c >= 48 && c <= 57; c = b[++i]) style = style * 10 + (c - 48);
    if (c !== 34) return undefined;
    i++;
  }
  let type: number = CELL_TYPE.none;
  if (b[i] === 32 && b[i + 1] === 116 && b[i + 2] === 61 && b[i + 3] === 34 && b[i + 4] === 115 && b[i + 5] === 34) {
    type = CELL_TYPE.s;
    i += 6;
  }
  const selfClosing = b[i] === 47 && b[i + 1] === 62;
  if (!selfClosing && b[i] !== 62) return undefined;
  if (i >= to || (selfClosing && i + 1 >= to)) return undefined;
  CELL_TAG.column = column - 1;
  CELL_TAG.style = style;
  CELL_TAG.type = type;
  CELL_TAG.end = selfClosing ? i + 1 : i;
  CELL_TAG.selfClosing = selfClosing;
  return CELL_TAG;
}

/** The r, s and t attributes of a <c> start tag (others skipped), from just after its name. */
export function cellTag(b: Uint8Array, from: number, to: number): CellTag {
  CELL_TAG.column = -1;
  CELL_TAG.style = 0;
  CELL_TAG.type = CELL_TYPE.none;
  let i = from;
  for (;;) {
    while (i < to && isSpace(b[i])) i++;
    const c = i < to ? b[i] : -1;
    if (c === 62 || c === 47 || c < 0) {
      const end = c === 47 ? byteAt(b, 62, i, to) : c < 0 ? -1 : i;
      CELL_TAG.end = end < 0 ? to : end;
      CELL_TAG.selfClosing = c === 47;
      return CELL_TAG;
    }
    const nameStart = i;
    while (i < to && b[i] !== 61 && b[i] !== 62) i++;
    const name = i - nameStart === 1 ? b[nameStart] : 0;
    const valueStart = i + 2;
    const valueEnd = i + 1 < to ? byteAt(b, b[i + 1] === 39 ? 39 : 34, valueStart, to) : -1;
    if (valueEnd < 0) {
      CELL_TAG.end = to;
      CELL_TAG.selfClosing = true;
      return CELL_TAG;
    }
    if (name === 114 /* r */) {
      let n = 0;
      for (let k = valueStart; k < valueEnd; k++) {
        const ch = b[k];
        if (ch >= 65 && ch <= 90) n = n * 26 + (ch - 64);
        else if (ch >= 97 && ch <= 122) n = n * 26 + (ch - 96);
        else break;
      }
      CELL_TAG.column = n - 1;
    } else if (name === 115 /* s */) {
      let n = 0;
      for (let k = valueStart; k < valueEnd; k++) n = n * 10 + (b[k] - 48);
      CELL_TAG.style = n;
    } else if (name === 116 /* t */) CELL_TAG.type = typeCode(b, valueStart, valueEnd);
    i = valueEnd + 1;
  }
}
