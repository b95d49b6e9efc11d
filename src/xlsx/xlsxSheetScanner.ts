import type { CellKind, CellValue } from '../roster/sheetGrid';
import { columnLetter } from '../roster/cells';
import { text } from '../policy';
import type { ReadNote } from './readNote';
import type { SheetBuilder } from './sheetBuilder';
import type { CellStyles } from './xlsxStyles';
import { isDateFormat } from './numberFormat';
import { afterLast, joined } from './byteChunks';
import { cutForEcho } from './echo';
import { textRuns, unescapeOoxml } from './xmlText';

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
/** Whether the character after a tag's name ends the name (`<c ` or `<c>`, not `<col`). */
function endsName(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/**
 * Reads a worksheet part as it is inflated, a piece at a time: complete <row> elements are scanned as they arrive and
 * only the unfinished tail is kept, so the sheet XML is never one string (a million rows are 540 MB of it, beyond V8's
 * longest string). Cells go straight into the sheet's builder.
 */
export class SheetScanner {
  private carry: Uint8Array = EMPTY_BYTES;
  private readonly decoder = new TextDecoder('utf-8');
  private lastRow = -1;
  /** 0-based rows whose every cell is struck through (a withdrawn row, as clerks strike one out). */
  readonly struckRows = new Set<number>();
  private readonly dateStyle: boolean[];

  constructor(
    private readonly builder: SheetBuilder,
    private readonly shared: ReadonlyArray<string>,
    private readonly styles: CellStyles,
    private readonly date1904: boolean,
    private readonly notes: ReadNote[],
  ) {
    this.dateStyle = styles.formats.map((f) => isDateFormat(f));
    this.anyStruck = styles.struck.some((struck) => struck);
  }

  /** Whether any cell style is struck through: only then are a row's cells counted for a struck row. */
  private readonly anyStruck: boolean;

  /**
   * One inflated chunk. The complete rows in it are decoded and scanned at once; the bytes after the last `</row>`
   * (an ASCII boundary, so never inside a character) wait for the next chunk. Decoding bytes, rather than joining
   * strings, gives V8 flat strings to scan.
   */
  push(chunk: Uint8Array): void {
    const bytes = this.carry.length === 0 ? chunk : joined(this.carry, chunk);
    const end = afterLast(bytes, '</row>');
    if (end < 0) {
      this.carry = bytes;
      return;
    }
    const xml = this.decoder.decode(bytes.subarray(0, end));
    this.rows(xml, xml.length);
    this.carry = bytes.subarray(end);
  }

  /** The rest of the part: rows without a closing tag left, and the merged blocks (after the rows). */
  finish(): void {
    const rest = this.decoder.decode(this.carry);
    this.carry = EMPTY_BYTES;
    this.rows(rest, rest.length);
    if (rest.indexOf('<mergeCell') >= 0) {
      const re = /<mergeCell\s[^>]*ref="([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?"/g;
      for (let m = re.exec(rest); m; m = re.exec(rest)) {
        const top = Number(m[2]) - 1;
        const left = columnOf(m[1]);
        this.builder.merges.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnOf(m[3]) : left });
      }
    }
  }

  private rows(xml: string, limit: number): void {
    let p = 0;
    for (;;) {
      const start = xml.indexOf('<row', p);
      if (start < 0 || start >= limit) return;
      if (!endsName(xml.charCodeAt(start + 4))) {
        p = start + 4;
        continue;
      }
      const tag = rowTag(xml, start + 4);
      const tagEnd = tag.end;
      const row = tag.row < 0 ? this.lastRow + 1 : tag.row;
      this.lastRow = row;
      if (tag.hidden) this.builder.hideRow(row);
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        p = tagEnd + 1;
        continue;
      }
      p = this.cells(xml, tagEnd + 1, limit, row);
    }
  }

  /** The cells of one row, from just after its start tag; returns the index just after its `</row>`. */
  private cells(xml: string, from: number, to: number, row: number): number {
    let column = -1;
    let p = from;
    let cellsWithContent = 0;
    let struckCells = 0;
    for (;;) {
      const lt = xml.indexOf('<', p);
      const next = lt < 0 || lt >= to ? -1 : xml.charCodeAt(lt + 1);
      if (next < 0 || (next === 47 /* / */ && xml.startsWith('row>', lt + 2))) {
        if (struckCells > 0 && struckCells === cellsWithContent) this.struckRows.add(row);
        return next < 0 ? to : lt + 6;
      }
      if (next !== 99 /* c */ || !endsName(xml.charCodeAt(lt + 2))) {
        p = lt + 1;
        continue;
      }
      const tag = cellTag(xml, lt + 2);
      column = tag.column < 0 ? column + 1 : tag.column;
      if (tag.selfClosing) {
        p = tag.end + 1;
        continue;
      }
      const counting = this.anyStruck;
      const struck = counting && this.styles.struck[tag.style] === true;
      const before = counting ? this.builder.cells : 0;
      const fast = this.plainValue(xml, tag.end + 1, tag.type, tag.style, row, column);
      if (fast > 0) p = fast;
      else {
        const close = xml.indexOf('</c>', tag.end);
        const end = close < 0 || close > to ? to : close;
        this.cell(xml, tag.end + 1, end, tag.type, tag.style, row, column);
        p = end + 4;
      }
      // Only cells with a value count: an empty cell of another style does not make a struck row less struck.
      if (counting && this.builder.cells > before) {
        cellsWithContent++;
        if (struck) struckCells++;
      }
    }
  }

  /**
   * The common cell, `<v>digits</v></c>` straight after the tag, a shared string's index or a whole number, read from
   * the characters without cutting strings out. Returns where the next cell may start, or 0 for any other cell.
   */
  private plainValue(xml: string, at: number, type: string | undefined, s: number, row: number, column: number): number {
    if (xml.charCodeAt(at) !== 60 || xml.charCodeAt(at + 1) !== 118 || xml.charCodeAt(at + 2) !== 62) return 0;
    if (type !== undefined && type !== 's' && type !== 'n') return 0;
    let n = 0;
    let i = at + 3;
    for (let c = xml.charCodeAt(i); c >= 48 && c <= 57; c = xml.charCodeAt(++i)) n = n * 10 + (c - 48);
    // "</v></c>", and not so many digits that the number is past 2^53 (an ID typed as a number keeps Excel's value).
    if (i === at + 3 || i - at - 3 > 15 || !xml.startsWith('</v></c>', i)) return 0;
    const format = this.styles.formats[s] ?? 'General';
    if (type === 's') {
      const value = this.shared[n] ?? '';
      this.builder.set(row, column, value, value === '' ? 'Empty' : 'String', format);
    } else if (this.dateStyle[s]) this.builder.set(row, column, this.date1904 ? n + DAYS_1900_TO_1904 : n, 'Date', format);
    else this.builder.set(row, column, n, 'Double', format);
    return i + 8;
  }

  private cell(xml: string, from: number, to: number, type: string | undefined, s: number, row: number, column: number): void {
    const format = this.styles.formats[s] ?? 'General';
    if (type === 'inlineStr') {
      const shown = textRuns(xml.slice(from, to));
      this.builder.set(row, column, shown, shown === '' ? 'Empty' : 'String', format);
      return;
    }
    const v = valueText(xml, from, to);
    if (v === undefined) {
      const f = xml.indexOf('<f', from);
      if (f >= 0 && f < to) this.uncalculated(xml.slice(from, to), row, column);
      return;
    }
    let value: CellValue;
    let kind: CellKind;
    switch (type) {
      case 's': {
        value = this.shared[Number(v)] ?? '';
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

interface RowTag {
  /** 0-based row of r="..", or -1 when the row has no (readable) number. */
  row: number;
  hidden: boolean;
  /** Index of the tag's closing '>'. */
  end: number;
}

const ROW_TAG: RowTag = { row: -1, hidden: false, end: 0 };

/**
 * The r and hidden attributes of a <row> start tag read in place, as cellTag does for cells: no piece of the tag is cut
 * out (a million rows were a million tag strings and attribute strings for the collector). Returns one reused object.
 */
function rowTag(xml: string, from: number): RowTag {
  ROW_TAG.row = -1;
  ROW_TAG.hidden = false;
  let i = from;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62 || c === 47 || Number.isNaN(c)) {
      const end = xml.indexOf('>', i);
      ROW_TAG.end = end < 0 ? xml.length : end;
      return ROW_TAG;
    }
    const nameStart = i;
    while (c !== 61 && !Number.isNaN(c) && c !== 62) c = xml.charCodeAt(++i);
    const nameLength = i - nameStart;
    const quote = xml.charCodeAt(i + 1);
    const valueStart = i + 2;
    const valueEnd = xml.indexOf(quote === 39 ? "'" : '"', valueStart);
    if (valueEnd < 0) {
      ROW_TAG.end = xml.length;
      return ROW_TAG;
    }
    if (nameLength === 1 && xml.charCodeAt(nameStart) === 114 /* r */) {
      let n = 0;
      let k = valueStart;
      for (; k < valueEnd; k++) {
        const d = xml.charCodeAt(k) - 48;
        if (d < 0 || d > 9) break;
        n = n * 10 + d;
      }
      ROW_TAG.row = k === valueEnd && k > valueStart ? n - 1 : -1;
    } else if (nameLength === 6 && xml.startsWith('hidden', nameStart)) {
      const length = valueEnd - valueStart;
      ROW_TAG.hidden = (length === 1 && xml.charCodeAt(valueStart) === 49) || (length === 4 && xml.startsWith('true', valueStart));
    }
    i = valueEnd + 1;
  }
}

interface CellTag {
  /** 0-based column of r="..", or -1 when the cell has no reference. */
  column: number;
  style: number;
  type: string | undefined;
  /** Index of the tag's closing '>'. */
  end: number;
  selfClosing: boolean;
}

const TAG: CellTag = { column: -1, style: 0, type: undefined, end: 0, selfClosing: false };

/**
 * The attributes of a <c> start tag read in place (r, s and t; others skipped), without cutting the tag out of the
 * sheet's text: this runs for every cell of a million-row sheet. Returns one reused object.
 */
function cellTag(xml: string, from: number): CellTag {
  TAG.column = -1;
  TAG.style = 0;
  TAG.type = undefined;
  let i = from;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62 || c === 47 || Number.isNaN(c)) {
      const end = c === 47 ? xml.indexOf('>', i) : i;
      TAG.end = end < 0 ? xml.length : end;
      TAG.selfClosing = c === 47;
      return TAG;
    }
    const nameStart = i;
    while (c !== 61 && !Number.isNaN(c) && c !== 62) c = xml.charCodeAt(++i);
    const nameLength = i - nameStart;
    const name = nameLength === 1 ? xml.charCodeAt(nameStart) : 0;
    const quote = xml.charCodeAt(i + 1);
    const valueStart = i + 2;
    const valueEnd = xml.indexOf(quote === 39 ? "'" : '"', valueStart);
    if (valueEnd < 0) {
      TAG.end = xml.length;
      TAG.selfClosing = true;
      return TAG;
    }
    if (name === 114 /* r */) {
      let n = 0;
      for (let k = valueStart; k < valueEnd; k++) {
        const ch = xml.charCodeAt(k);
        if (ch >= 65 && ch <= 90) n = n * 26 + (ch - 64);
        else if (ch >= 97 && ch <= 122) n = n * 26 + (ch - 96);
        else break;
      }
      TAG.column = n - 1;
    } else if (name === 115 /* s */) {
      let n = 0;
      for (let k = valueStart; k < valueEnd; k++) n = n * 10 + (xml.charCodeAt(k) - 48);
      TAG.style = n;
    } else if (name === 116 /* t */) TAG.type = xml.slice(valueStart, valueEnd);
    i = valueEnd + 1;
  }
}
