/**
 * What every request context of one host shares: the workbook, the limits, the counters, the event hub.
 */
import type { EventHub, HostEventRecord } from './events';
import type { HostSheet, HostValue, HostWorkbook } from './model';

export interface FormulaSite {
  readonly workbook: HostWorkbook;
  readonly sheet: HostSheet;
  readonly row: number;
  readonly col: number;
}

/** Computes the value of a formula written through the API or typed by the user (the preview plugs in JL.*). */
export type FormulaEvaluator = (formula: string, site: FormulaSite) => HostValue | null | undefined;

export interface ExcelHostOptions {
  /**
   * Largest request or response one sync may carry, in bytes of JSON. Excel on the web documents "5 MB";
   * the host uses 5,000,000 bytes, the stricter reading, so code that passes here passes there.
   */
  payloadLimitBytes?: number;
  /** Most cells one range may read in a single load (Excel: 5 million). */
  cellReadLimit?: number;
  evaluateFormula?: FormulaEvaluator;
  /** Office.context.displayLanguage; 'zh-CN' unless told otherwise. */
  displayLanguage?: string;
  /** Simulated round-trip time of each sync, in ms (a macrotask is always yielded so the UI can paint). */
  syncDelayMs?: number;
}

export interface ResolvedOptions {
  readonly payloadLimitBytes: number;
  readonly cellReadLimit: number;
  readonly evaluateFormula?: FormulaEvaluator;
  readonly displayLanguage: string;
  readonly syncDelayMs: number;
}

export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5_000_000;
export const DEFAULT_CELL_READ_LIMIT = 5_000_000;

export function resolveOptions(options: ExcelHostOptions = {}): ResolvedOptions {
  return {
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
    cellReadLimit: options.cellReadLimit ?? DEFAULT_CELL_READ_LIMIT,
    evaluateFormula: options.evaluateFormula,
    displayLanguage: options.displayLanguage ?? 'zh-CN',
    syncDelayMs: options.syncDelayMs ?? 0,
  };
}

/** One round trip to Excel. */
export interface HostRequestStat {
  /** JSON bytes of the queued statements. */
  bytesSent: number;
  /** JSON bytes of the loaded results (0 when the request was rejected before running). */
  bytesReceived: number;
  /** Error code when the sync failed. */
  rejected?: string;
}

export interface HostStats {
  /** Round trips: context.sync() calls (explicit, or the one Excel.run makes at the end) with queued statements. */
  syncCount: number;
  requests: HostRequestStat[];
  /** Largest bytesSent or bytesReceived so far. */
  largestPayloadBytes: number;
  /** Excel.run calls. */
  runCount: number;
}

export function emptyStats(): HostStats {
  return { syncCount: 0, requests: [], largestPayloadBytes: 0, runCount: 0 };
}

export interface HostState {
  readonly workbook: HostWorkbook;
  readonly options: ResolvedOptions;
  readonly stats: HostStats;
  readonly events: EventHub;
  /** Called after a sync or a user action changed the workbook or raised events. */
  afterChange(events: readonly HostEventRecord[], changed: boolean): void;
}
