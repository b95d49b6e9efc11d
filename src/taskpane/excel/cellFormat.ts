/**
 * One cell's look as the clerk made it: fill, font, borders and number format. Saved before a cell is marked and
 * compared with the cell when the mark is cleared, so that exactly what differs is put back.
 */
export interface SavedFill {
  readonly color: string;
  /** 'None' when the cell has no fill (Excel then reports the colour as white). */
  readonly pattern: string;
}

export interface SavedFont {
  readonly name: string;
  readonly size: number;
  readonly color: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: string;
  readonly strikethrough: boolean;
}

export interface SavedBorder {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'DiagonalDown', 'DiagonalUp'] as const;
export type BorderEdge = (typeof BORDER_EDGES)[number];

export interface SavedFormat {
  readonly fill: SavedFill;
  readonly font: SavedFont;
  readonly borders: Readonly<Record<BorderEdge, SavedBorder>>;
  readonly numberFormat: string;
}

const FONT_KEYS = ['name', 'size', 'color', 'bold', 'italic', 'underline', 'strikethrough'] as const;

/** The proxies of one cell whose format is being loaded. */
export interface FormatProxies {
  readonly range: Excel.Range;
  readonly fill: Excel.RangeFill;
  readonly font: Excel.RangeFont;
  readonly borders: Readonly<Record<BorderEdge, Excel.RangeBorder>>;
}

/** Queues the loads of one cell's format (read after the next sync with savedFormatOf). */
export function loadFormat(range: Excel.Range): FormatProxies {
  range.load('numberFormat');
  const fill = range.format.fill;
  fill.load(['color', 'pattern']);
  const font = range.format.font;
  font.load([...FONT_KEYS]);
  const borders = {} as Record<BorderEdge, Excel.RangeBorder>;
  for (const edge of BORDER_EDGES) {
    borders[edge] = range.format.borders.getItem(edge);
    borders[edge].load(['style', 'color', 'weight']);
  }
  return { range, fill, font, borders };
}

export function savedFormatOf(p: FormatProxies): SavedFormat {
  const borders = {} as Record<BorderEdge, SavedBorder>;
  for (const edge of BORDER_EDGES) borders[edge] = { style: p.borders[edge].style, color: p.borders[edge].color, weight: p.borders[edge].weight };
  return {
    fill: { color: p.fill.color, pattern: p.fill.pattern },
    font: {
      name: p.font.name,
      size: p.font.size,
      color: p.font.color,
      bold: p.font.bold,
      italic: p.font.italic,
      underline: p.font.underline,
      strikethrough: p.font.strikethrough,
    },
    borders,
    numberFormat: String(p.range.numberFormat[0][0]),
  };
}

function sameFill(a: SavedFill, b: SavedFill): boolean {
  return a.pattern === b.pattern && (a.pattern === 'None' || a.color === b.color);
}

function sameBorder(a: SavedBorder, b: SavedBorder): boolean {
  return a.style === b.style && (a.style === 'None' || (a.color === b.color && a.weight === b.weight));
}

/**
 * Queues the writes that bring a cell from `now` back to `saved`, touching only what differs: a border or number
 * format the mark never changed is not rewritten. Returns whether anything was queued.
 */
export function restoreFormat(range: Excel.Range, saved: SavedFormat, now: SavedFormat): boolean {
  let wrote = false;
  if (!sameFill(saved.fill, now.fill)) {
    if (saved.fill.pattern === 'None') range.format.fill.clear();
    else range.format.fill.color = saved.fill.color;
    wrote = true;
  }
  const font = range.format.font;
  for (const key of FONT_KEYS) {
    if (saved.font[key] !== now.font[key]) {
      (font as unknown as Record<string, unknown>)[key] = saved.font[key];
      wrote = true;
    }
  }
  for (const edge of BORDER_EDGES) {
    const want = saved.borders[edge];
    if (sameBorder(want, now.borders[edge])) continue;
    const border = range.format.borders.getItem(edge);
    border.style = want.style as Excel.BorderLineStyle;
    if (want.style !== 'None') {
      border.color = want.color;
      border.weight = want.weight as Excel.BorderWeight;
    }
    wrote = true;
  }
  if (saved.numberFormat !== now.numberFormat) {
    range.numberFormat = [[saved.numberFormat]];
    wrote = true;
  }
  return wrote;
}

/** A saved format read back from the marks sheet; undefined when the text is not one (the sheet was edited). */
export function parseSavedFormat(json: unknown, numberFormat: unknown): SavedFormat | undefined {
  if (typeof json !== 'string') return undefined;
  try {
    const parsed = JSON.parse(json) as Omit<SavedFormat, 'numberFormat'>;
    if (!parsed?.fill || !parsed.font || !parsed.borders) return undefined;
    return { ...parsed, numberFormat: typeof numberFormat === 'string' && numberFormat !== '' ? numberFormat : 'General' };
  } catch {
    return undefined;
  }
}

export function formatJson(saved: SavedFormat): string {
  const { numberFormat: _numberFormat, ...rest } = saved;
  return JSON.stringify(rest);
}
