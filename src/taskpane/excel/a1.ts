/** A1 addresses as the adapter writes them. Rows and columns are 0-based, as Range.rowIndex / columnIndex. */
import { columnLetter } from '../../roster/cells';

export { columnLetter };

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function areaAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellAddress(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/**
 * A sheet name as a reference needs it: bare when it is letters (any script), digits, '_' and '.', not starting with
 * a digit and not readable as a cell; quoted otherwise, with quotes doubled.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*([Cc]\d*)?$/.test(name);
  return plain && !looksLikeCell ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}
