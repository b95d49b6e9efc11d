import type { Lang } from '../policy';
import { pick } from '../policy';
import type { JsonReport, ValidationReport } from './types';

/** Exactly the object `jl-roster validate --json` prints: the summary and every finding, messages in `lang`. */
export function toJsonReport(report: ValidationReport, lang: Lang): JsonReport {
  const s = report.summary;
  return {
    readings: { ...report.readings },
    summary: { files: s.files, sheets: s.sheets, rows: s.rows, errors: s.errors, warnings: s.warnings, byCode: { ...s.byCode } },
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      file: f.file,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      field: f.field,
      value: f.value,
      message: pick(f.message, lang),
      measure: f.measure,
      related: f.related.map((r) => ({ file: r.file, sheet: r.sheet, row: r.row })),
    })),
  };
}
