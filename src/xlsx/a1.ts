/** 1 -> A, 27 -> AA. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A -> 1, AA -> 27; 0 for anything that is not a column letter. */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]{1,3}$/i.test(letters)) return 0;
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}
