import { DEFAULT_READINGS, employmentSubsidy, explain, findCounty, isoToSerial, loanDue, welfarePostSubsidy } from '../../src/policy';

const CLAIM = isoToSerial('2022-06-30');

describe('explanations', () => {
  const det = employmentSubsidy({ hireDate: isoToSerial('2021-12-01'), monthsWorked: 4, monthlyWageFen: 150000, county: findCounty('汪清县'), claimDate: CLAIM }, DEFAULT_READINGS);
  it('says the result, the failed condition with its values, the parameters with dates, the measure and the readings (Chinese)', () => {
    const s = explain(det, 'zh');
    expect(s).toContain('JL.EMPLOY_SUBSIDY = 0.00 元（不符合条件）');
    expect(s).toContain('✗ 月工资不低于当地最低工资标准');
    expect(s).toContain('minimum_wage=1,540.00');
    expect(s).toContain('2021-12-01 起至 2025-11-30施行');
    expect(s).toContain('第七条');
    expect(s).toContain('[employ_minimum_wage_basis=job-county-on-hire-date]');
    expect(s).toContain('按入职日期取值');
    expect(s).not.toMatch(/MEASURES\.md|\.csv/);
  });
  it('in English', () => {
    const s = explain(det, 'en');
    expect(s).toContain('not eligible');
    expect(s).toContain('in force from 2021-12-01 to 2025-11-30');
    expect(s).toContain('Readings taken');
  });
  it('names the reading that made the 4th welfare month unpaid', () => {
    expect(explain(welfarePostSubsidy({ months: 4, monthsAlreadyPaid: 0, claimDate: CLAIM }, DEFAULT_READINGS), 'en')).toContain('cumulative per person');
  });
});

describe('loanDue (measure 4)', () => {
  it('moves the due date by whole months, clamped', () => {
    expect(loanDue({ dueDate: isoToSerial('2022-08-31'), extensionMonths: 6, claimDate: CLAIM }, DEFAULT_READINGS).newDueDate).toBe(isoToSerial('2023-02-28'));
  });
  it('more than 6 months is not allowed', () => {
    const d = loanDue({ dueDate: isoToSerial('2022-08-31'), extensionMonths: 7, claimDate: CLAIM }, DEFAULT_READINGS);
    expect(d.eligible).toBe(false);
    expect(d.newDueDate).toBeUndefined();
    expect(d.reasons[0].code).toBe('EXTENSION_TOO_LONG');
  });
});
