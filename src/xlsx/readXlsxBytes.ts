import type ExcelJSModule from 'exceljs';
import type { SheetGrid } from '../roster/sheetGrid';
import { asciiBytes, fileSignature, includesBytes } from './fileSignature';
import { XlsxReadError } from './readError';
import { worksheetToGrid } from './worksheetGrid';

/** Every .xlsx names its workbook part in the zip's directory, which is stored uncompressed. */
const WORKBOOK_PART = asciiBytes('xl/workbook.xml');
/** The names of a workbook's parts start with xl/; in a zip every entry's name is stored in its own header too. */
const SPREADSHEET_PARTS = asciiBytes('xl/');

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 200);
}

/**
 * The sheets of an .xlsx already in memory, for the command line (Node's ExcelJS) and the task pane (ExcelJS's
 * browser build, loaded on first use): the caller hands over the ExcelJS it has. `file` is the name findings carry.
 * Throws XlsxReadError, naming the file, when the bytes are not a readable workbook.
 */
export async function readXlsxBytes(bytes: Uint8Array, file: string, excel: typeof ExcelJSModule): Promise<SheetGrid[]> {
  switch (fileSignature(bytes)) {
    case 'empty':
      throw new XlsxReadError(file, 'empty');
    case 'ole_encrypted':
      throw new XlsxReadError(file, 'encrypted');
    case 'ole_other':
      throw new XlsxReadError(file, 'legacy_xls');
    case 'other':
      throw new XlsxReadError(file, 'not_xlsx');
    case 'zip':
      break;
  }
  const workbook = new excel.Workbook();
  try {
    // ExcelJS's type asks for an ArrayBuffer; it reads Buffers and Uint8Arrays through JSZip as well.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    // A zip with no spreadsheet part at all (a .docx, a .zip) is another kind of file; one with them is damaged.
    throw new XlsxReadError(file, includesBytes(bytes, SPREADSHEET_PARTS) ? 'corrupt' : 'not_xlsx', firstLine(error));
  }
  if (!includesBytes(bytes, WORKBOOK_PART)) throw new XlsxReadError(file, 'not_xlsx');
  return workbook.worksheets.map((sheet) => worksheetToGrid(sheet, file));
}
