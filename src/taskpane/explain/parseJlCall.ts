/**
 * Reads a cell's formula (as Range.formulas gives it: en-US syntax, comma separators) as one call of a JL.*
 * custom function, so the pane can evaluate and explain it. Pure: no Office, no React.
 *
 * Only what a clerk types as an argument is understood: a cell or range reference (A2, $B$3, A2:A9, Sheet1!B3,
 * '花名册 (2)'!C4), a number, a "string", TRUE/FALSE, or nothing (an omitted optional argument). Anything else
 * (a nested DATE(...), arithmetic, a name) is kept as an 'expression' argument that the pane shows but cannot
 * evaluate without Excel's calculation engine.
 */

export interface CellReference {
  /** The sheet named in the reference; undefined means the formula's own sheet. */
  readonly sheet?: string;
  /** The address without '$' signs: 'B3' or 'A2:A9'. */
  readonly address: string;
}

export type JlArgument =
  | { readonly kind: 'reference'; readonly text: string; readonly ref: CellReference }
  | { readonly kind: 'number'; readonly text: string; readonly value: number }
  | { readonly kind: 'string'; readonly text: string; readonly value: string }
  | { readonly kind: 'boolean'; readonly text: string; readonly value: boolean }
  | { readonly kind: 'omitted'; readonly text: '' }
  | { readonly kind: 'expression'; readonly text: string };

export interface JlCall {
  /** The function id without the namespace, upper case: 'EMPLOY_SUBSIDY'. */
  readonly name: string;
  readonly args: ReadonlyArray<JlArgument>;
}

export type ParseProblem =
  | { readonly problem: 'not_formula' }
  | { readonly problem: 'not_jl_call' }
  | { readonly problem: 'not_single_call' }
  | { readonly problem: 'syntax'; readonly detail: string };

export type ParseResult = { readonly ok: true; readonly call: JlCall } | ({ readonly ok: false } & ParseProblem);

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const AREA = new RegExp(`^(${CELL})(?::(${CELL}))?$`);
const BARE_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;

function fail(problem: ParseProblem): ParseResult {
  return { ok: false, ...problem };
}

/** Index just past the string literal that opens at `start` ("" inside a literal is one quote). */
function skipString(s: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === quote) {
      if (s[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return -1;
}

/**
 * Splits the text between the call's parentheses at its top-level commas. Returns undefined when the
 * parentheses or quotes do not balance.
 */
function splitArguments(inner: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < inner.length) {
    const ch = inner[i];
    if (ch === '"' || ch === "'") {
      const end = skipString(inner, i, ch);
      if (end < 0) return undefined;
      i = end;
      continue;
    }
    if (ch === '(' || ch === '{') depth += 1;
    else if (ch === ')' || ch === '}') {
      depth -= 1;
      if (depth < 0) return undefined;
    } else if (ch === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
    i += 1;
  }
  if (depth !== 0) return undefined;
  parts.push(inner.slice(start));
  return parts;
}

function parseReference(text: string): CellReference | undefined {
  let sheet: string | undefined;
  let area = text;
  if (text.startsWith("'")) {
    const end = skipString(text, 0, "'");
    if (end < 0 || text[end] !== '!') return undefined;
    sheet = text.slice(1, end - 1).replace(/''/g, "'");
    area = text.slice(end + 1);
  } else {
    const bang = text.indexOf('!');
    if (bang >= 0) {
      sheet = text.slice(0, bang);
      if (!BARE_SHEET.test(sheet)) return undefined;
      area = text.slice(bang + 1);
    }
  }
  const match = AREA.exec(area);
  if (!match) return undefined;
  const address = area.replace(/\$/g, '').toUpperCase();
  return sheet === undefined ? { address } : { sheet, address };
}

/** One argument's text, trimmed, as the clerk typed it. */
export function parseArgument(raw: string): JlArgument {
  const text = raw.trim();
  if (text === '') return { kind: 'omitted', text: '' };
  if (text.startsWith('"')) {
    const end = skipString(text, 0, '"');
    if (end === text.length) return { kind: 'string', text, value: text.slice(1, -1).replace(/""/g, '"') };
    return { kind: 'expression', text };
  }
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', text, value: upper === 'TRUE' };
  if (NUMBER.test(text)) {
    const percent = text.endsWith('%');
    const value = Number(percent ? text.slice(0, -1) : text);
    return { kind: 'number', text, value: percent ? value / 100 : value };
  }
  const ref = parseReference(text);
  if (ref) return { kind: 'reference', text, ref };
  return { kind: 'expression', text };
}

/** Index of the parenthesis that closes the one at `open`, skipping string literals and quoted sheet names; -1 if none. */
function matchingParenthesis(s: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' || ch === "'") {
      const end = skipString(s, i, ch);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
    i += 1;
  }
  return -1;
}

const CALL_HEAD = /^JL\.([A-Za-z_][A-Za-z0-9_.]*)\s*\(/i;

/** Parses '=JL.EMPLOY_SUBSIDY(A2, B2, 2000, "汪清县")'. */
export function parseJlCall(formula: unknown): ParseResult {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return fail({ problem: 'not_formula' });
  const body = formula.slice(1).trim();
  const head = CALL_HEAD.exec(body);
  if (!head) return fail({ problem: /\bJL\.[A-Za-z_]/i.test(body) ? 'not_single_call' : 'not_jl_call' });
  const open = head[0].length - 1;
  const close = matchingParenthesis(body, open);
  if (close < 0) return fail({ problem: 'syntax', detail: body });
  // '=JL.X(A1)*2' is arithmetic on a call, not a call: the call's own parenthesis must end the formula.
  if (close !== body.length - 1) return fail({ problem: 'not_single_call' });
  const parts = splitArguments(body.slice(open + 1, close));
  if (!parts) return fail({ problem: 'syntax', detail: body });
  const args = parts.length === 1 && parts[0].trim() === '' ? [] : parts.map(parseArgument);
  return { ok: true, call: { name: head[1].toUpperCase(), args } };
}
