/**
 * The struck-through rows of a BIFF8 workbook stream (.xls, WPS .et), which SheetJS does not report: it drops each
 * cell's XF index and the fonts' strike flag. Only the records that tell a cell's font are read.
 */

const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const BIFF8 = 0x0600;
/** FONT's grbit: fStrikeOut. */
const STRIKE_OUT = 0x0008;

/** Cells with one (row, col, ixfe) and content; BLANK (0x0201) and MULBLANK (0x00BE) have none, so they never count. */
const CELLS_WITH_CONTENT = new Set([
  0x00fd, // LABELSST
  0x0203, // NUMBER
  0x027e, // RK
  0x0205, // BOOLERR
  0x00d6, // RSTRING
]);
const LABEL = 0x0204;
const FORMULA = 0x0006;
const MULRK = 0x00bd;

/** A stream this walker cannot follow: the caller then reports no struck rows. */
class BiffShapeError extends Error {}

interface Reader {
  readonly b: Uint8Array;
  /** Bytes of records still allowed to be walked: the work stays within the stream's size. */
  budget: number;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

/** Calls `each(type, bodyStart, bodyLength)` for the records of one substream, from its BOF to its own EOF. */
function walkSubstream(r: Reader, from: number, each: (type: number, at: number, length: number, depth: number) => void): void {
  const { b } = r;
  let p = from;
  let depth = 0;
  for (;;) {
    if (p + 4 > b.length) throw new BiffShapeError('record header past the end');
    const type = u16(b, p);
    const length = u16(b, p + 2);
    const at = p + 4;
    if (at + length > b.length) throw new BiffShapeError('record past the end');
    r.budget -= 4 + length;
    if (r.budget < 0) throw new BiffShapeError('more records than the stream holds');
    if (p === from && type !== BOF) throw new BiffShapeError('substream without BOF');
    if (type === BOF) depth++;
    else if (type === EOF) {
      depth--;
      if (depth === 0) return;
    } else each(type, at, length, depth);
    p = at + length;
  }
}

/** BOUNDSHEET's name: a ShortXLUnicodeString (cch, fHighByte, then 8-bit or UTF-16LE characters). */
function sheetName(b: Uint8Array, at: number, length: number): string {
  const cch = b[at + 6];
  const wide = (b[at + 7] & 1) === 1;
  const start = at + 8;
  if (start + cch * (wide ? 2 : 1) > at + length) throw new BiffShapeError('sheet name past its record');
  let name = '';
  for (let i = 0; i < cch; i++) name += String.fromCharCode(wide ? u16(b, start + 2 * i) : b[start + i]);
  return name;
}

interface Globals {
  readonly struckXf: boolean[];
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly offset: number }>;
}

function readGlobals(r: Reader): Globals {
  const { b } = r;
  if (b.length < 8 || u16(b, 0) !== BOF || u16(b, 4) !== BIFF8) throw new BiffShapeError('not a BIFF8 workbook stream');
  const fonts: boolean[] = [];
  const struckXf: boolean[] = [];
  const sheets: Array<{ name: string; offset: number }> = [];
  walkSubstream(r, 0, (type, at, length) => {
    if (type === FONT && length >= 4) fonts.push((u16(b, at + 2) & STRIKE_OUT) !== 0);
    else if (type === XF && length >= 2) {
      // BIFF numbers the fonts 0, 1, 2, 3, 5, …: there is no font 4.
      const ifnt = u16(b, at);
      struckXf.push(fonts[ifnt < 4 ? ifnt : ifnt - 1] === true);
    } else if (type === BOUNDSHEET && length >= 8) sheets.push({ name: sheetName(b, at, length), offset: u32(b, at) });
  });
  return { struckXf, sheets };
}

/** The 0-based rows of one worksheet substream whose every cell with content has a struck-through font. */
function struckRowsOfSheet(r: Reader, offset: number, struckXf: ReadonlyArray<boolean>): Set<number> {
  const { b } = r;
  const content = new Map<number, number>();
  const struck = new Map<number, number>();
  const count = (row: number, ixfe: number): void => {
    content.set(row, (content.get(row) ?? 0) + 1);
    if (struckXf[ixfe] === true) struck.set(row, (struck.get(row) ?? 0) + 1);
  };
  walkSubstream(r, offset, (type, at, length, depth) => {
    // An embedded chart's own substream (depth 2) has no cells of the sheet.
    if (depth !== 1 || length < 6) return;
    if (CELLS_WITH_CONTENT.has(type)) count(u16(b, at), u16(b, at + 4));
    else if (type === LABEL) {
      if (length >= 8 && u16(b, at + 6) > 0) count(u16(b, at), u16(b, at + 4));
    } else if (type === FORMULA) {
      // A result of type 3 (fExprO 0xFFFF) is the empty string: no content, as SheetJS reads it.
      const emptyText = length >= 14 && u16(b, at + 12) === 0xffff && b[at + 6] === 3;
      if (!emptyText) count(u16(b, at), u16(b, at + 4));
    } else if (type === MULRK) {
      const row = u16(b, at);
      for (let p = at + 4; p + 6 <= at + length - 2; p += 6) count(row, u16(b, p));
    }
  });
  const rows = new Set<number>();
  for (const [row, n] of struck) if (n === content.get(row)) rows.add(row);
  return rows;
}

/**
 * Per sheet name, the 0-based sheet rows whose every cell with content is struck through (the rule of the .xlsx
 * reader). Any stream this cannot follow (not BIFF8, truncated, offsets astray) gives no struck rows, never an error:
 * this pass only adds to what SheetJS read.
 */
export function biffStruckRows(stream: Uint8Array): Map<string, ReadonlySet<number>> {
  const found = new Map<string, ReadonlySet<number>>();
  try {
    const r: Reader = { b: stream, budget: stream.length };
    const { struckXf, sheets } = readGlobals(r);
    if (!struckXf.includes(true)) return found;
    const seen = new Set<number>();
    for (const sheet of sheets) {
      if (seen.has(sheet.offset) || sheet.offset >= stream.length) continue;
      seen.add(sheet.offset);
      // A chart or macro sheet has no roster rows; its cells (if any) would be the same records, so it is read alike.
      const rows = struckRowsOfSheet(r, sheet.offset, struckXf);
      if (rows.size > 0) found.set(sheet.name, rows);
    }
    return found;
  } catch {
    // BiffShapeError, or anything else a broken stream leads to: SheetJS's reading stands without struck rows.
    return new Map();
  }
}
