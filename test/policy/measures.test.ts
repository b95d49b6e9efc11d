import {
  employmentSubsidy,
  employmentSubsidyTotal,
  findCounty,
  isoToSerial,
  productionSubsidy,
  travelSubsidy,
  transportClassOf,
  unsalableReward,
  welfarePostSubsidy,
  yuanToFen,
} from '../../src/policy';
import type { Determination } from '../../src/policy';
import { MEASURE_CASES, type MeasureCase } from './measureCases';

function run(c: MeasureCase): Determination {
  switch (c.fn) {
    case 'employmentSubsidy': {
      const county = c.input.county === undefined ? undefined : findCounty(c.input.county);
      if (c.input.county !== undefined && !county) throw new Error(`unknown county in case: ${c.input.county}`);
      return employmentSubsidy({
        hireDate: isoToSerial(c.input.hire),
        monthsWorked: c.input.months,
        monthlyWageFen: yuanToFen(c.input.wage),
        county,
        minimumWageFen: c.input.minimumWage === undefined ? undefined : yuanToFen(c.input.minimumWage),
      });
    }
    case 'employmentSubsidyTotal':
      return employmentSubsidyTotal({ eligibleHires: c.input.hires, alreadyPaidFen: yuanToFen(c.input.alreadyPaid) });
    case 'travelSubsidy': {
      const cls = c.input.transportClass === undefined ? undefined : transportClassOf(c.input.transportClass);
      if (cls && !cls.ok) throw new Error(`unknown class in case: ${c.input.transportClass}`);
      return travelSubsidy({ fareFen: yuanToFen(c.input.fare), contractMonths: c.input.contractMonths, crossProvince: c.input.crossProvince, transportClass: cls?.ok ? cls.id : undefined });
    }
    case 'welfarePostSubsidy':
      return welfarePostSubsidy({ months: c.input.months, monthsAlreadyPaid: c.input.alreadyPaid });
    case 'unsalableReward':
      return unsalableReward({ purchaseFen: yuanToFen(c.input.purchase), alreadyRewardedFen: yuanToFen(c.input.alreadyRewarded) });
    case 'productionSubsidy':
      return productionSubsidy({ personsDriven: c.input.persons, alreadyPaidFen: yuanToFen(c.input.alreadyPaid) });
  }
}

describe.each(MEASURE_CASES)('measure $measure: $name', (c) => {
  const det = run(c);
  it(`pays ${c.yuan} yuan`, () => {
    expect(det.amountFen).toBe(yuanToFen(c.yuan));
    expect(det.measure).toBe(c.measure);
  });
  it(`gives the reasons ${c.reasons.join(', ') || '(none)'}`, () => {
    expect(det.reasons.map((r) => r.code)).toEqual(c.reasons);
  });
  it('is eligible exactly when something is paid', () => {
    expect(det.eligible).toBe(c.yuan > 0);
  });
  it('traces every condition with its parameters and their dates in force', () => {
    expect(det.trace.length).toBeGreaterThan(0);
    for (const step of det.trace) {
      for (const p of step.parameters) {
        expect(p.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(p.citation.document.zh.length).toBeGreaterThan(0);
      }
    }
    expect(det.readings.length).toBeGreaterThan(0);
  });
});

describe('the trace of a failed condition names the values used', () => {
  it('shows the minimum wage in force on the hire date and the wage compared', () => {
    const det = employmentSubsidy({ hireDate: isoToSerial('2021-12-01'), monthsWorked: 4, monthlyWageFen: 150000, county: findCounty('汪清县') });
    const wageStep = det.trace.find((s) => !s.holds);
    expect(wageStep?.inputs).toMatchObject({ monthly_wage: '1,500.00', minimum_wage: '1,540.00', county: '汪清县', tier: 4 });
    expect(wageStep?.parameters[0]).toMatchObject({ id: 'minimum_wage.tier_4', from: '2021-12-01', to: '2025-11-30', value: 154000 });
  });

  it('a hire on the cut-off day fails when the county reads "after" as exclusive', () => {
    const det = employmentSubsidy(
      { hireDate: isoToSerial('2020-01-01'), monthsWorked: 6, monthlyWageFen: 300000, minimumWageFen: 154000 },
      { travelMinContractInclusive: true, employHireCutoffInclusive: false, unsalableRounding: 'down', employerCapOrder: 'hire-date' },
    );
    expect(det.reasons.map((r) => r.code)).toEqual(['HIRE_BEFORE_CUTOFF']);
    expect(det.readings.find((r) => r.id === 'employ_hire_cutoff_inclusive')?.text.en).toMatch(/excludes/);
  });

  it('a contract of exactly 6 months fails when "more than six" is read as exclusive', () => {
    const det = travelSubsidy(
      { fareFen: 50000, contractMonths: 6, crossProvince: true },
      { travelMinContractInclusive: false, employHireCutoffInclusive: true, unsalableRounding: 'down', employerCapOrder: 'hire-date' },
    );
    expect(det.eligible).toBe(false);
    expect(det.reasons[0].code).toBe('CONTRACT_TOO_SHORT');
  });
});
