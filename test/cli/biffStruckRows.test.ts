// The BIFF8 record walker that finds struck-through rows in .xls / WPS .et, on workbook streams built here record by
// record as [MS-XLS] lays them out (2.4.21 BOF, 2.4.122 Font, 2.4.353 XF, 2.4.28 BoundSheet8, the cell records), so
// each rule is tried on its own: the font numbering without a font 4, only cells with content counting, a sheet's rows
// by its name, and any stream it cannot follow giving no struck rows rather than an error.
import { biffStruckRows } from '../../src/xlsx/biffStruckRows';

function u16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff];
}

function u32(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
}

function record(type: number, body: number[]): number[] {
  return [...u16(type), ...u16(body.length), ...body];
}

/** BOF of a BIFF8 substream: vers 0x0600, dt (0x0005 globals, 0x0010 worksheet, 0x0020 chart), then build fields. */
const bof = (dt: number, version = 0x0600): number[] => record(0x0809, [...u16(version), ...u16(dt), ...u16(0x0dbb), ...u16(0x07cc), ...u32(0), ...u32(0x0600)]);
const eof = (): number[] => record(0x000a, []);
/** FONT: dyHeight, grbit (bit 3 fStrikeOut), icv, bls, sss, uls, bFamily, bCharSet, reserved, then the name "Arial". */
const font = (struck: boolean): number[] =>
  record(0x0031, [...u16(200), ...u16(struck ? 0x0008 : 0), ...u16(0x7fff), ...u16(400), ...u16(0), 0, 0, 0, 0, 5, 0, ...[...'Arial'].map((c) => c.charCodeAt(0))]);
/** XF: ifnt, ifmt, then the rest of its 20 bytes (a cell XF). */
const xf = (ifnt: number): number[] => record(0x00e0, [...u16(ifnt), ...u16(0), ...new Array<number>(16).fill(0)]);
/** BoundSheet8: lbPlyPos, hsState, dt, then the name as a ShortXLUnicodeString. */
function boundSheet(offset: number, name: string, wide: boolean): number[] {
  const chars = [...name].flatMap((c) => (wide ? u16(c.charCodeAt(0)) : [c.charCodeAt(0)]));
  return record(0x0085, [...u32(offset), 0, 0, name.length, wide ? 1 : 0, ...chars]);
}
const cell = (rw: number, col: number, ixfe: number): number[] => [...u16(rw), ...u16(col), ...u16(ixfe)];
const labelSst = (rw: number, col: number, ixfe: number): number[] => record(0x00fd, [...cell(rw, col, ixfe), ...u32(0)]);
const numberCell = (rw: number, col: number, ixfe: number): number[] => record(0x0203, [...cell(rw, col, ixfe), 0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
const rk = (rw: number, col: number, ixfe: number): number[] => record(0x027e, [...cell(rw, col, ixfe), ...u32(0x3ff00000)]);
const label = (rw: number, col: number, ixfe: number, text: string): number[] =>
  record(0x0204, [...cell(rw, col, ixfe), ...u16(text.length), 0, ...[...text].map((c) => c.charCodeAt(0))]);
const blank = (rw: number, col: number, ixfe: number): number[] => record(0x0201, cell(rw, col, ixfe));
const mulBlank = (rw: number, first: number, ixfes: number[]): number[] =>
  record(0x00be, [...u16(rw), ...u16(first), ...ixfes.flatMap(u16), ...u16(first + ixfes.length - 1)]);
const mulRk = (rw: number, first: number, ixfes: number[]): number[] =>
  record(0x00bd, [...u16(rw), ...u16(first), ...ixfes.flatMap((x) => [...u16(x), ...u32(0x3ff00000)]), ...u16(first + ixfes.length - 1)]);
/** FORMULA: cell, FormulaValue (8 bytes; 0xFFFF in the last two says a non-number, byte 0 its type), grbit, chn, formula. */
const formula = (rw: number, col: number, ixfe: number, value: number[]): number[] =>
  record(0x0006, [...cell(rw, col, ixfe), ...value, ...u16(0), ...u32(0), ...u16(3), 0x1e, 1, 0]);
const NUMBER_RESULT = [0, 0, 0, 0, 0, 0, 0xf0, 0x3f];
const EMPTY_TEXT_RESULT = [3, 0, 0, 0, 0, 0, 0xff, 0xff];
const TEXT_RESULT = [0, 0, 0, 0, 0, 0, 0xff, 0xff];

// Fonts 0-3 plain, the fifth struck: BIFF numbers it 5 (there is no font 4). XF 0: font 0, XF 1: font 5, XF 2: font 3.
const PLAIN = 0;
const STRUCK = 1;
const PLAIN_TOO = 2;

const FIFTH_STRUCK = [false, false, false, false, true];
/** The globals before the BoundSheet8 records: BOF, the fonts, the three XFs. */
const globalsHead = (fonts: boolean[]): number[] => [...bof(0x0005), ...fonts.flatMap(font), ...xf(0), ...xf(5), ...xf(3)];

/** A workbook stream: the globals (fonts, XFs, one BoundSheet8 per sheet), then each sheet's substream. */
/** Each sheet's records come in groups (a row's cells, say), flattened in order. */
function workbook(sheets: ReadonlyArray<{ name: string; wide?: boolean; records: number[][][] }>, fonts = FIFTH_STRUCK): Uint8Array {
  const head = globalsHead(fonts);
  const boundSheetsLength = sheets.reduce((n, s) => n + boundSheet(0, s.name, s.wide ?? false).length, 0);
  let offset = head.length + boundSheetsLength + eof().length;
  const bodies = sheets.map((s) => [...bof(0x0010), ...s.records.flat(2), ...eof()]);
  const bound = sheets.flatMap((s, i) => {
    const r = boundSheet(offset, s.name, s.wide ?? false);
    offset += bodies[i].length;
    return r;
  });
  return Uint8Array.from([...head, ...bound, ...eof(), ...bodies.flat()]);
}

const rowsOf = (found: Map<string, ReadonlySet<number>>, sheet: string): number[] => [...(found.get(sheet) ?? [])].sort((a, b) => a - b);

describe('struck-through rows of a BIFF8 workbook stream', () => {
  it('finds the rows whose every cell with content has a struck font, counting the fonts without a font 4', () => {
    const found = biffStruckRows(
      workbook([
        {
          name: '花名册',
          wide: true,
          records: [
            [labelSst(0, 0, PLAIN), labelSst(0, 1, PLAIN)],
            // Row 1: every kind of cell with content, struck.
            [labelSst(1, 0, STRUCK), rk(1, 1, STRUCK), numberCell(1, 2, STRUCK), mulRk(1, 3, [STRUCK, STRUCK]), label(1, 5, STRUCK, 'x')],
            [formula(1, 6, STRUCK, NUMBER_RESULT), formula(1, 7, STRUCK, TEXT_RESULT)],
            // Row 2: one cell with content not struck.
            [labelSst(2, 0, STRUCK), mulRk(2, 1, [STRUCK, PLAIN_TOO])],
            // Row 3: struck, beside blank cells of a plain font (a blank cell does not make a row less struck).
            [labelSst(3, 0, STRUCK), blank(3, 1, PLAIN), mulBlank(3, 2, [PLAIN, PLAIN]), label(3, 4, PLAIN, ''), formula(3, 5, PLAIN, EMPTY_TEXT_RESULT)],
            // Row 4: only blank cells of a struck font: no content, not a struck row.
            [blank(4, 0, STRUCK), mulBlank(4, 1, [STRUCK, STRUCK])],
            // Row 5: a struck formula with a number beside a plain one.
            [formula(5, 0, STRUCK, NUMBER_RESULT), formula(5, 1, PLAIN, NUMBER_RESULT)],
            // Row 300: far down, struck.
            [labelSst(300, 2, STRUCK)],
          ],
        },
        { name: 'Sheet2', records: [[labelSst(0, 0, PLAIN), labelSst(1, 0, STRUCK)]] },
      ]),
    );
    expect(rowsOf(found, '花名册')).toEqual([1, 3, 300]);
    expect(rowsOf(found, 'Sheet2')).toEqual([1]);
    expect([...found.keys()].sort()).toEqual(['Sheet2', '花名册']);
  });

  it('takes the font numbered 4 by position as font 5: with no struck font at BIFF number 5, nothing is struck', () => {
    // The fifth font is plain and the fourth struck: XF 1 (ifnt 5) is plain, XF 2 (ifnt 3) struck.
    const found = biffStruckRows(workbook([{ name: 'S', records: [[labelSst(0, 0, STRUCK)], [labelSst(1, 0, PLAIN_TOO)]] }], [false, false, false, true, false]));
    expect(rowsOf(found, 'S')).toEqual([1]);
  });

  it('leaves out an embedded chart’s substream inside the sheet', () => {
    // The chart's own record at row 7 (a plain font) is not a cell of the sheet, whose row 7 is struck.
    const chart = [...bof(0x0020), ...labelSst(7, 1, PLAIN), ...eof()];
    const found = biffStruckRows(workbook([{ name: 'S', records: [[labelSst(0, 0, STRUCK)], [chart], [labelSst(7, 0, STRUCK)]] }]));
    expect(rowsOf(found, 'S')).toEqual([0, 7]);
  });

  it('gives no struck rows for what it cannot follow, and never throws', () => {
    const good = workbook([{ name: 'S', records: [[labelSst(0, 0, STRUCK)]] }]);
    expect(rowsOf(biffStruckRows(good), 'S')).toEqual([0]);
    // Cut short at every length: the last sheet has lost its EOF.
    for (let n = 0; n < good.length; n++) expect(biffStruckRows(good.subarray(0, n)).size).toBe(0);
    // BIFF5 (vers 0x0500), a stream that is not BIFF at all, no struck font.
    const biff5 = good.slice();
    biff5.set(u16(0x0500), 4);
    expect(biffStruckRows(biff5).size).toBe(0);
    expect(biffStruckRows(new Uint8Array(4096).fill(0x41)).size).toBe(0);
    expect(biffStruckRows(workbook([{ name: 'S', records: [[labelSst(0, 0, STRUCK)]] }], [false, false, false, false, false])).size).toBe(0);
    // A sheet's offset past the end of the stream, or into the middle of a record.
    const astray = good.slice();
    const lbPlyPosAt = globalsHead(FIFTH_STRUCK).length + 4;
    const lbPlyPos = good[lbPlyPosAt] | (good[lbPlyPosAt + 1] << 8);
    astray.set(u32(good.length + 100), lbPlyPosAt);
    expect(biffStruckRows(astray).size).toBe(0);
    astray.set(u32(lbPlyPos + 3), lbPlyPosAt);
    expect(biffStruckRows(astray).size).toBe(0);
  });

  it('walks no more than the stream holds: sheets named again at one offset are read once', () => {
    const sheet = [...bof(0x0010), ...labelSst(0, 0, STRUCK), ...eof()];
    // 200 BoundSheet8 records all pointing at the same sheet substream.
    const head = globalsHead(FIFTH_STRUCK);
    const sheetAt = head.length + Array.from({ length: 200 }, (_, i) => boundSheet(0, `S${i}`, false)).flat().length + eof().length;
    const bound = Array.from({ length: 200 }, (_, i) => boundSheet(sheetAt, `S${i}`, false));
    const stream = Uint8Array.from([...head, ...bound.flat(), ...eof(), ...sheet]);
    const found = biffStruckRows(stream);
    expect([...found.keys()]).toEqual(['S0']);
    expect(rowsOf(found, 'S0')).toEqual([0]);
  });
});
