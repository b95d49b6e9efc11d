import type { ReadWorkbook } from './readNote';
import type { SheetJSModule } from './sheetjsGrids';
import { biffStruckRows } from './biffStruckRows';

interface CfbEntry {
  readonly content?: Uint8Array | ArrayLike<number>;
}

/** The Workbook stream of an OLE file (.xls, WPS .et), through SheetJS's own compound-file reader. */
function workbookStream(X: SheetJSModule, bytes: Uint8Array): Uint8Array | undefined {
  const CFB = X.CFB as { read: (data: Uint8Array, options: { type: 'buffer' }) => unknown; find: (cfb: unknown, path: string) => CfbEntry | null };
  const entry = CFB.find(CFB.read(bytes, { type: 'buffer' }), '/Workbook');
  const content = entry?.content;
  if (!content) return undefined;
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

/**
 * A BIFF8 workbook as SheetJS read it, with the rows struck through in every cell that SheetJS cannot see (its grids
 * carry them on as the .xlsx reader's do). Whatever goes wrong here leaves the reading as it was: no struck rows.
 */
export function withBiffStruckRows(read: ReadWorkbook, X: SheetJSModule, bytes: Uint8Array): ReadWorkbook {
  let bySheet: Map<string, ReadonlySet<number>>;
  try {
    const stream = workbookStream(X, bytes);
    if (!stream) return read;
    bySheet = biffStruckRows(stream);
  } catch {
    return read;
  }
  if (bySheet.size === 0) return read;
  return { ...read, struckRows: read.grids.map((g) => bySheet.get(g.sheet) ?? new Set<number>()) };
}
