import type { Finding, ValidationReport } from '../roster/types';
import { FINDING_CODES } from '../roster/findingCodes';
import type { ReadNote } from './readNote';
import { cutForEcho } from './echo';

function findingOf(note: ReadNote): Finding {
  const info = FINDING_CODES[note.code];
  return { ...note, severity: info.severity, field: '', measure: info.measure, related: [] };
}

/** A finding as printed: a value (and a message quoting it) of a huge cell cut to a readable length. */
function cut(f: Finding): Finding {
  if (f.value.length <= 200 && f.message.zh.length <= 400 && f.message.en.length <= 400) return f;
  return { ...f, value: cutForEcho(f.value), message: { zh: cutForEcho(f.message.zh, 400), en: cutForEcho(f.message.en, 400) } };
}

/**
 * The engine's report with the reader's notes added as findings at their cells, and the summary counting them; every
 * echoed value cut to a readable length.
 */
export function withReadFindings(report: ValidationReport, notes: ReadonlyArray<ReadNote>): ValidationReport {
  const added = notes.map(findingOf);
  const findings = [...report.findings, ...added].map(cut);
  const byCode: Record<string, number> = { ...report.summary.byCode };
  let errors = report.summary.errors;
  let warnings = report.summary.warnings;
  for (const f of added) {
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return {
    findings,
    sheets: report.sheets,
    summary: { ...report.summary, errors, warnings, byCode },
    readings: report.readings,
    notes: report.notes,
    get persons() {
      return report.persons;
    },
  };
}
