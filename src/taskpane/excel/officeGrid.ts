import type { CellKind, CellValue } from '../../roster/sheetGrid';
import { isDateFormat } from '../../xlsx/numberFormat';

/** What Office.js returns for one block of rows: values, Excel.RangeValueType per cell, and number formats. */
export interface OfficeBlock {
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly valueTypes: ReadonlyArray<ReadonlyArray<string>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<unknown>>;
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(['Empty', 'String', 'Double', 'Integer', 'Boolean', 'Error']);

/**
 * One cell's kind for the engine: Excel's value type, and 'Date' for a number shown with a date format (Excel stores
 * a date as its serial number, so the format is the only sign of it).
 */
export function cellKind(valueType: string | undefined, numberFormat: unknown): CellKind {
  if (valueType === 'Double' || valueType === 'Integer') {
    return typeof numberFormat === 'string' && isDateFormat(numberFormat) ? 'Date' : valueType;
  }
  return valueType !== undefined && KNOWN_KINDS.has(valueType) ? (valueType as CellKind) : 'Unknown';
}

function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // Rich values (entities, images) are not roster data; their text is what the clerk sees.
  return String(v);
}

export interface GridRows {
  values: CellValue[][];
  kinds: CellKind[][];
  numberFormats: string[][];
}

export function emptyGridRows(): GridRows {
  return { values: [], kinds: [], numberFormats: [] };
}

/** Appends a block to the rows read so far. */
export function appendBlock(into: GridRows, block: OfficeBlock): void {
  for (let r = 0; r < block.values.length; r++) {
    const values = block.values[r];
    const types = block.valueTypes[r] ?? [];
    const formats = block.numberFormat[r] ?? [];
    const rowValues: CellValue[] = new Array(values.length);
    const rowKinds: CellKind[] = new Array(values.length);
    const rowFormats: string[] = new Array(values.length);
    for (let c = 0; c < values.length; c++) {
      rowValues[c] = cellValue(values[c]);
      rowKinds[c] = cellKind(types[c], formats[c]);
      rowFormats[c] = typeof formats[c] === 'string' ? (formats[c] as string) : 'General';
    }
    into.values.push(rowValues);
    into.kinds.push(rowKinds);
    into.numberFormats.push(rowFormats);
  }
}
