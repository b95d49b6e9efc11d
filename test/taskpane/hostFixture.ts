import { createExcelHost, installGlobals } from '../../tools/excel-host';
import type { ExcelHost, ExcelHostOptions, HostWorkbook } from '../../tools/excel-host';
import type { ExcelAdapter } from '../../src/taskpane/excel/adapter';
import { createOfficeAdapter } from '../../src/taskpane/excel/officeAdapter';

export interface Fixture {
  readonly host: ExcelHost;
  readonly adapter: ExcelAdapter;
  uninstall(): void;
}

/** The real adapter over the in-memory host, installed as the global Excel (as office.js would be). */
export function withHost(workbook: HostWorkbook, options: ExcelHostOptions = {}): Fixture {
  const host = createExcelHost(workbook, options);
  const uninstall = installGlobals(host);
  return { host, adapter: createOfficeAdapter(), uninstall };
}
