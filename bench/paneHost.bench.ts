/**
 * `npm run bench:pane`: the task pane's 开始校验 on a 100,000-row employment roster, through the real adapter and
 * the in-memory Excel host: how many round trips (sync calls), the largest request or response, and the wall time
 * from the button to the results in the pane's state (adapter reads, engine, reducer). Then marking the flagged
 * cells and writing the report, measured the same way. Figures are printed, never asserted.
 */
import { todaySerial } from '../src/policy';
import type { SheetGrid } from '../src/roster/sheetGrid';
import { reportTable } from '../src/roster';
import { createOfficeAdapter } from '../src/taskpane/excel/officeAdapter';
import { cellMarks } from '../src/taskpane/excel/markPlan';
import { runValidation } from '../src/taskpane/state/runValidation';
import { initialValidateState, validateReducer } from '../src/taskpane/state/validateState';
import type { HostStats, HostWorkbook } from '../tools/excel-host';
import { addSheet, createExcelHost, createWorkbook, installGlobals, storeCell } from '../tools/excel-host';
import { bigEmploymentRoster } from './bigRoster';

const ROWS = Number(process.argv[2] ?? 100_000);

/** The roster as a workbook the host serves: values, with the number formats that make dates dates and IDs text. */
function workbookOf(grid: SheetGrid): HostWorkbook {
  const workbook = createWorkbook([], grid.file);
  const sheet = addSheet(workbook, grid.sheet);
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '' || value === null) return;
      const format = grid.numberFormats?.[r]?.[c];
      storeCell(sheet, (grid.rowOffset ?? 0) + r, (grid.columnOffset ?? 0) + c, format && format !== 'General' ? { value, numberFormat: format } : { value });
    }),
  );
  return workbook;
}

interface Figures {
  syncs: number;
  largestRequest: number;
  largestResponse: number;
  ms: number;
}

function figures(stats: HostStats, ms: number): Figures {
  return {
    syncs: stats.syncCount,
    largestRequest: Math.max(0, ...stats.requests.map((r) => r.bytesSent)),
    largestResponse: Math.max(0, ...stats.requests.map((r) => r.bytesReceived)),
    ms,
  };
}

const mb = (bytes: number) => (bytes < 100_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(2)} MB`);

function print(label: string, f: Figures): void {
  console.log(`${label.padEnd(34)} ${String(f.syncs).padStart(5)} syncs  largest request ${mb(f.largestRequest).padStart(9)}  largest response ${mb(f.largestResponse).padStart(9)}  ${(f.ms / 1000).toFixed(2).padStart(7)} s`);
}

async function main(): Promise<void> {
  const roster = bigEmploymentRoster(ROWS);
  const host = createExcelHost(workbookOf(roster.grid));
  installGlobals(host);
  const adapter = createOfficeAdapter();
  // What the pane did when it opened (sheet list, kinds): not part of the button's time.
  await adapter.workbookInfo();
  host.resetStats();

  let state = initialValidateState('2022-07-15');
  let readDoneAt = 0;
  const start = performance.now();
  state = validateReducer(state, { type: 'runStarted' });
  const { report } = await runValidation(
    adapter,
    { rosters: [{ sheet: roster.grid.sheet, kind: 'auto' }], historySheets: [], historyFiles: [], asOf: todaySerial() },
    {
      onProgress: (progress) => {
        if (progress.phase === 'check' && readDoneAt === 0) readDoneAt = performance.now();
        state = validateReducer(state, { type: 'progress', progress });
      },
    },
  );
  state = validateReducer(state, { type: 'runDone', report, at: Date.now() });
  const total = figures(host.stats, performance.now() - start);

  console.log(`pane on the in-memory host: ${ROWS.toLocaleString('en')}-row employment roster, ${state.report?.summary.rows.toLocaleString('en')} persons checked, ${report.findings.length.toLocaleString('en')} findings`);
  print('button -> results (read + check)', total);
  console.log(`${''.padEnd(34)} of which reading ${((readDoneAt - start) / 1000).toFixed(2)} s, engine and state ${((performance.now() - readDoneAt) / 1000).toFixed(2)} s`);

  host.resetStats();
  let t = performance.now();
  const marked = await adapter.markCells(cellMarks(report.findings, roster.grid.file));
  print(`mark ${marked.toLocaleString('en')} cells`, figures(host.stats, performance.now() - t));

  host.resetStats();
  t = performance.now();
  await adapter.clearMarks();
  print('clear marks', figures(host.stats, performance.now() - t));

  host.resetStats();
  t = performance.now();
  await adapter.writeReport(reportTable(report, 'zh'));
  print(`write report (${report.findings.length.toLocaleString('en')} findings)`, figures(host.stats, performance.now() - t));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
