/**
 * Reading and writing what cells hold: values, formulas, number formats, hyperlinks, clearing.
 */
import { boxAddress, boxCellCount, qualifiedAddress, type Box } from './a1';
import { cellGrid, rewriteCells, type CellArea } from './cellSets';
import { readTyped, toExcelPrecision } from './cellValues';
import type { Execution } from './context';
import { HostError, HostErrorCode, invalidArgument } from './errors';
import type { HostCell, HostHyperlink, HostSheet, HostValue } from './model';

export interface RangeTarget {
  readonly sheet: HostSheet;
  readonly box: Box;
}

export function areaOf(target: RangeTarget): CellArea {
  return { sheet: target.sheet, boxes: [target.box] };
}

/** Refuses to read more cells than Excel returns for one range. */
export function checkReadLimit(target: RangeTarget, exec: Execution, where: string): void {
  const count = boxCellCount(target.box);
  const limit = exec.state.options.cellReadLimit;
  if (count > limit) {
    throw new HostError(
      HostErrorCode.rangeExceedsLimit,
      `${where}: ${qualifiedAddress(target.sheet.name, target.box)} has ${count} cells; one read may return at most ${limit}`,
      where,
    );
  }
}

export function readGrid<V>(target: RangeTarget, exec: Execution, where: string, fn: (cell: HostCell | undefined) => V): V[][] {
  checkReadLimit(target, exec, where);
  return cellGrid(target.sheet, target.box, fn);
}

/** Input for each cell: a 2-D array matching the range, or one value for every cell. */
function inputAt(input: unknown, box: Box, where: string): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input.length;
  const badRow = input.findIndex((line) => !Array.isArray(line) || line.length !== box.cols);
  if (rows !== box.rows || badRow >= 0) {
    const got = badRow >= 0 && Array.isArray(input[badRow]) ? `row ${badRow} has ${(input[badRow] as unknown[]).length} columns` : `${rows} rows`;
    throw invalidArgument(
      `${where}: the array does not match the size of ${boxAddress(box)} (${box.rows} x ${box.cols}): ${got}`,
      where,
    );
  }
  return (row, col) => (input[row - box.row] as unknown[])[col - box.col];
}

function evaluate(exec: Execution, formula: string, sheet: HostSheet, row: number, col: number): HostValue | undefined {
  const evaluator = exec.state.options.evaluateFormula;
  if (!evaluator) return undefined;
  return evaluator(formula, { workbook: exec.workbook, sheet, row, col }) ?? undefined;
}

/**
 * What a cell holds after input is written to values or formulas: null leaves the cell alone, numbers
 * and booleans are stored, text is read as if typed (see readTyped).
 */
export function enterInput(
  exec: Execution,
  sheet: HostSheet,
  row: number,
  col: number,
  cell: HostCell | undefined,
  input: unknown,
  where: string,
): HostCell | undefined {
  if (input === null || input === undefined) return cell;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(`${where}: ${input} is not a number Excel can store`, where);
    return { ...cell, value: toExcelPrecision(input), formula: undefined };
  }
  if (typeof input === 'boolean') return { ...cell, value: input, formula: undefined };
  if (typeof input !== 'string') {
    throw invalidArgument(`${where}: cells take numbers, text or booleans, not ${JSON.stringify(input)}`, where);
  }
  const typed = readTyped(input, cell?.numberFormat);
  if (typed.formula !== undefined) {
    return { ...cell, formula: typed.formula, value: evaluate(exec, typed.formula, sheet, row, col) };
  }
  const numberFormat = cell?.numberFormat ?? typed.impliedNumberFormat;
  return { ...cell, value: typed.value, formula: undefined, numberFormat };
}

function emitChanged(exec: Execution, target: RangeTarget): void {
  if (!exec.state.events.has('WorksheetChanged')) return;
  exec.emit({ name: 'WorksheetChanged', worksheetId: target.sheet.id, address: boxAddress(target.box), triggerSource: 'ThisLocalAddin' });
}

export function writeContents(exec: Execution, target: RangeTarget, input: unknown, where: string): void {
  const at = inputAt(input, target.box, where);
  rewriteCells(exec.journal, areaOf(target), true, where, (cell, r, c) => enterInput(exec, target.sheet, r, c, cell, at(r, c), where));
  emitChanged(exec, target);
}

export function writeNumberFormats(exec: Execution, target: RangeTarget, input: unknown, where: string): void {
  const at = inputAt(input, target.box, where);
  rewriteCells(exec.journal, areaOf(target), true, where, (cell, r, c) => {
    const format = at(r, c);
    if (format === null || format === undefined) return cell;
    if (typeof format !== 'string') throw invalidArgument(`${where}: a number format is text, not ${JSON.stringify(format)}`, where);
    return { ...cell, numberFormat: format };
  });
}

function cleanHyperlink(input: unknown, where: string): HostHyperlink {
  if (typeof input !== 'object' || input === null) throw invalidArgument(`${where}: a hyperlink is an object { address?, documentReference?, textToDisplay?, screenTip? }`, where);
  const out: Record<string, string> = {};
  for (const key of ['address', 'documentReference', 'screenTip', 'textToDisplay'] as const) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw invalidArgument(`${where}.${key} must be text`, where);
    out[key] = value;
  }
  if (!out.address && !out.documentReference) throw invalidArgument(`${where}: a hyperlink needs an address or a documentReference`, where);
  return out;
}

export function writeHyperlink(exec: Execution, target: RangeTarget, input: unknown, where: string): void {
  const link = cleanHyperlink(input, where);
  const shown = link.textToDisplay;
  rewriteCells(exec.journal, areaOf(target), true, where, (cell) => {
    const value: HostValue | undefined = shown ?? cell?.value ?? link.address ?? link.documentReference;
    return { ...cell, hyperlink: link, value, formula: shown === undefined ? cell?.formula : undefined };
  });
}

export function readHyperlink(target: RangeTarget): HostHyperlink | null {
  const link = target.sheet.rows[target.box.row]?.[target.box.col]?.hyperlink;
  return link ? { ...link } : null;
}

/** Excel.ClearApplyTo: 'All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'. */
export function clearArea(exec: Execution, area: CellArea, applyTo: unknown, where: string): void {
  const mode = applyTo ?? 'All';
  const strip = (cell: HostCell): HostCell | undefined => {
    switch (mode) {
      case 'All':
        return undefined;
      case 'Formats':
        return { ...cell, format: undefined, numberFormat: undefined };
      case 'Contents':
      case 'ResetContents':
        return { ...cell, value: undefined, formula: undefined };
      case 'Hyperlinks':
        return { ...cell, hyperlink: undefined };
      case 'RemoveHyperlinks':
        return { ...cell, hyperlink: undefined, format: undefined };
      default:
        throw invalidArgument(`${where}: '${String(mode)}' is not an Excel.ClearApplyTo value`, where);
    }
  };
  rewriteCells(exec.journal, area, false, where, (cell) => (cell ? strip(cell) : cell));
}

/** true when every row (or column) of the range is hidden, false when none is, null when mixed. */
export function readHidden(hidden: Set<number>, first: number, count: number): boolean | null {
  let seen = 0;
  for (let i = first; i < first + count; i++) if (hidden.has(i)) seen++;
  return seen === 0 ? false : seen === count ? true : null;
}

export function writeHidden(exec: Execution, hidden: Set<number>, first: number, count: number, value: unknown, where: string): void {
  if (typeof value !== 'boolean') throw invalidArgument(`${where} takes true or false`, where);
  const before = new Set(hidden);
  for (let i = first; i < first + count; i++) {
    if (value) hidden.add(i);
    else hidden.delete(i);
  }
  exec.journal.record(() => {
    hidden.clear();
    for (const i of before) hidden.add(i);
  });
}
