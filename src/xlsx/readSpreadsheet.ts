import type { ReadWorkbook } from './readNote';
import { ReadLimitError, XlsxReadError } from './readError';
import type { SheetJSModule } from './sheetjsGrids';
import { sheetjsGrids } from './sheetjsGrids';
import { sniffFile } from './spreadsheetFormat';
import { decodeText } from './textDecoding';
import { delimitedTextGrid } from './csvGrid';
import type { Inflate } from './inflate';
import { readXlsxStream } from './readXlsxStream';
import { withBiffStruckRows } from './oleStruckRows';

/**
 * The libraries a reader needs, handed over by its caller: the command line loads them from node_modules, the task
 * pane on first use (they are large).
 */
export interface ReaderLibraries {
  /** SheetJS (@e965/xlsx) with its code pages set, for .xlsb, .xls, .et, .ods, Excel 2003 XML and HTML. */
  readonly sheetjs: () => Promise<SheetJSModule>;
  /** Inflates .xlsx parts in chunks: Node's zlib in the command line, DecompressionStream in the browser. */
  readonly inflate: Inflate;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
}

/** SheetJS writes its doubts about a file to the console; the clerk's terminal is not the place for them. */
function quietly<T>(read: () => T): T {
  const { warn, error, log } = console;
  console.warn = () => undefined;
  console.error = () => undefined;
  console.log = () => undefined;
  try {
    return read();
  } finally {
    Object.assign(console, { warn, error, log });
  }
}

async function withSheetJS(file: string, libraries: ReaderLibraries, data: Uint8Array | string, textOnly: boolean): Promise<ReadWorkbook> {
  const X = await libraries.sheetjs();
  let workbook;
  try {
    workbook = quietly(() =>
      X.read(data, {
        type: typeof data === 'string' ? 'string' : 'array',
        dense: true,
        cellNF: true,
        cellDates: false,
        cellFormula: false,
        cellHTML: false,
        cellStyles: false,
        raw: textOnly,
      }),
    );
  } catch (error) {
    if (error instanceof ReadLimitError) throw error;
    const why = firstLine(error);
    throw new XlsxReadError(file, /password|ODS Encryption|Encrypted file|Encryption scheme/i.test(why) ? 'encrypted' : 'corrupt', why);
  }
  return sheetjsGrids(workbook, file, textOnly);
}

/** "花名册.csv" -> "花名册": Excel names a CSV's only sheet after the file. */
function sheetNameOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '') || 'Sheet1';
}

async function readByFormat(bytes: Uint8Array, file: string, libraries: ReaderLibraries): Promise<ReadWorkbook> {
  const sniffed = sniffFile(bytes);
  switch (sniffed.format) {
    case 'empty':
      throw new XlsxReadError(file, 'empty');
    case 'unknown':
      throw new XlsxReadError(file, 'not_spreadsheet');
    case 'ole_encrypted':
      throw new XlsxReadError(file, 'encrypted');
    case 'damaged_zip':
      throw new XlsxReadError(file, 'corrupt');
    case 'xlsx':
      return readXlsxStream(bytes, file, sniffed.entries ?? [], libraries.inflate);
    case 'ole':
      // SheetJS drops each cell's font: the struck-through rows are read from the BIFF records beside it.
      return withBiffStruckRows(await withSheetJS(file, libraries, bytes, false), await libraries.sheetjs(), bytes);
    case 'xlsb':
    case 'ods':
      return withSheetJS(file, libraries, bytes, false);
    case 'xml2003':
      return withSheetJS(file, libraries, decodeText(bytes), false);
    case 'html':
      return withSheetJS(file, libraries, decodeText(bytes), true);
    case 'text':
      return { grids: [delimitedTextGrid(decodeText(bytes), file, sheetNameOf(file))], notes: [] };
  }
}

/**
 * Any spreadsheet a county office has, from its bytes (the format is told by the content, never by the name), as the
 * engine's grids. Throws XlsxReadError naming the file and saying what to do when it cannot be read.
 */
export async function readSpreadsheetBytes(bytes: Uint8Array, file: string, libraries: ReaderLibraries): Promise<ReadWorkbook> {
  try {
    return await readByFormat(bytes, file, libraries);
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    if (error instanceof ReadLimitError) throw new XlsxReadError(file, error.problem, error.message);
    // Whatever else a library throws on a broken file is a damaged file to the clerk, not a stack trace.
    throw new XlsxReadError(file, 'corrupt', firstLine(error));
  }
}
