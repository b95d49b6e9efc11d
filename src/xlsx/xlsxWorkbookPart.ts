import { attribute, tagsNamed } from './xmlText';

export interface WorkbookSheet {
  readonly name: string;
  /** The part's name in the package ("xl/worksheets/sheet1.xml"). */
  readonly path: string;
  /** Hidden sheets stay hidden in the report's copies (they may hold what the clerk keeps out of sight). */
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookParts {
  readonly sheets: ReadonlyArray<WorkbookSheet>;
  /** Dates count from 1904-01-01 (old Mac workbooks): serials are 1,462 days less than in the 1900 system. */
  readonly date1904: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

/** A relationship's target as a part name: relative to xl/ ("worksheets/sheet1.xml"), or absolute ("/xl/..."). */
function partName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** The worksheets in workbook order (chart sheets have no cells and are left out), and where their parts are. */
export function workbookParts(workbookXml: string, relsXml: string): WorkbookParts {
  const targets = new Map<string, { type: string; target: string }>();
  for (const tag of tagsNamed(relsXml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, { type: attribute(tag, 'Type') ?? '', target: partName(target) });
  }
  const ofType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(suffix))?.target;
  const sheets: WorkbookSheet[] = [];
  for (const tag of tagsNamed(workbookXml, 'sheet')) {
    const id = attribute(tag, 'id');
    const rel = id === undefined ? undefined : targets.get(id);
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const state = attribute(tag, 'state');
    const visibility = state === 'hidden' || state === 'veryHidden' ? state : 'visible';
    sheets.push({ name: attribute(tag, 'name') ?? `Sheet${sheets.length + 1}`, path: rel.target, visibility });
  }
  const pr = tagsNamed(workbookXml, 'workbookPr')[0] ?? '';
  const date1904 = /^(1|true)$/.test(attribute(pr, 'date1904') ?? '');
  return { sheets, date1904, sharedStrings: ofType('/sharedStrings'), styles: ofType('/styles') };
}
