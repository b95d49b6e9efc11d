import type { Text } from '../policy';
import { maskPersonal, text } from '../policy';
import { FINDING_CODES } from './findingCodes';
import type { FieldId, Finding, FindingCode, RowRef } from './types';

const NO_RELATED: ReadonlyArray<RowRef> = Object.freeze([]);

/**
 * The last guard before a finding leaves the engine: a long run of digits is masked in its value and messages even
 * when it stands in a column that should hold none (an ID typed under 月工资), so no ID or account is written out.
 */
function maskText(t: Text): Text {
  const zh = maskPersonal(t.zh);
  const en = maskPersonal(t.en);
  return zh === t.zh && en === t.en ? t : text(zh, en);
}

/** Collects findings with what is needed to list them in sheet, row and column order at the end. */
export class FindingSink {
  private readonly findings: Finding[] = [];
  private readonly keys: number[][] = [];
  readonly byCode: Record<string, number> = {};
  errors = 0;
  warnings = 0;

  add(
    code: FindingCode,
    at: { readonly file: string; readonly sheet: string; readonly order: number },
    row: number,
    column: string,
    columnIndex: number,
    field: FieldId | '',
    value: string,
    message: Text,
    related: ReadonlyArray<RowRef> = NO_RELATED,
    measure?: number | null,
  ): Finding {
    const info = FINDING_CODES[code];
    const finding: Finding = {
      code,
      severity: info.severity,
      file: at.file,
      sheet: at.sheet,
      row,
      column,
      field,
      value: maskPersonal(value),
      message: maskText(message),
      measure: measure === undefined ? info.measure : measure,
      related,
    };
    this.keys.push([at.order, row, columnIndex, this.findings.length]);
    this.findings.push(finding);
    this.byCode[code] = (this.byCode[code] ?? 0) + 1;
    if (info.severity === 'error') this.errors++;
    else this.warnings++;
    return finding;
  }

  /** Sheet by sheet (in the order given), then row, then column: the order a clerk works through them. */
  sorted(): Finding[] {
    const order = this.keys.map((_, i) => i);
    const k = this.keys;
    order.sort((a, b) => k[a][0] - k[b][0] || k[a][1] - k[b][1] || k[a][2] - k[b][2] || k[a][3] - k[b][3]);
    return order.map((i) => this.findings[i]);
  }
}
