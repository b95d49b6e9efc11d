import type { CellKind, CellValue } from '../roster/sheetGrid';
import { columnLetter } from '../roster/cells';
import { text } from '../policy';
import type { ReadNote } from './readNote';
import type { SheetBuilder } from './sheetBuilder';
import type { CellStyles } from './xlsxStyles';
import type { SharedStrings } from './xlsxSharedStrings';
import { isDateFormat } from './numberFormat';
import { afterFirst, afterLast, bytesAre, joined } from './byteChunks';
import { cutForEcho } from './echo';
import { textRuns, unescapeOoxml } from './xmlText';
import { textAt } from './byteText';
import { CELL_TYPE, cellTag, endsName, plainCellTag, plainRowTag, rowTag } from './xlsxTags';

const DAYS_1900_TO_1904 = 1462;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/** "AB12" -> 27: the 0-based column of a cell reference. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}

const EMPTY_BYTES = new Uint8Array(0);
const ROW_CLOSE = '</row>';
/** CELL_TYPE back to the t="…" a cell's slow path reads. */
const TYPE_NAME: ReadonlyArray<string | undefined> = [undefined, 's', 'n', 'str', 'b', 'e', 'd', 'inlineStr', ''];

/**
 * Reads a worksheet part as it is inflated, a piece at a time: complete <row> elements are scanned as they arrive and
 * only the unfinished tail is kept, so the sheet XML is never one string (a million rows are 540 MB of it, beyond V8's
 * longest string). The rows are scanned as bytes, not decoded: the tags, shared strings' indexes and numbers are
 * ASCII, and only a cell holding its own text (an inline string, a formula's text result) is decoded, on its own.
 * Cells go straight into the sheet's builder.
 */
export class SheetScanner {
  private carry: Uint8Array = EMPTY_BYTES;
  /** A cell's own text keeps a leading U+FEFF the clerk typed (the XML's byte order mark is long gone by then). */
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private lastRow = -1;
  /** 0-based rows whose every cell is struck through (a withdrawn row, as clerks strike one out). */
  readonly struckRows = new Set<number>();
  private readonly dateStyle: boolean[];
  /** Each style's number format, 'General' for a style the file does not list. */
  private readonly formatOf: ReadonlyArray<string>;
  /** Whether any shared string is empty (seldom: then an empty one must be told from the others). */
  private readonly anyEmptyShared: boolean;
  /** Whether any cell style is struck through: only then are a row's cells counted for a struck row. */
  private readonly anyStruck: boolean;

  constructor(
    private readonly builder: SheetBuilder,
    private readonly shared: SharedStrings,
    private readonly styles: CellStyles,
    private readonly date1904: boolean,
    private readonly notes: ReadNote[],
  ) {
    this.dateStyle = styles.formats.map((f) => isDateFormat(f));
    this.formatOf = styles.formats;
    this.anyEmptyShared = shared.empty.size > 0;
    this.anyStruck = styles.struck.some((struck) => struck);
  }

  /**
   * One inflated chunk. The row left unfinished by the chunk before is completed from the start of this one and
   * scanned; then the complete rows of this chunk are scanned where they lie (no copy of the chunk), and the bytes
   * after its last `</row>` wait for the next chunk.
   */
  push(chunk: Uint8Array): void {
    let from = 0;
    if (this.carry.length > 0) {
      const first = afterFirst(chunk, ROW_CLOSE);
      if (first < 0) {
        this.carry = joined(this.carry, chunk);
        return;
      }
      const head = joined(this.carry, chunk.subarray(0, first));
      this.carry = EMPTY_BYTES;
      this.rows(head);
      from = first;
    }
    const end = afterLast(chunk, ROW_CLOSE);
    if (end > from) this.rows(chunk.subarray(from, end));
    // A copy: the tail alone is kept, not the whole chunk it lies in.
    this.carry = chunk.slice(Math.max(from, end));
  }

  /** The rest of the part: rows without a closing tag left, and the merged blocks (after the rows). */
  finish(): void {
    const restBytes = this.carry;
    this.carry = EMPTY_BYTES;
    this.rows(restBytes);
    const rest = this.decoder.decode(restBytes);
    if (rest.indexOf('<mergeCell') >= 0) {
      const re = /<mergeCell\s[^>]*ref="([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?"/g;
      for (let m = re.exec(rest); m; m = re.exec(rest)) {
        const top = Number(m[2]) - 1;
        const left = columnOf(m[1]);
        this.builder.merges.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnOf(m[3]) : left });
      }
    }
  }

  /** Every <row> in the bytes. */
  private rows(b: Uint8Array): void {
    const to = b.length;
    let p = 0;
    for (;;) {
      let start = p;
      while (start < to && !(b[start] === 60 && b[start + 1] === 114 && b[start + 2] === 111 && b[start + 3] === 119)) start++;
      if (start >= to) return;
      if (!endsName(b[start + 4])) {
        p = start + 4;
        continue;
      }
      const tag = plainRowTag(b, start + 4, to) ?? rowTag(b, start + 4, to);
      const tagEnd = tag.end;
      const row = tag.row < 0 ? this.lastRow + 1 : tag.row;
      this.lastRow = row;
      if (tag.hidden) this.builder.hideRow(row);
      if (b[tagEnd - 1] === 47) {
        p = tagEnd + 1;
        continue;
      }
      p = this.cells(b, tagEnd + 1, to, row);
    }
  }

  /** The cells of one row, from just after its start tag; returns the index just after its `</row>`. */
  private cells(b: Uint8Array, from: number, to: number, row: number): number {
    let column = -1;
    let p = from;
    let cellsWithContent = 0;
    let struckCells = 0;
    const counting = this.anyStruck;
    for (;;) {
      let lt = p;
      while (lt < to && b[lt] !== 60) lt++;
      const next = lt + 1 < to ? b[lt + 1] : -1;
      if (next < 0 || (next === 47 /* / */ && bytesAre(b, lt + 2, 'row>'))) {
        if (struckCells > 0 && struckCells === cellsWithContent) this.struckRows.add(row);
        return next < 0 ? to : lt + 6;
      }
      if (next !== 99 /* c */ || !endsName(b[lt + 2])) {
        p = lt + 1;
        continue;
      }
      const tag = plainCellTag(b, lt + 2, to) ?? cellTag(b, lt + 2, to);
      column = tag.column < 0 ? column + 1 : tag.column;
      if (tag.selfClosing) {
        p = tag.end + 1;
        continue;
      }
      const style = tag.style;
      const type = tag.type;
      const before = counting ? this.builder.cells : 0;
      const fast = this.plainValue(b, tag.end + 1, type, style, row, column);
      if (fast > 0) p = fast;
      else {
        const close = cellClose(b, tag.end, to);
        const end = close < 0 ? to : close;
        const body = this.decoder.decode(b.subarray(Math.min(tag.end + 1, end), end));
        this.cell(body, 0, body.length, TYPE_NAME[type], style, row, column);
        p = end + 4;
      }
      // Only cells with a value count: an empty cell of another style does not make a struck row less struck.
      if (counting && this.builder.cells > before) {
        cellsWithContent++;
        if (this.styles.struck[style] === true) struckCells++;
      }
    }
  }

  /**
   * The common cells, read from the bytes: `<v>digits</v></c>` straight after the tag (a shared string's index or a
   * whole number: no string made at all), any other `<v>text</v></c>`, and an inline string `<is><t>text</t></is></c>`.
   * Returns where the next cell may start, or 0 for any other cell (the long way reads those).
   */
  private plainValue(b: Uint8Array, at: number, type: number, s: number, row: number, column: number): number {
    if (b[at] !== 60) return 0;
    if (b[at + 1] === 118 && b[at + 2] === 62) {
      if (type === CELL_TYPE.inlineStr) return 0;
      if (type === CELL_TYPE.none || type === CELL_TYPE.s || type === CELL_TYPE.n) {
        const next = this.wholeNumber(b, at + 3, type, s, row, column);
        if (next > 0) return next;
      }
      const { text, end } = textAt(b, at + 3);
      // <v></v> is no value: the long way tells whether it is a formula's missing result.
      if (end === at + 3 || !bytesAre(b, end, '</v></c>')) return 0;
      this.valueCell(text, TYPE_NAME[type], s, row, column);
      return end + 8;
    }
    if (type === CELL_TYPE.inlineStr && bytesAre(b, at + 1, 'is><t>')) {
      const { text, end, plain } = textAt(b, at + 7);
      if (!bytesAre(b, end, '</t></is></c>')) return 0;
      const shown = plain ? text : unescapeOoxml(text);
      this.builder.set(row, column, shown, shown === '' ? 'Empty' : 'String', this.formatOf[s] ?? 'General');
      return end + 13;
    }
    return 0;
  }

  /** `digits</v></c>` from `at`: a shared string's index or a whole number. Returns where the next cell may start, or 0. */
  private wholeNumber(b: Uint8Array, at: number, type: number, s: number, row: number, column: number): number {
    let n = 0;
    let i = at;
    const to = b.length;
    while (i < to) {
      const c = b[i];
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
      i++;
    }
    // "</v></c>", and not so many digits that the number is past 2^53 (an ID typed as a number keeps Excel's value).
    if (i === at || i - at > 15) return 0;
    if (!(b[i] === 60 && b[i + 1] === 47 && b[i + 2] === 118 && b[i + 3] === 62 && b[i + 4] === 60 && b[i + 5] === 47 && b[i + 6] === 99 && b[i + 7] === 62)) return 0;
    const format = this.formatOf[s] ?? 'General';
    if (type === CELL_TYPE.s) {
      const strings = this.shared.strings;
      if (n < strings.length && !(this.anyEmptyShared && this.shared.empty.has(n))) this.builder.set(row, column, strings[n], 'String', format);
    } else if (this.dateStyle[s]) this.builder.set(row, column, this.date1904 ? n + DAYS_1900_TO_1904 : n, 'Date', format);
    else this.builder.set(row, column, n, 'Double', format);
    return i + 8;
  }

  /** A cell other than the common ones, from its body's text (decoded on its own): `from` to `to` in `xml`. */
  private cell(xml: string, from: number, to: number, type: string | undefined, s: number, row: number, column: number): void {
    if (type === 'inlineStr') {
      const shown = textRuns(xml.slice(from, to));
      this.builder.set(row, column, shown, shown === '' ? 'Empty' : 'String', this.formatOf[s] ?? 'General');
      return;
    }
    const v = valueText(xml, from, to);
    if (v === undefined) {
      const f = xml.indexOf('<f', from);
      if (f >= 0 && f < to) this.uncalculated(xml.slice(from, to), row, column);
      return;
    }
    this.valueCell(v, type, s, row, column);
  }

  /** A cell of type `type` whose <v> holds `v` (as written in the XML, escapes and all). */
  private valueCell(v: string, type: string | undefined, s: number, row: number, column: number): void {
    const format = this.formatOf[s] ?? 'General';
    let value: CellValue;
    let kind: CellKind;
    switch (type) {
      case 's': {
        value = this.shared.strings[Number(v)] ?? '';
        kind = value === '' ? 'Empty' : 'String';
        break;
      }
      case 'str':
        value = unescapeOoxml(v);
        kind = value === '' ? 'Empty' : 'String';
        break;
      case 'b':
        value = v === '1' || v === 'true';
        kind = 'Boolean';
        break;
      case 'e':
        value = unescapeOoxml(v);
        kind = 'Error';
        break;
      case 'd': {
        const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
        if (Number.isNaN(ms)) {
          value = '#VALUE!';
          kind = 'Error';
        } else {
          value = Math.round((ms / MS_PER_DAY + UNIX_EPOCH_SERIAL) * 86_400) / 86_400;
          kind = 'Date';
        }
        break;
      }
      default: {
        const n = Number(v);
        if (v === '' || Number.isNaN(n)) {
          value = unescapeOoxml(v);
          kind = value === '' ? 'Empty' : 'String';
        } else if (this.dateStyle[s]) {
          value = this.date1904 ? n + DAYS_1900_TO_1904 : n;
          kind = 'Date';
        } else {
          value = n;
          kind = 'Double';
        }
      }
    }
    this.builder.set(row, column, value, kind, format);
  }

  /** A formula saved without its result (written by a library that does not calculate): said at its cell. */
  private uncalculated(body: string, row: number, column: number): void {
    const gt = body.indexOf('>', body.indexOf('<f'));
    const close = body.indexOf('</f>', gt);
    const formula = close < 0 ? '' : unescapeOoxml(body.slice(gt + 1, close));
    const at = `${columnLetter(column)}${row + 1}`;
    this.notes.push({
      code: 'FORMULA_NOT_CALCULATED',
      file: this.builder.file,
      sheet: this.builder.sheet,
      row: row + 1,
      column: columnLetter(column),
      value: cutForEcho(formula === '' ? '' : `=${formula}`),
      message: text(
        `单元格 ${at} 的公式未计算（文件中没有公式结果），按空值读取；公式未计算，请在 Excel 中打开并保存后重试`,
        `the formula in ${at} has no result saved in the file and is read as empty; open the file in Excel, save it and try again`,
      ),
    });
  }
}

/** The text of the cell's <v> element between `from` and `to`; undefined when there is none (or it is <v/>). */
function valueText(xml: string, from: number, to: number): string | undefined {
  const open = xml.indexOf('<v', from);
  if (open < 0 || open >= to) return undefined;
  const gt = xml.indexOf('>', open);
  if (xml.charCodeAt(gt - 1) === 47) return undefined;
  const close = xml.indexOf('</v>', gt);
  // <v></v> is no value either: openpyxl writes a formula's missing result so.
  if (close < 0 || close > to || close === gt + 1) return undefined;
  return xml.slice(gt + 1, close);
}

/** The index of the `</c>` that closes a cell whose start tag ends at `from`, before `to`; -1 when there is none. */
function cellClose(b: Uint8Array, from: number, to: number): number {
  for (let i = from; i + 3 < to; i++) if (b[i] === 60 && b[i + 1] === 47 && b[i + 2] === 99 && b[i + 3] === 62) return i;
  return -1;
}
