import { attribute, tagsNamed } from './xmlText';

/**
 * Excel's built-in number formats (ids below 164 are not written into the file), as a Chinese Excel shows them; the
 * date ones are what matter: a number in such a cell is a date.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'yyyy/m/d', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm', 27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

export interface CellStyles {
  /** The number format of each cell style (the s="…" index of a cell). */
  readonly formats: ReadonlyArray<string>;
  /** Whether each cell style's font is struck through. */
  readonly struck: ReadonlyArray<boolean>;
}

function section(xml: string, name: string): string {
  const start = xml.search(new RegExp(`<(?:[A-Za-z0-9_]+:)?${name}[\\s>]`));
  if (start < 0) return '';
  const end = xml.indexOf(`${name}>`, start + name.length + 1);
  return end < 0 ? xml.slice(start) : xml.slice(start, end);
}

/** The fonts in order, struck through or not (<strike/>, not <strike val="0"/>). */
function struckFonts(xml: string): boolean[] {
  const fonts = section(xml, 'fonts');
  return fonts
    .split(/<(?:[A-Za-z0-9_]+:)?font[\s>]/)
    .slice(1)
    .map((font) => {
      const strike = tagsNamed(font, 'strike')[0];
      return strike !== undefined && !/^(0|false)$/.test(attribute(strike, 'val') ?? '');
    });
}

export function cellStyles(stylesXml: string): CellStyles {
  const custom = new Map<number, string>();
  for (const tag of tagsNamed(section(stylesXml, 'numFmts'), 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const fonts = struckFonts(stylesXml);
  const formats: string[] = [];
  const struck: boolean[] = [];
  for (const xf of tagsNamed(section(stylesXml, 'cellXfs'), 'xf')) {
    const id = Number(attribute(xf, 'numFmtId') ?? 0);
    formats.push(custom.get(id) ?? BUILT_IN[id] ?? 'General');
    struck.push(fonts[Number(attribute(xf, 'fontId') ?? 0)] ?? false);
  }
  return { formats, struck };
}
