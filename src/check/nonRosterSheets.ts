import type { Text } from '../policy';
import { text } from '../policy';
import type { SheetGrid } from '../roster';
import { detectTable, isTableProblem } from '../roster';

export interface SheetsToCheck {
  readonly rosters: SheetGrid[];
  /** One line per sheet set aside, for stderr: information, not an error. */
  readonly setAside: Text[];
}

/**
 * The sheets of a workbook that are not rosters — the empty Sheet2/Sheet3 of older Excel and WPS workbooks, a 填表说明
 * or a 汇总 sheet beside the roster — are said once and not checked, so a clean roster in such a workbook exits 0. A
 * sheet without a header is still checked (and reported) when no sheet of its file has one: then it is likely the
 * roster, written wrongly.
 */
export function setAsideNonRosterSheets(grids: ReadonlyArray<SheetGrid>): SheetsToCheck {
  const hasTable = grids.map((g) => g.values.length > 0 && !isTableProblem(detectTable(g)));
  const fileWithRoster = new Set(grids.filter((_, i) => hasTable[i]).map((g) => g.file));
  const rosters: SheetGrid[] = [];
  const setAside: Text[] = [];
  grids.forEach((g, i) => {
    if (hasTable[i]) rosters.push(g);
    else if (g.values.length === 0) {
      setAside.push(text(`${g.file}「${g.sheet}」是空的工作表，未校验`, `${g.file} "${g.sheet}" is an empty sheet, not checked`));
    } else if (fileWithRoster.has(g.file)) {
      setAside.push(text(`${g.file}「${g.sheet}」不是花名册（没有表头），未校验`, `${g.file} "${g.sheet}" is not a roster (no header row), not checked`));
    } else rosters.push(g);
  });
  return { rosters, setAside };
}
