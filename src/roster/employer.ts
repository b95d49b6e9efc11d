import { parseCreditCode, text, toHalfWidth } from '../policy';
import { isBlankCell, isErrorCell } from './cells';
import type { RowValues } from './personRow';
import type { CountyMemo } from './countyWages';
import type { SheetScope } from './sheetScope';

/**
 * The employer (or entity) of a row, by name and unified social credit code: the code checked (GB 32100), a code
 * outside Jilin flagged for employment (measure 7 pays employers in Jilin), and one key for caps.
 */
export function readEmployer(s: SheetScope, p: RowValues, measure: number, jilinOnly: boolean): void {
  if (s.has('employer')) p.employer = s.text('employer');
  if (s.has('employerCode')) {
    const v = s.raw('employerCode');
    if (v !== undefined && isErrorCell(v, s.cellKind('employerCode'))) {
      s.text('employerCode');
    } else {
      const r = typeof v === 'string' && !isBlankCell(v) ? s.run.creditCode(v) : parseCreditCode(isBlankCell(v ?? null) ? '' : v);
      if (!r.ok) {
        s.emit('EMPLOYER_CODE_INVALID', 'employerCode', s.shown('employerCode'), r.message, undefined, measure);
      } else {
        p.employerCode = r.code;
        if (jilinOnly && !r.inJilin) {
          s.emit(
            'EMPLOYER_NOT_JILIN',
            'employerCode',
            r.code,
            text(
              `统一社会信用代码的登记管理机关代码 ${r.regionCode} 不在吉林省（22开头）；第七条补贴吉林省内用工单位`,
              `the credit code's registration region ${r.regionCode} is not in Jilin (22xxxx); measure 7 pays employers in Jilin`,
            ),
            undefined,
            measure,
          );
        }
      }
    }
  }
  if (p.employer === '' && p.employerCode === '' && s.has('employer') && !s.has('employerCode')) {
    s.emit('VALUE_MISSING', 'employer', '', text(`${s.label('employer').zh}为空`, `${s.label('employer').en} is empty`), undefined, measure);
  }
  p.employerKey = p.employerCode !== '' ? p.employerCode : p.employer !== '' ? `name:${toHalfWidth(p.employer).replace(/\s+/g, '')}` : '';
  p.employerEntry = p.employerKey === '' ? -1 : s.run.employerEntry(p.employerKey);
}

/** The county of the job: the row's county column, else the run's default county; undefined with a finding if unknown. */
export function readCounty(s: SheetScope, measure: number): CountyMemo | undefined {
  if (!s.has('county')) return s.run.defaultCounty;
  const t = s.text('county');
  if (t === '') {
    if (s.run.defaultCounty) return s.run.defaultCounty;
    if (isBlankCell(s.raw('county') ?? null)) {
      s.emit('VALUE_MISSING', 'county', '', text('县（市、区）为空，无法确定当地最低工资标准', 'the county is empty: the local minimum wage cannot be found'), undefined, measure);
    }
    return undefined;
  }
  const county = s.run.county(t);
  if (county === null) {
    s.emit(
      'CATEGORY_INVALID',
      'county',
      t,
      text(`“${t}”不是吉林省的县（市、区），无法确定当地最低工资标准`, `"${t}" is not a county of Jilin: the local minimum wage cannot be found`),
      undefined,
      measure,
    );
    return undefined;
  }
  return county;
}
