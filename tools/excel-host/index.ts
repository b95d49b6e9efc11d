/**
 * The in-memory Excel host, shared by jest tests and the browser preview.
 * loadXlsx lives in './loadXlsx' (it brings in ExcelJS); everything else is here.
 */
export { createExcelHost, installGlobals } from './host';
export type { Batch, ExcelHost, HostExcelNamespace, HostOfficeExtensionNamespace, HostUser } from './host';
export type { ExcelHostOptions, FormulaEvaluator, FormulaSite, HostRequestStat, HostStats } from './state';
export { DEFAULT_CELL_READ_LIMIT, DEFAULT_PAYLOAD_LIMIT_BYTES } from './state';
export { HostRequestContext } from './context';
export { HostError, HostErrorCode } from './errors';
export { fromArrays } from './fromArrays';
export type { CellSpec, SheetSpec, WorkbookSpecOptions } from './fromArrays';
export { snapshotCells, snapshotFormats } from './snapshot';
export type { CellContentSnapshot, CellFormatSnapshot, SheetSnapshot, WorkbookSnapshot } from './snapshot';
export { createWorkbook, addSheet, sheetByName, cellAt, storeCell } from './model';
export type {
  HostBorder, HostCell, HostCellFormat, HostChart, HostComment, HostErrorValue, HostFont, HostHyperlink, HostSheet, HostValue,
  HostWorkbook,
} from './model';
export { boxAddress, cellAddress, columnIndex, columnLetter, parseAddress, qualifiedAddress } from './a1';
export type { Box, ParsedAddress } from './a1';
export { serialFromDate, serialFromYmd } from './cellValues';
export { displayText } from './displayText';
