import type { CellKind, CellValue } from '../roster/sheetGrid';
import { columnLetter } from '../roster/cells';
import { text } from '../policy';
import type { ReadNote } from './readNote';
import type { SheetBuilder } from './sheetBuilder';
import type { CellStyles } from './xlsxStyles';
import { isDateFormat } from './numberFormat';
import { cutForEcho } from './echo';
import { attribute, textRuns, unescapeOoxml } from './xmlText';

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
  private carry = '';
  private lastRow = -1;
  private readonly dateStyle: boolean[];

  constructor(
    private readonly builder: SheetBuilder,
    private readonly shared: ReadonlyArray<string>,
    private readonly styles: CellStyles,
    private readonly date1904: boolean,
    private readonly notes: ReadNote[],
  ) {
    this.dateStyle = styles.formats.map((f) => isDateFormat(f));
  }

  push(piece: string): void {
    const textNow = this.carry === '' ? piece : this.carry + piece;
    const end = textNow.lastIndexOf('</row>');
    if (end < 0) {
      this.carry = textNow;
      return;
    }
    this.rows(textNow, end + 6);
    this.carry = textNow.slice(end + 6);
  }

  /** The rest of the part: rows without a closing tag left, and the merged blocks (after the rows). */
  finish(): void {
    this.rows(this.carry, this.carry.length);
    const merges = this.carry.indexOf('<mergeCell');
    if (merges >= 0) {
      const re = /<mergeCell\s[^>]*ref="([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?"/g;
      for (let m = re.exec(this.carry); m; m = re.exec(this.carry)) {
        const top = Number(m[2]) - 1;
        const left = columnOf(m[1]);
        this.builder.merges.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnOf(m[3]) : left });
      }
    }
    this.carry = '';
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
      const tagEnd = xml.indexOf('>', start);
      const tag = xml.slice(start, tagEnd + 1);
      const r = attribute(tag, 'r');
      const row = r === undefined ? this.lastRow + 1 : Number(r) - 1;
      this.lastRow = row;
      const hidden = attribute(tag, 'hidden');
      if (hidden === '1' || hidden === 'true') this.builder.hideRow(row);
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        p = tagEnd + 1;
        continue;
      }
      const close = xml.indexOf('</row>', tagEnd);
      const end = close < 0 ? limit : close;
      this.cells(xml, tagEnd + 1, end, row);
      p = end + 6;
    }
  }

  private cells(xml: string, from: number, to: number, row: number): void {
    let column = -1;
    let p = from;
    for (;;) {
      const start = xml.indexOf('<c', p);
      if (start < 0 || start >= to) return;
      if (!endsName(xml.charCodeAt(start + 2))) {
        p = start + 2;
        continue;
      }
      const tagEnd = xml.indexOf('>', start);
      const tag = xml.slice(start, tagEnd + 1);
      const ref = attribute(tag, 'r');
      column = ref === undefined ? column + 1 : columnOf(ref);
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        p = tagEnd + 1;
        continue;
      }
      const close = xml.indexOf('</c>', tagEnd);
      const end = close < 0 || close > to ? to : close;
      this.cell(xml.slice(tagEnd + 1, end), attribute(tag, 't'), attribute(tag, 's'), row, column);
      p = end + 4;
    }
  }

  private cell(body: string, type: string | undefined, style: string | undefined, row: number, column: number): void {
    const s = style === undefined ? 0 : Number(style);
    const format = this.styles.formats[s] ?? 'General';
    if (type === 'inlineStr') {
      const shown = textRuns(body);
      this.builder.set(row, column, shown, shown === '' ? 'Empty' : 'String', format);
      return;
    }
    const v = valueText(body);
    if (v === undefined) {
      const f = body.indexOf('<f');
      if (f >= 0) this.uncalculated(body, row, column);
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

/** The text of the cell's <v> element; undefined when there is none (or it is empty: <v/>). */
function valueText(body: string): string | undefined {
  const open = body.indexOf('<v');
  if (open < 0) return undefined;
  const gt = body.indexOf('>', open);
  if (body.charCodeAt(gt - 1) === 47) return undefined;
  const close = body.indexOf('</v>', gt);
  if (close < 0) return undefined;
  const v = body.slice(gt + 1, close);
  return v;
}
