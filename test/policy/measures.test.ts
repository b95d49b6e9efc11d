import { DEFAULT_READINGS, employmentSubsidy, findCounty, isoToSerial, travelSubsidy, withReading } from '../../src/policy';
import type { ReadingValues } from '../../src/policy';

const CLAIM = isoToSerial('2022-06-30');

function readings(id: string, option: string): ReadingValues {
  const r = withReading(DEFAULT_READINGS, id, option);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('the trace of a failed condition names the values used', () => {
  it('shows the minimum wage in force on the hire date and the wage compared', () => {
    const det = employmentSubsidy({ hireDate: isoToSerial('2021-12-01'), monthsWorked: 4, monthlyWageFen: 150000, county: findCounty('汪清县'), claimDate: CLAIM }, DEFAULT_READINGS);
    const wageStep = det.trace.find((s) => !s.holds);
    expect(wageStep?.inputs).toMatchObject({ monthly_wage: '1,500.00', minimum_wage: '1,540.00', county: '汪清县', tier: 4 });
    expect(wageStep?.parameters[0]).toMatchObject({ id: 'minimum_wage.2021.tier_4', from: '2021-12-01', to: '2025-11-30', value: 154000 });
  });

  it('a hire on the cut-off day fails when the county reads "after" as exclusive, and the reading says so', () => {
    const det = employmentSubsidy(
      { hireDate: isoToSerial('2020-01-01'), monthsWorked: 6, monthlyWageFen: 300000, minimumWageFen: 154000, claimDate: CLAIM },
      readings('employ_hire_cutoff_inclusive', 'exclusive'),
    );
    expect(det.reasons.map((r) => r.code)).toEqual(['HIRE_BEFORE_CUTOFF']);
    const reading = det.readings.find((r) => r.id === 'employ_hire_cutoff_inclusive');
    expect(reading).toMatchObject({ option: 'exclusive', isDefault: false });
    expect(reading?.text.en).toBe('"after 2020-01-01" excludes that day');
  });

  it('a contract of exactly 6 months fails when "more than six" is read as exclusive; the reading text carries the parameter', () => {
    const det = travelSubsidy({ fareFen: 50000, contractMonths: 6, crossProvince: true, claimDate: CLAIM }, readings('travel_min_contract_inclusive', 'exclusive'));
    expect(det.eligible).toBe(false);
    expect(det.reasons[0].code).toBe('CONTRACT_TOO_SHORT');
    expect(det.readings.find((r) => r.id === 'travel_min_contract_inclusive')?.text.zh).toBe('“6 个月以上”不含本数，须多于该期限');
  });

  it('a claim before the measures were issued has no value in force, and says so', () => {
    const det = travelSubsidy({ fareFen: 50000, contractMonths: 12, crossProvince: true, claimDate: isoToSerial('2022-03-31') }, DEFAULT_READINGS);
    expect(det.amountFen).toBe(0);
    expect(det.reasons.map((r) => r.code)).toEqual(['NOT_IN_FORCE']);
    expect(det.reasons[0].message.zh).toContain('2022-03-31');
  });
});
