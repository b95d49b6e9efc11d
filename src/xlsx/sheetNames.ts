import { maskPersonal } from '../policy';

/** Excel refuses these characters in a sheet name, and names longer than 31 characters. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

function cleanName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim();
  return cleaned === '' ? 'Sheet' : cleaned;
}

function fit(name: string, suffix = ''): string {
  return [...name].slice(0, MAX_LENGTH - [...suffix].length).join('') + suffix;
}

function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xlsx$/i, '');
}

export interface SheetOrigin {
  readonly file: string;
  readonly sheet: string;
}

/**
 * Names for copies of sheets from several files in one workbook: the sheet's own name when no other file has a sheet
 * of that name, else "file-stem-sheet"; shortened to 31 characters and numbered when still taken. `reserved` names
 * (the report sheet) are never used. Excel compares sheet names without case. Personal numbers in them are masked.
 */
export function uniqueSheetNames(origins: ReadonlyArray<SheetOrigin>, reserved: ReadonlyArray<string>): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  const count = new Map<string, number>();
  for (const o of origins) count.set(o.sheet.toLowerCase(), (count.get(o.sheet.toLowerCase()) ?? 0) + 1);
  return origins.map((o) => {
    // An ID in a file or sheet name is masked like any other; the mask's '*' is then one of the refused characters.
    const wanted = cleanName(maskPersonal((count.get(o.sheet.toLowerCase()) ?? 0) > 1 ? `${fileStem(o.file)}-${o.sheet}` : o.sheet));
    let name = fit(wanted);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = fit(wanted, ` (${n})`);
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A sheet name as a formula or link writes it: always quoted, a quote inside doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
