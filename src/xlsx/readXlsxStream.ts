import type { ReadNote, ReadWorkbook } from './readNote';
import type { Inflate } from './inflate';
import { SheetBuilder } from './sheetBuilder';
import { SheetScanner } from './xlsxSheetScanner';
import { sharedStrings } from './xlsxSharedStrings';
import { cellStyles } from './xlsxStyles';
import { workbookParts } from './xlsxWorkbookPart';
import type { ZipEntry } from './zipDirectory';
import { DamagedPartError, ZipPackage } from './zipParts';

/**
 * An .xlsx/.xlsm as a stream of rows: the workbook, its relationships, the styles and the shared strings first (they
 * are small beside the sheets), then each worksheet inflated in chunks and scanned row by row straight into the
 * engine's grid. Nothing is held but the grid and the shared strings.
 */
export async function readXlsxStream(bytes: Uint8Array, file: string, entries: ReadonlyArray<ZipEntry>, inflate: Inflate): Promise<ReadWorkbook> {
  const pkg = new ZipPackage(bytes, entries, inflate);
  const workbookXml = await pkg.text('xl/workbook.xml');
  if (workbookXml === undefined) throw new DamagedPartError('no xl/workbook.xml');
  const parts = workbookParts(workbookXml, (await pkg.text('xl/_rels/workbook.xml.rels')) ?? '');
  const styles = cellStyles((await pkg.text(parts.styles ?? 'xl/styles.xml')) ?? '');
  const shared = await sharedStrings(pkg, parts.sharedStrings ?? (pkg.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined));
  const notes: ReadNote[] = [];
  const grids = [];
  const struckRows: Array<ReadonlySet<number>> = [];
  for (const sheet of parts.sheets) {
    const builder = new SheetBuilder(file, sheet.name);
    const scanner = new SheetScanner(builder, shared, styles, parts.date1904, notes);
    if (!(await pkg.stream(sheet.path, (chunk) => scanner.push(chunk)))) throw new DamagedPartError(`no ${sheet.path}`);
    scanner.finish();
    const grid = builder.build(notes);
    grids.push(sheet.visibility === 'visible' ? grid : { ...grid, visibility: sheet.visibility });
    struckRows.push(scanner.struckRows);
  }
  return { grids, notes, struckRows };
}
