import type { ExcelAdapter, WorkbookInfo } from './adapter';
import { activeCell, readReferences } from './explainCells';
import { addressLists } from './markPlan';
import { clearMarks, markCells, markedCount } from './marks';
import { openNewWorkbook } from './newWorkbook';
import { readSheetGrids, readSheetHeads } from './readSheets';
import { appendRegister, clearLastRegisterRows, readRegister } from './register';
import type { ExcelRun } from './run';
import { readSetting, writeSetting } from './settings';
import { writeReport } from './writeReport';

/** The global Excel.run, looked up when called so that a host installed later (tests, preview) is the one used. */
const globalRun: ExcelRun = (batch) => Excel.run(batch);

async function workbookInfo(run: ExcelRun): Promise<WorkbookInfo> {
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.load('name');
    const sheets = workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    return {
      name: workbook.name,
      sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' })),
      activeSheet: active.name,
    };
  });
}

async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

/** Several cells of one sheet selected at once (RangeAreas.select, ExcelApi 1.9), as far as one address list goes. */
async function selectCells(run: ExcelRun, sheet: string, addresses: ReadonlyArray<string>): Promise<number> {
  const [list] = addressLists(addresses);
  if (!list) return 0;
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRanges(list).select();
    await context.sync();
  });
  return list.split(',').length;
}

/**
 * The pane's one door to Excel. Every Excel.run of the task pane starts here (through `run`); React components get
 * this object and never see a proxy.
 */
export function createOfficeAdapter(run: ExcelRun = globalRun): ExcelAdapter {
  let fileName: string | undefined;
  const file = async (): Promise<string> => (fileName ??= (await workbookInfo(run)).name);
  const selectionListeners = new Set<() => void>();
  let selectionRegistered: Promise<void> | undefined;

  return {
    async workbookInfo() {
      const info = await workbookInfo(run);
      fileName = info.name;
      return info;
    },
    async readSheetHeads(sheets) {
      return readSheetHeads(run, sheets, await file());
    },
    async readSheets(sheets, options = {}) {
      return readSheetGrids(run, sheets, options.file ?? (await file()), options);
    },
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    selectCells: (sheet, addresses) => selectCells(run, sheet, addresses),
    markCells: (marks, options) => markCells(run, marks, options),
    clearMarks: (options) => clearMarks(run, options),
    markedCount: () => markedCount(run),
    writeReport: (table, options) => writeReport(run, table, options?.chartTitle ?? table.title, options),
    async readRegister(sheetName) {
      return readRegister(run, sheetName, await file());
    },
    appendRegister: (register, rows) => appendRegister(run, register, rows),
    clearLastRegisterRows: (sheetName, count) => clearLastRegisterRows(run, sheetName, count),
    openNewWorkbook,
    activeCell: () => activeCell(run),
    readReferences: (refs) => readReferences(run, refs),
    async onSelectionChanged(handler) {
      selectionListeners.add(handler);
      // One registration for the pane's lifetime: removing it would need the context that added it.
      selectionRegistered ??= run(async (context) => {
        context.workbook.onSelectionChanged.add(async () => {
          for (const listener of selectionListeners) listener();
        });
        await context.sync();
      });
      await selectionRegistered;
      return async () => {
        selectionListeners.delete(handler);
      };
    },
    readSetting: (key) => readSetting(run, key),
    writeSetting: (key, value) => writeSetting(run, key, value),
  };
}
