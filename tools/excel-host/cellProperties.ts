/**
 * Range.getCellProperties (ExcelApi 1.9): one object per cell, row by row, holding only what the load options ask
 * for and nested as they are asked ({ format: { font: { strikethrough: true } } } gives
 * [[{ format: { font: { strikethrough: false } } }, ...], ...]). A cell that was never formatted reports Excel's
 * defaults. The options the host does not model are refused rather than answered with nothing.
 */
import { qualifiedAddress } from './a1';
import { cellGrid } from './cellSets';
import type { Execution } from './context';
import { invalidArgument } from './errors';
import { fontDefault, NO_FILL_COLOR } from './formatProxy';
import type { HostCell, HostFont } from './model';
import { checkReadLimit, type RangeTarget } from './rangeContent';

const WHERE = 'Range.getCellProperties';
const FONT_KEYS: ReadonlyArray<keyof HostFont> = ['name', 'size', 'color', 'bold', 'italic', 'underline', 'strikethrough'];

type Options = Record<string, unknown>;

function asked(options: unknown, path: string): Options {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw invalidArgument(`${WHERE}: ${path} takes an object of load options`, WHERE);
  return options as Options;
}

function refuseUnknown(options: Options, known: ReadonlyArray<string>, path: string): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw invalidArgument(`${WHERE}: ${path}${key} is not modelled by the in-memory host`, WHERE);
  }
}

/** The properties of every cell of the range that the options ask for. */
export function cellProperties(target: RangeTarget, options: unknown, exec: Execution): Array<Array<Record<string, unknown>>> {
  checkReadLimit(target, exec, WHERE);
  const top = asked(options, 'cellPropertiesLoadOptions');
  refuseUnknown(top, ['address', 'addressLocal', 'format'], '');
  const format = asked(top.format, 'format');
  refuseUnknown(format, ['font', 'fill'], 'format.');
  const font = asked(format.font, 'format.font');
  refuseUnknown(font, FONT_KEYS as string[], 'format.font.');
  const fill = asked(format.fill, 'format.fill');
  refuseUnknown(fill, ['color'], 'format.fill.');
  const fontKeys = FONT_KEYS.filter((k) => font[k] === true);
  const wantsFill = fill.color === true;
  const wantsFormat = fontKeys.length > 0 || wantsFill;
  const formatOf = (cell: HostCell | undefined): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    if (fontKeys.length > 0) out.font = Object.fromEntries(fontKeys.map((k) => [k, cell?.format?.font?.[k] ?? fontDefault(k, exec)]));
    if (wantsFill) out.fill = { color: cell?.format?.fill ?? NO_FILL_COLOR };
    return out;
  };
  const grid = cellGrid(target.sheet, target.box, (cell) => (wantsFormat ? { format: formatOf(cell) } : {}) as Record<string, unknown>);
  if (top.address === true || top.addressLocal === true) {
    grid.forEach((line, i) =>
      line.forEach((props, j) => {
        const address = qualifiedAddress(target.sheet.name, { row: target.box.row + i, col: target.box.col + j, rows: 1, cols: 1 });
        if (top.address === true) props.address = address;
        if (top.addressLocal === true) props.addressLocal = address;
      }),
    );
  }
  return grid;
}


