import { formatDate } from '../../policy';
import { detectTable } from '../../roster';
import type { SheetGrid } from '../../roster/sheetGrid';
import type { Finding, RowRef, ValidationReport } from '../../roster/types';
import { REGISTER_HEADERS, rowSource } from './registerPlan';

/** A batch of this very roster found in the register: registered, not claimed twice. */
export interface EarlierBatch {
  readonly batch: string;
  /** 发放日期 as the clerk reads it. */
  readonly date: string;
  readonly count: number;
}

interface RegisterRow {
  readonly source: string;
  readonly batch: string;
  readonly date: string;
}

/** The register row a finding's related reference points at, with its 来源, 批次 and 发放日期. */
function registerRowAt(history: ReadonlyArray<SheetGrid>, ref: RowRef): RegisterRow | undefined {
  const grid = history.find((g) => g.file === ref.file && g.sheet === ref.sheet);
  if (!grid) return undefined;
  const layout = detectTable(grid);
  if (!('columns' in layout) || layout.columns.source === undefined) return undefined;
  const row = grid.values[ref.row - 1 - (grid.rowOffset ?? 0)];
  if (!row) return undefined;
  const header = grid.values[layout.headerEnd] ?? [];
  const batchColumn = header.findIndex((h) => h === REGISTER_HEADERS[REGISTER_HEADERS.length - 1]);
  const dateColumn = layout.columns.payDate;
  const date = dateColumn === undefined ? '' : row[dateColumn];
  return {
    source: String(row[layout.columns.source] ?? ''),
    batch: batchColumn < 0 ? '' : String(row[batchColumn] ?? ''),
    date: typeof date === 'number' ? formatDate(date) : String(date ?? ''),
  };
}

/**
 * Validating a roster right after 登记为已发放 finds every person in the register: those are the rows registered
 * from this very roster (the register's 来源 names this row), not second claims. They leave the errors and are
 * reported once per batch as information (本批已于 … 登记); a row registered from elsewhere stays DUPLICATE_PAID.
 */
export function separateRegisteredClaims(report: ValidationReport, history: ReadonlyArray<SheetGrid>): { report: ValidationReport; earlier: EarlierBatch[] } {
  const batches = new Map<string, EarlierBatch>();
  const kept: Finding[] = [];
  for (const f of report.findings) {
    const rows = f.code === 'DUPLICATE_PAID' && f.related.length > 0 ? f.related.map((r) => registerRowAt(history, r)) : [];
    const own = rows.length > 0 && rows.every((r) => r !== undefined && r.source === rowSource(f));
    if (!own) {
      kept.push(f);
      continue;
    }
    const first = rows[0]!;
    const key = `${first.batch}\u0000${first.date}`;
    const seen = batches.get(key);
    batches.set(key, { batch: first.batch, date: first.date, count: (seen?.count ?? 0) + 1 });
  }
  if (kept.length === report.findings.length) return { report, earlier: [] };
  const byCode: Record<string, number> = {};
  for (const f of kept) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const summary = {
    ...report.summary,
    errors: kept.filter((f) => f.severity === 'error').length,
    warnings: kept.filter((f) => f.severity === 'warning').length,
    byCode,
  };
  return { report: { ...report, findings: kept, summary }, earlier: [...batches.values()] };
}
