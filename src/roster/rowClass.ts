import { toHalfWidth } from '../policy';
import { isBlankCell } from './cells';
import { fieldOfHeader } from './headers';
import type { CellValue } from './sheetGrid';
import type { FieldId } from './types';

export type RowClass = 'person' | 'blank' | 'total' | 'subtotal' | 'signOff' | 'repeatedHeader';

// 汇总: the total row of an Excel Table (套用表格格式) in a Chinese Excel.
const GRAND_TOTAL = /^(合计|总计|共计|总合计|累计|汇总|total|grandtotal)/i;
const SUBTOTAL = /^(小计|本页合计|本页小计|subtotal)/i;
const SIGN_OFF = /^(填表|填报|制表|审核|复核|审批|负责人|单位负责人|主要负责人|分管领导|主管领导|经办|联系|日期|单位盖章|单位\(盖章\)|盖章|签字|签章|注[:：]|说明[:：]|备注[:：]|prepared|checked|approved|date[:：])|盖章|签字|签章/i;

function squeeze(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

/** The words a row under the table starts with: its first few text cells. */
function leadingTexts(cells: ReadonlyArray<CellValue>): string[] {
  const out: string[] = [];
  for (let j = 0; j < cells.length && out.length < 3; j++) {
    const v = cells[j];
    if (typeof v === 'string' && !isBlankCell(v)) out.push(squeeze(v));
  }
  return out;
}

/**
 * Whether an ID cell surely holds a person's number (a text of digits, or a long number): then the row is a person
 * and the rest of classifyRow is skipped, which is what keeps a million-row roster fast.
 */
export function looksLikeIdCell(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return v >= 1e9;
  if (typeof v !== 'string' || v.length < 6) return false;
  const c = v.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

export interface ClassifyInput {
  readonly cells: ReadonlyArray<CellValue>;
  readonly seqColumn: number | undefined;
  /** Columns that say who the row is (ID, name, entity, credit code). */
  readonly whoColumns: ReadonlyArray<number>;
  /** A 合计 or sign-off line was seen above: rows that name nobody are notes under the table. */
  readonly belowTable: boolean;
}

/** What a row under the header is: a person, or one of the kinds of line that are not people. */
export function classifyRow(input: ClassifyInput): RowClass {
  const { cells, seqColumn, whoColumns } = input;
  let onlySeqOrZero = true;
  for (let j = 0; j < cells.length; j++) {
    const v = cells[j];
    if (isBlankCell(v) || j === seqColumn || v === 0) continue;
    onlySeqOrZero = false;
    break;
  }
  if (onlySeqOrZero) return 'blank';

  const lead = leadingTexts(cells);
  for (const t of lead) {
    if (SUBTOTAL.test(t)) return 'subtotal';
    if (GRAND_TOTAL.test(t)) return 'total';
  }
  let namesSomeone = false;
  for (const j of whoColumns) {
    const v = cells[j];
    if (!isBlankCell(v)) {
      namesSomeone = true;
      if (typeof v === 'string' && fieldOfHeader(v) !== undefined && whoColumns.length > 0 && isRepeatedHeader(cells, whoColumns)) return 'repeatedHeader';
    }
  }
  for (const t of lead) if (SIGN_OFF.test(t)) return 'signOff';
  if (!namesSomeone && input.belowTable) return 'signOff';
  return 'person';
}

function isRepeatedHeader(cells: ReadonlyArray<CellValue>, whoColumns: ReadonlyArray<number>): boolean {
  return whoColumns.every((j) => isBlankCell(cells[j]) || fieldOfHeader(cells[j]) !== undefined);
}

/** The row of column numbers (1, 2, 3 ...) some templates put right under the header. */
export function isColumnNumberRow(cells: ReadonlyArray<CellValue> | undefined): boolean {
  if (!cells) return false;
  let expected = 1;
  let seen = 0;
  for (const v of cells) {
    if (isBlankCell(v)) continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
    if (n !== expected) return false;
    expected++;
    seen++;
  }
  return seen >= 3;
}

export type { FieldId };
