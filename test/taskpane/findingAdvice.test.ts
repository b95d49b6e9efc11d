import { parseCreditCode, parseResidentId } from '../../src/policy';
import { ALL_FINDING_CODES } from '../../src/roster/findingCodes';
import { findingAdvice } from '../../src/roster/findingAdvice';
import type { Finding, FindingCode } from '../../src/roster/types';

const finding = (code: FindingCode, over: Partial<Finding> = {}): Finding => ({
  code,
  severity: 'error',
  file: 'a.xlsx',
  sheet: '花名册',
  row: 12,
  column: 'C',
  field: 'id',
  value: '',
  message: { zh: '', en: '' },
  measure: null,
  related: [],
  ...over,
});

describe('what to do next, per finding code', () => {
  it('has a step in both languages for every code, English without full-width punctuation', () => {
    for (const code of ALL_FINDING_CODES) {
      const advice = findingAdvice(finding(code));
      expect(advice.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(advice.en).toMatch(/^[A-Z]/);
      expect({ code, en: advice.en }).toEqual({ code, en: expect.not.stringMatching(/[，。：；（）、]/) });
    }
  });

  it('sends a check-digit error back to the ID card, never to a digit that would pass', () => {
    expect(findingAdvice(finding('ID_CHECKSUM')).zh).toBe('号码至少有一位录入有误，请对照身份证原件逐位核对。');
    // 11010519491231002X is valid (GB 11643 example); its last character changed to 1 fails the check.
    const parsed = parseResidentId('110105194912310021');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message.zh).toContain('逐位核对');
      expect(parsed.message.zh).not.toMatch(/应为|X/);
      expect(parsed.message.en).not.toMatch(/should be|\bX\b/);
    }
    const code = parseCreditCode('91350100M000100Y44');
    expect(code.ok).toBe(false);
    if (!code.ok) expect(code.message.zh).not.toMatch(/应为\s*[0-9A-Z]/);
  });

  it('names the other rows of a duplicate and the row to keep', () => {
    const dup = finding('DUPLICATE_IN_ROSTER', {
      row: 9,
      related: [
        { file: 'a.xlsx', sheet: '花名册', row: 5 },
        { file: 'b.xlsx', sheet: '花名册', row: 7 },
      ],
    });
    const advice = findingAdvice(dup, { keeper: { file: 'a.xlsx', sheet: '花名册', row: 5 } });
    expect(advice.zh).toBe('与第 5 行、b.xlsx / 花名册 第 7 行为同一人。一次性补贴每人只发一次：保留第 5 行（第一条符合条件的申报），其余行从本批剔除。');
    expect(advice.en).toContain('row 5 and b.xlsx / 花名册 row 7');
    expect(findingAdvice(dup, { keeper: { file: 'a.xlsx', sheet: '花名册', row: 9 } }).zh).toContain('保留本行');
  });

  it('tells a hire before the cut-off to leave the batch or check the date', () => {
    expect(findingAdvice(finding('HIRE_BEFORE_CUTOFF')).zh).toBe('不符合条件，请从本批剔除或核实入职日期。');
  });
});
