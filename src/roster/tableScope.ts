import type { Text } from '../policy';
import type { SheetGrid } from './sheetGrid';
import type { FieldId, FindingCode, RowRef } from './types';

/** What the checks across rows need of the sheet a row came from (SheetScope is the one there is). */
export interface TableScope {
  readonly file: string;
  readonly sheet: string;
  readonly tableIndex: number;
  /** The measure of the sheet's kind; null when the kind is not known. */
  readonly measure: number | null;
  /** The sheet and the columns found for each field: the registry check reads cells the PersonTable does not keep. */
  readonly grid: SheetGrid;
  readonly col: Readonly<Partial<Record<FieldId, number>>>;
  excelRow(i: number): number;
  has(field: FieldId): boolean;
  emitAt(i: number, k: number, code: FindingCode, field: FieldId | '', value: string, message: Text, related?: ReadonlyArray<RowRef>, measure?: number | null): void;
}
