import { detectTable } from '../src/roster';
import type { ExcelHost } from '../tools/excel-host';
import { createOfficeAdapter } from '../src/taskpane/excel/officeAdapter';
import { columnLetter } from '../tools/excel-host';

/** The sheet the preview adds when a sample has no JL formula. Its first cell says it exists only in the preview. */
export const EXAMPLE_SHEET = 'JL公式示例（预览）';

function hasJlFormula(host: ExcelHost): boolean {
  return host.workbook.sheets.some((s) => s.rows.some((row) => row?.some((cell) => /^=\s*JL\./i.test(cell?.formula ?? ''))));
}

/**
 * So that 说明 has something to explain: when the sample has no =JL.* cell, adds a sheet with JL.EMPLOY_SUBSIDY
 * formulas over the first rows of the first employment roster (its hire date, months, wage and county cells).
 * Written through the Excel API, so the host computes each formula as Excel with the add-in would.
 */
export async function addExampleFormulas(host: ExcelHost): Promise<string | null> {
  if (hasJlFormula(host)) return null;
  const adapter = createOfficeAdapter();
  const names = host.workbook.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
  for (const grid of await adapter.readSheetHeads(names)) {
    const layout = detectTable(grid);
    if (!('columns' in layout)) continue;
    const { hireDate, monthsWorked, wage, county, name } = layout.columns;
    if (hireDate === undefined || monthsWorked === undefined || wage === undefined || county === undefined) continue;
    const column = (c: number) => columnLetter((grid.columnOffset ?? 0) + c);
    const quoted = `'${grid.sheet.replace(/'/g, "''")}'`;
    const rows: Array<[string, string, string]> = [];
    for (let i = 0; i < 5 && layout.firstDataRow + i < grid.values.length; i++) {
      const r = (grid.rowOffset ?? 0) + layout.firstDataRow + i + 1;
      const ref = (c: number) => `${quoted}!${column(c)}${r}`;
      const person = name === undefined ? '' : String(grid.values[layout.firstDataRow + i][name] ?? '');
      rows.push([`${grid.sheet}!${r}`, person, `=JL.EMPLOY_SUBSIDY(${ref(hireDate)},${ref(monthsWorked)},${ref(wage)},${ref(county)})`]);
    }
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add(EXAMPLE_SHEET);
      sheet.getRange('A1').values = [['预览专用：样本中没有 JL 公式，预览加入此页以演示“说明”（added by the preview only: the sample has no JL formula）']];
      const header = sheet.getRange('A3:C3');
      header.values = [['花名册行', '姓名', 'JL.EMPLOY_SUBSIDY']];
      header.format.font.bold = true;
      const labels = sheet.getRange(`A4:B${3 + rows.length}`);
      labels.numberFormat = rows.map(() => ['@', '@']);
      labels.values = rows.map((r) => [r[0], r[1]]);
      sheet.getRange(`C4:C${3 + rows.length}`).formulas = rows.map((r) => [r[2]]);
      await context.sync();
    });
    return EXAMPLE_SHEET;
  }
  return null;
}
