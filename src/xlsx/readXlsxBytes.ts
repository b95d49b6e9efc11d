import type ExcelJSModule from 'exceljs';
import type { SheetGrid } from '../roster/sheetGrid';
import { XlsxReadError } from './readError';
import { worksheetToGrid } from './worksheetGrid';

/**
 * The sheets of an .xlsx/.xlsm package (already told apart by its content) through ExcelJS, which the caller hands
 * over (Node's build or the browser's). Throws XlsxReadError, naming the file, when ExcelJS cannot load it.
 */
export async function readXlsxBytes(bytes: Uint8Array, file: string, excel: typeof ExcelJSModule): Promise<SheetGrid[]> {
  const workbook = new excel.Workbook();
  try {
    // ExcelJS's type asks for an ArrayBuffer; it reads Buffers and Uint8Arrays through JSZip as well.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxReadError(file, 'corrupt', error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  return workbook.worksheets.map((sheet) => worksheetToGrid(sheet, file));
}
