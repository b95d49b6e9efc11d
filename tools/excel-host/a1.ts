/**
 * A1 addresses for the in-memory host. Internal to tools/excel-host: src/ keeps its own helpers.
 * Rows and columns are 0-based here, as in Range.rowIndex / Range.columnIndex.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells on one sheet (0-based top-left, sizes >= 1). */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ParsedAddress {
  /** Sheet name without quotes, when the address named one. */
  readonly sheetName?: string;
  readonly box: Box;
}

export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLUMNS) {
    throw new RangeError(`column index ${index} is outside 0..${MAX_COLUMNS - 1}`);
  }
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`"${letters}" is not a column name`);
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  if (index > MAX_COLUMNS) throw new RangeError(`column ${letters} is beyond the last column XFD`);
  return index - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function isEntireRows(box: Box): boolean {
  return box.col === 0 && box.cols === MAX_COLUMNS;
}

export function isEntireColumns(box: Box): boolean {
  return box.row === 0 && box.rows === MAX_ROWS;
}

/** 'A1', 'A1:C3', '2:5' (whole rows) or 'A:C' (whole columns), as Excel writes them. */
export function boxAddress(box: Box): string {
  const lastRow = box.row + box.rows - 1;
  const lastCol = box.col + box.cols - 1;
  if (isEntireRows(box)) return `${box.row + 1}:${lastRow + 1}`;
  if (isEntireColumns(box)) return `${columnLetter(box.col)}:${columnLetter(lastCol)}`;
  const first = cellAddress(box.row, box.col);
  return box.rows === 1 && box.cols === 1 ? first : `${first}:${cellAddress(lastRow, lastCol)}`;
}

/**
 * Excel leaves a sheet name bare when it is made of letters (any script, so 花名册 stays bare), digits,
 * '_' and '.', does not start with a digit and cannot be read as a cell reference; otherwise it quotes it.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeReference = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*([Cc]\d*)?$/.test(name);
  return plain && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, box: Box): string {
  return `${quoteSheetName(sheetName)}!${boxAddress(box)}`;
}

function splitSheet(text: string): { sheetName?: string; ref: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < trimmed.length) {
      if (trimmed[i] === "'") {
        if (trimmed[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += trimmed[i];
      i += 1;
    }
    if (trimmed[i] !== "'" || trimmed[i + 1] !== '!') throw new RangeError(`"${text}" has an unterminated quoted sheet name`);
    return { sheetName: name, ref: trimmed.slice(i + 2) };
  }
  const bang = trimmed.lastIndexOf('!');
  return bang < 0 ? { ref: trimmed } : { sheetName: trimmed.slice(0, bang), ref: trimmed.slice(bang + 1) };
}

interface RefPart {
  row?: number;
  col?: number;
}

function parsePart(part: string, whole: string): RefPart {
  const match = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(part);
  if (!match || (!match[1] && !match[2])) throw new RangeError(`"${whole}" is not an A1 address`);
  const ref: RefPart = {};
  if (match[1]) ref.col = columnIndex(match[1]);
  if (match[2]) {
    const row = Number(match[2]) - 1;
    if (row < 0 || row >= MAX_ROWS) throw new RangeError(`"${whole}" names row ${match[2]}, outside 1..${MAX_ROWS}`);
    ref.row = row;
  }
  return ref;
}

/** Parses 'A1', 'A1:C3', '$A$1', 'A:C', '2:5', 'Sheet1!A1:C3' and "'校验报告'!A1". */
export function parseAddress(text: string): ParsedAddress {
  const { sheetName, ref } = splitSheet(text);
  if (sheetName !== undefined && sheetName.length === 0) throw new RangeError(`"${text}" has an empty sheet name`);
  const parts = ref.split(':');
  if (parts.length > 2 || ref.length === 0) throw new RangeError(`"${text}" is not an A1 address`);
  const first = parsePart(parts[0], text);
  const last = parts.length === 2 ? parsePart(parts[1], text) : first;
  const kinds = [first, last].map((p) => (p.row !== undefined && p.col !== undefined ? 'cell' : p.row !== undefined ? 'row' : 'col'));
  if (kinds[0] !== kinds[1] || (parts.length === 1 && kinds[0] !== 'cell')) throw new RangeError(`"${text}" is not an A1 address`);
  const r0 = first.row ?? 0;
  const r1 = last.row ?? MAX_ROWS - 1;
  const c0 = first.col ?? 0;
  const c1 = last.col ?? MAX_COLUMNS - 1;
  const box: Box = {
    row: Math.min(r0, r1),
    col: Math.min(c0, c1),
    rows: Math.abs(r1 - r0) + 1,
    cols: Math.abs(c1 - c0) + 1,
  };
  return sheetName === undefined ? { box } : { sheetName, box };
}

/** Worksheet.getRanges takes areas separated by commas: 'A1:B2, D4, F6:F9'. */
export function parseAddressList(text: string): ParsedAddress[] {
  const areas = text.split(',').map((s) => s.trim());
  if (areas.some((a) => a.length === 0)) throw new RangeError(`"${text}" has an empty area`);
  return areas.map(parseAddress);
}

export function boxCellCount(box: Box): number {
  return box.rows * box.cols;
}

export function boxContains(outer: Box, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function boxInsideGrid(box: Box): boolean {
  return (
    Number.isInteger(box.row) && Number.isInteger(box.col) && Number.isInteger(box.rows) && Number.isInteger(box.cols) &&
    box.row >= 0 && box.col >= 0 && box.rows >= 1 && box.cols >= 1 &&
    box.row + box.rows <= MAX_ROWS && box.col + box.cols <= MAX_COLUMNS
  );
}
