/**
 * Builds a workbook from plain arrays, for tests. Text is stored as given (never read as typed), so
 * '222424199001011235' stays text and '=A1' is text too; give formulas as { formula, value }.
 */
import { parseAddress } from './a1';
import { normalizeCell } from './cellSets';
import { addSheet, createWorkbook, isErrorValue, storeCell, type HostCell, type HostValue, type HostWorkbook } from './model';

/** One cell: a value, null/undefined/'' for empty, or a full cell record. */
export type CellSpec = HostValue | null | undefined | HostCell;

export interface SheetSpec {
  name: string;
  cells?: CellSpec[][];
  /** Where cells[0][0] goes; 'A1' by default. */
  origin?: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface WorkbookSpecOptions {
  /** Name of the active sheet; the first sheet by default. */
  activeSheet?: string;
  settings?: Record<string, unknown>;
  name?: string;
}

function toCell(spec: CellSpec): HostCell | undefined {
  if (spec === null || spec === undefined || spec === '') return undefined;
  if (typeof spec !== 'object' || isErrorValue(spec)) return { value: spec as HostValue };
  return normalizeCell(spec as HostCell);
}

export function fromArrays(sheets: readonly SheetSpec[] | Readonly<Record<string, CellSpec[][]>>, options: WorkbookSpecOptions = {}): HostWorkbook {
  const specs: SheetSpec[] = Array.isArray(sheets)
    ? [...(sheets as readonly SheetSpec[])]
    : Object.entries(sheets as Record<string, CellSpec[][]>).map(([name, cells]) => ({ name, cells }));
  if (specs.length === 0) throw new Error('fromArrays needs at least one sheet');
  const workbook = createWorkbook([], options.name);
  for (const spec of specs) {
    const sheet = addSheet(workbook, spec.name);
    if (spec.visibility) sheet.visibility = spec.visibility;
    const origin = parseAddress(spec.origin ?? 'A1').box;
    (spec.cells ?? []).forEach((line, i) => line.forEach((cell, j) => storeCell(sheet, origin.row + i, origin.col + j, toCell(cell))));
  }
  const active = options.activeSheet === undefined ? workbook.sheets[0] : workbook.sheets.find((s) => s.name === options.activeSheet);
  if (!active) throw new Error(`fromArrays: no sheet named '${options.activeSheet}' to make active`);
  workbook.activeSheetId = active.id;
  for (const [key, value] of Object.entries(options.settings ?? {})) workbook.settings.set(key, value);
  return workbook;
}
