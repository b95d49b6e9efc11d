import type { Cell } from 'exceljs';
import type { CellKind, CellValue } from '../roster/sheetGrid';
import { dateToSerial } from './dateSerial';

export interface GridCell {
  readonly value: CellValue;
  readonly kind: CellKind;
}

const EMPTY: GridCell = { value: '', kind: 'Empty' };

type Raw = Cell['value'] | undefined;

/** Rich text (in a cell or a shared string) and the text of a hyperlink read as the plain text the clerk sees. */
function plainText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v && Array.isArray((v as { richText: unknown }).richText)) {
    return (v as { richText: Array<{ text?: string }> }).richText.map((run) => run.text ?? '').join('');
  }
  return undefined;
}

/**
 * One ExcelJS value as Office.js would report it: a number, text, TRUE/FALSE, an error's text ('#N/A') or '' for
 * an empty cell; a date as its serial with the kind 'Date'; a formula as its cached result.
 */
export function gridCellOfValue(v: Raw): GridCell {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return { value: v, kind: 'Double' };
  if (typeof v === 'boolean') return { value: v, kind: 'Boolean' };
  if (typeof v === 'string') return v === '' ? EMPTY : { value: v, kind: 'String' };
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? { value: '#VALUE!', kind: 'Error' } : { value: dateToSerial(v), kind: 'Date' };
  }
  if (typeof v === 'object') {
    if ('error' in v) return { value: String(v.error), kind: 'Error' };
    if ('formula' in v || 'sharedFormula' in v) return gridCellOfValue((v as { result?: Raw }).result);
    if ('hyperlink' in v) {
      const shown = plainText((v as { text?: unknown }).text);
      return shown ? { value: shown, kind: 'String' } : EMPTY;
    }
    const shown = plainText(v);
    if (shown !== undefined) return shown === '' ? EMPTY : { value: shown, kind: 'String' };
  }
  return { value: String(v), kind: 'Unknown' };
}

/** A cell covered by a merge (not its top-left cell) reads as empty, as in Office.js. */
export function gridCellOf(cell: Cell): GridCell {
  if (cell.isMerged && cell.master !== cell) return EMPTY;
  return gridCellOfValue(cell.value);
}
