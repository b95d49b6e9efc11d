import type { Lang } from '../policy';
import { maskPersonal, pick } from '../policy';
import type { JsonReport, ValidationReport } from './types';

/**
 * Exactly the object `jl-roster validate --json` prints: the summary and every finding, messages in `lang`; a file or
 * sheet named by an ID is shown masked (values and messages are masked when the finding is made).
 */
export function toJsonReport(report: ValidationReport, lang: Lang): JsonReport {
  const s = report.summary;
  return {
    readings: { ...report.readings },
    summary: { files: s.files, sheets: s.sheets, rows: s.rows, errors: s.errors, warnings: s.warnings, byCode: { ...s.byCode } },
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      file: maskPersonal(f.file),
      sheet: maskPersonal(f.sheet),
      row: f.row,
      column: f.column,
      field: f.field,
      value: f.value,
      message: pick(f.message, lang),
      measure: f.measure,
      related: f.related.map((r) => ({ file: maskPersonal(r.file), sheet: maskPersonal(r.sheet), row: r.row })),
    })),
  };
}
