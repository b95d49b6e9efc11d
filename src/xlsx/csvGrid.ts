import type { CellKind, CellValue, SheetGrid } from '../roster/sheetGrid';

/** The separator of a text export: the one of comma, tab and semicolon that the first lines use most. */
export function guessDelimiter(text: string): string {
  const head = text.slice(0, 8192);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';']) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < head.length; i++) {
      const c = head[i];
      if (c === '"') quoted = !quoted;
      else if (c === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** RFC 4180 rows: quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF and CR end a row. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, q);
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      i = j;
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // An unquoted stretch, cut out at once (a million-row export is not read a character at a time into strings).
      let j = i + 1;
      while (j < n) {
        const d = text[j];
        if (d === delimiter || d === '\n' || d === '\r') break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A CSV/TXT as a sheet: every cell is the text as written (an ID keeps all 18 digits, a date stays "2022-03-01"),
 * so its kind is String; the engine reads numbers and dates from text as it does for cells typed as text.
 */
export function delimitedTextGrid(text: string, file: string, sheet: string): SheetGrid {
  const rows = parseDelimited(text, guessDelimiter(text));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values: CellValue[][] = [];
  const kinds: CellKind[][] = [];
  const numberFormats: string[][] = [];
  for (const r of rows) {
    const v: CellValue[] = new Array(width).fill('');
    const k: CellKind[] = new Array(width).fill('Empty');
    r.forEach((cell, j) => {
      if (cell === '') return;
      v[j] = cell;
      k[j] = 'String';
    });
    values.push(v);
    kinds.push(k);
    numberFormats.push(new Array(width).fill('@'));
  }
  return { file, sheet, values, kinds, numberFormats, rowOffset: 0, columnOffset: 0, hiddenRows: [] };
}
