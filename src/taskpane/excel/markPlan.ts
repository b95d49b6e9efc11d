import type { Finding, Severity } from '../../roster/types';
import { findingAddress } from '../../roster/reportTable';
import { ADDRESS_LIST_CHARS } from './limits';

/** Excel's own "Bad" and "Neutral" cell-style fills: a clerk reads them as error and warning at a glance. */
export const MARK_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C' };

export interface CellMark {
  readonly sheet: string;
  /** 'B5' */
  readonly address: string;
  readonly severity: Severity;
  /** The note (批注) put on the cell: what is wrong there, so a colleague who gets the file knows why it is red. */
  readonly note?: string;
}

/**
 * The cells to mark for a run: one per flagged cell of this workbook (an error wins over a warning in the same
 * cell), at the address the report links to (a finding about a whole row or table: column A of its row).
 */
export function cellMarks(findings: ReadonlyArray<Finding>, workbookFile: string, noteOf?: (f: Finding) => string): CellMark[] {
  const bySheet = new Map<string, Map<string, { severity: Severity; notes: string[] }>>();
  for (const f of findings) {
    if (f.file !== workbookFile) continue;
    let cells = bySheet.get(f.sheet);
    if (!cells) {
      cells = new Map();
      bySheet.set(f.sheet, cells);
    }
    const address = findingAddress(f);
    const cell = cells.get(address);
    const note = noteOf?.(f);
    if (!cell) cells.set(address, { severity: f.severity, notes: note ? [note] : [] });
    else {
      if (f.severity === 'error') cell.severity = 'error';
      if (note && !cell.notes.includes(note)) cell.notes.push(note);
    }
  }
  const marks: CellMark[] = [];
  for (const [sheet, cells] of bySheet) {
    for (const [address, { severity, notes }] of cells) marks.push(notes.length > 0 ? { sheet, address, severity, note: notes.join('\n') } : { sheet, address, severity });
  }
  return marks;
}

/** Address lists for Worksheet.getRanges, each short enough for Excel ('B5,C7,D9'). */
export function addressLists(addresses: ReadonlyArray<string>, maxChars: number = ADDRESS_LIST_CHARS): string[] {
  const lists: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxChars) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}

export function groupBy<T, K>(items: ReadonlyArray<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function chunks<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
