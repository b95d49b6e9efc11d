/**
 * Policy tests as data (as OpenFisca's YAML tests): each case names its measure, its inputs in the clerk's units
 * (yuan, ISO dates, counties by name) and the amount and reasons MEASURES.md gives, worked by hand.
 */
export type MeasureCase =
  | { name: string; measure: 7; fn: 'employmentSubsidy'; input: { hire: string; months: number; wage: number; county?: string; minimumWage?: number }; yuan: number; reasons: string[] }
  | { name: string; measure: 7; fn: 'employmentSubsidyTotal'; input: { hires: number; alreadyPaid: number }; yuan: number; reasons: string[] }
  | { name: string; measure: 6; fn: 'travelSubsidy'; input: { fare: number; contractMonths: number; crossProvince: boolean; transportClass?: string }; yuan: number; reasons: string[] }
  | { name: string; measure: 9; fn: 'welfarePostSubsidy'; input: { months: number; alreadyPaid: number }; yuan: number; reasons: string[] }
  | { name: string; measure: 10; fn: 'unsalableReward'; input: { purchase: number; alreadyRewarded: number }; yuan: number; reasons: string[] }
  | { name: string; measure: 3; fn: 'productionSubsidy'; input: { persons: number; alreadyPaid: number }; yuan: number; reasons: string[] };

export const MEASURE_CASES: MeasureCase[] = [
  // Measure 7, one person. 汪清县 is tier 4 under the 2017 and 2021 standards: 1,480 then 1,540 from 2021-12-01.
  { name: 'hired the day before the cut-off', measure: 7, fn: 'employmentSubsidy', input: { hire: '2019-12-31', months: 6, wage: 2000, county: '汪清县' }, yuan: 0, reasons: ['HIRE_BEFORE_CUTOFF'] },
  { name: 'hired on the cut-off day', measure: 7, fn: 'employmentSubsidy', input: { hire: '2020-01-01', months: 6, wage: 2000, county: '汪清县' }, yuan: 1600, reasons: [] },
  { name: 'wage 1,500 the day before the 2021 standard (minimum 1,480)', measure: 7, fn: 'employmentSubsidy', input: { hire: '2021-11-30', months: 4, wage: 1500, county: '汪清' }, yuan: 1600, reasons: [] },
  { name: 'wage 1,500 on the first day of the 2021 standard (minimum 1,540)', measure: 7, fn: 'employmentSubsidy', input: { hire: '2021-12-01', months: 4, wage: 1500, county: '汪清' }, yuan: 0, reasons: ['WAGE_BELOW_MIN'] },
  { name: 'wage exactly at the minimum', measure: 7, fn: 'employmentSubsidy', input: { hire: '2022-05-01', months: 3, wage: 1540, county: '222424' }, yuan: 1600, reasons: [] },
  { name: 'wage one fen below the minimum', measure: 7, fn: 'employmentSubsidy', input: { hire: '2022-05-01', months: 3, wage: 1539.99, county: '汪清县' }, yuan: 0, reasons: ['WAGE_BELOW_MIN'] },
  { name: '延吉市 was tier 3 (1,580) in 2017 and tier 2 (1,760) from 2021-12-01', measure: 7, fn: 'employmentSubsidy', input: { hire: '2022-03-01', months: 5, wage: 1700, county: '延吉市' }, yuan: 0, reasons: ['WAGE_BELOW_MIN'] },
  { name: '延吉市 in 2021 before the change', measure: 7, fn: 'employmentSubsidy', input: { hire: '2021-06-01', months: 5, wage: 1700, county: '延吉' }, yuan: 1600, reasons: [] },
  { name: 'months just under 3', measure: 7, fn: 'employmentSubsidy', input: { hire: '2022-03-01', months: 2, wage: 3000, county: '长春市南关区' }, yuan: 0, reasons: ['MONTHS_BELOW_MIN'] },
  { name: 'minimum wage given directly instead of a county', measure: 7, fn: 'employmentSubsidy', input: { hire: '2022-03-01', months: 3, wage: 1800, minimumWage: 1880 }, yuan: 0, reasons: ['WAGE_BELOW_MIN'] },
  { name: 'every condition fails: every reason given', measure: 7, fn: 'employmentSubsidy', input: { hire: '2019-06-01', months: 1, wage: 1000, county: '农安县' }, yuan: 0, reasons: ['HIRE_BEFORE_CUTOFF', 'MONTHS_BELOW_MIN', 'WAGE_BELOW_MIN'] },
  // Measure 7, the employer: min(1,600 × hires, 50,000 − already paid).
  { name: '31 hires: 49,600, under the cap', measure: 7, fn: 'employmentSubsidyTotal', input: { hires: 31, alreadyPaid: 0 }, yuan: 49600, reasons: [] },
  { name: '32 hires: 51,200 capped to 50,000', measure: 7, fn: 'employmentSubsidyTotal', input: { hires: 32, alreadyPaid: 0 }, yuan: 50000, reasons: ['CAPPED'] },
  { name: '2 more hires when 48,400 was paid: only 1,600 left', measure: 7, fn: 'employmentSubsidyTotal', input: { hires: 2, alreadyPaid: 48400 }, yuan: 1600, reasons: ['CAPPED'] },
  { name: 'cap already reached', measure: 7, fn: 'employmentSubsidyTotal', input: { hires: 3, alreadyPaid: 50000 }, yuan: 0, reasons: ['CAP_REACHED'] },
  { name: 'paid more than the cap before: never below 0', measure: 7, fn: 'employmentSubsidyTotal', input: { hires: 3, alreadyPaid: 60000 }, yuan: 0, reasons: ['CAP_REACHED'] },
  { name: 'no hires', measure: 7, fn: 'employmentSubsidyTotal', input: { hires: 0, alreadyPaid: 0 }, yuan: 0, reasons: ['NOTHING_CLAIMED'] },
  // Measure 3: min(800 × persons, 100,000 − already paid).
  { name: '124 persons: 99,200', measure: 3, fn: 'productionSubsidy', input: { persons: 124, alreadyPaid: 0 }, yuan: 99200, reasons: [] },
  { name: '125 persons: exactly 100,000', measure: 3, fn: 'productionSubsidy', input: { persons: 125, alreadyPaid: 0 }, yuan: 100000, reasons: [] },
  { name: '126 persons: 100,800 capped to 100,000', measure: 3, fn: 'productionSubsidy', input: { persons: 126, alreadyPaid: 0 }, yuan: 100000, reasons: ['CAPPED'] },
  { name: '10 persons after 95,000 paid', measure: 3, fn: 'productionSubsidy', input: { persons: 10, alreadyPaid: 95000 }, yuan: 5000, reasons: ['CAPPED'] },
  // Measure 10: min(10% rounded down to the fen, 50,000 − already rewarded).
  { name: 'a purchase of exactly 500,000: 50,000', measure: 10, fn: 'unsalableReward', input: { purchase: 500000, alreadyRewarded: 0 }, yuan: 50000, reasons: [] },
  { name: 'a purchase of 500,000.01: 10% is 50,000.001, rounded down', measure: 10, fn: 'unsalableReward', input: { purchase: 500000.01, alreadyRewarded: 0 }, yuan: 50000, reasons: [] },
  { name: 'a purchase of 600,000: capped', measure: 10, fn: 'unsalableReward', input: { purchase: 600000, alreadyRewarded: 0 }, yuan: 50000, reasons: ['CAPPED'] },
  { name: '10% of 123.45 is 12.345: rounded down to 12.34', measure: 10, fn: 'unsalableReward', input: { purchase: 123.45, alreadyRewarded: 0 }, yuan: 12.34, reasons: [] },
  { name: '100,000 after 45,000 rewarded: 5,000 left', measure: 10, fn: 'unsalableReward', input: { purchase: 100000, alreadyRewarded: 45000 }, yuan: 5000, reasons: ['CAPPED'] },
  // Measure 9: 1,000 × min(months, 3 − already paid).
  { name: '3 months', measure: 9, fn: 'welfarePostSubsidy', input: { months: 3, alreadyPaid: 0 }, yuan: 3000, reasons: [] },
  { name: 'the 4th month is not paid', measure: 9, fn: 'welfarePostSubsidy', input: { months: 4, alreadyPaid: 0 }, yuan: 3000, reasons: ['MONTHS_CAPPED'] },
  { name: 'a 4th month after 3 paid', measure: 9, fn: 'welfarePostSubsidy', input: { months: 1, alreadyPaid: 3 }, yuan: 0, reasons: ['WELFARE_MONTHS_OVER_LIMIT'] },
  { name: '2 months after 2 paid: 1 left', measure: 9, fn: 'welfarePostSubsidy', input: { months: 2, alreadyPaid: 2 }, yuan: 1000, reasons: ['MONTHS_CAPPED'] },
  // Measure 6: min(fare, 1,600) for a contract of 6 months or more, cross-province, allowed class.
  { name: 'a contract of exactly 6 months', measure: 6, fn: 'travelSubsidy', input: { fare: 980, contractMonths: 6, crossProvince: true }, yuan: 980, reasons: [] },
  { name: 'a contract of 5 months (one day short of 6)', measure: 6, fn: 'travelSubsidy', input: { fare: 980, contractMonths: 5, crossProvince: true }, yuan: 0, reasons: ['CONTRACT_TOO_SHORT'] },
  { name: 'a fare above the cap', measure: 6, fn: 'travelSubsidy', input: { fare: 2380.5, contractMonths: 12, crossProvince: true, transportClass: '经济舱' }, yuan: 1600, reasons: ['CAPPED'] },
  { name: 'a job inside Jilin', measure: 6, fn: 'travelSubsidy', input: { fare: 300, contractMonths: 12, crossProvince: false }, yuan: 0, reasons: ['NOT_CROSS_PROVINCE'] },
  { name: 'a soft sleeper is not an allowed class', measure: 6, fn: 'travelSubsidy', input: { fare: 900, contractMonths: 12, crossProvince: true, transportClass: '软卧' }, yuan: 0, reasons: ['TRANSPORT_CLASS_NOT_ALLOWED'] },
  { name: 'high-speed second class is allowed', measure: 6, fn: 'travelSubsidy', input: { fare: 1234.56, contractMonths: 8, crossProvince: true, transportClass: '高铁二等座' }, yuan: 1234.56, reasons: [] },
];
