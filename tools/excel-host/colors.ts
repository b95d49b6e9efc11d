/**
 * Colours as Excel reports them: '#RRGGBB' in capitals. Excel accepts '#RGB'-less hex and HTML colour
 * names when writing; this host knows the common names and rejects the rest with a clear message.
 */
import { invalidArgument } from './errors';

const NAMED: Readonly<Record<string, string>> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00',
  orange: '#FFA500', gray: '#808080', grey: '#808080', silver: '#C0C0C0', maroon: '#800000', purple: '#800080',
  fuchsia: '#FF00FF', magenta: '#FF00FF', lime: '#00FF00', olive: '#808000', navy: '#000080', teal: '#008080',
  aqua: '#00FFFF', cyan: '#00FFFF', pink: '#FFC0CB', brown: '#A52A2A', gold: '#FFD700',
  lightgray: '#D3D3D3', lightgrey: '#D3D3D3', darkgray: '#A9A9A9', darkgrey: '#A9A9A9',
  lightyellow: '#FFFFE0', lightgreen: '#90EE90', lightblue: '#ADD8E6', darkred: '#8B0000',
  darkgreen: '#006400', darkblue: '#00008B',
};

export function normalizeColor(input: unknown, where: string): string {
  if (typeof input !== 'string') throw invalidArgument(`${where}: a colour must be text like '#FFC7CE', got ${JSON.stringify(input)}`, where);
  const text = input.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(text);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const named = NAMED[text.toLowerCase()];
  if (named) return named;
  throw invalidArgument(`${where}: '${input}' is not a colour (use '#RRGGBB' or an HTML colour name)`, where);
}

/** ExcelJS/OOXML 'AARRGGBB' → '#RRGGBB'. */
export function colorFromArgb(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-fA-F]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

/** The default Office theme, for files whose colours refer to theme slots (tint is not applied). */
const OFFICE_THEME = ['#FFFFFF', '#000000', '#E7E6E6', '#44546A', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];

export function colorFromTheme(theme: number | undefined): string | undefined {
  return theme === undefined ? undefined : OFFICE_THEME[theme];
}
