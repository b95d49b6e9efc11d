import type { Determination, Fen, ReadingValues } from '../policy';
import {
  employmentSubsidy,
  employmentSubsidyFen,
  employmentSubsidyTotal,
  employmentSubsidyTotalFen,
  explain,
  fenToYuan,
  formatDate,
  loanDue,
  loanDueDate,
  productionSubsidy,
  productionSubsidyFen,
  travelSubsidy,
  travelSubsidyFen,
  unsalableReward,
  unsalableRewardFen,
  welfarePostSubsidy,
  welfarePostSubsidyFen,
} from '../policy';
import type { ArgumentReader } from './argumentReader';
import type { FunctionDefinition } from './functionDefinition';

const WHOLE = true;
const FRACTION_ALLOWED = false;

/**
 * A measure as a JL function: its arguments read once into the measure's input, then either the value path (the
 * amount in yuan) or the explaining path (the determination, explained). Arguments are read in order (object
 * properties evaluate in source order), so the first bad one is reported.
 */
function measure<I>(
  args: ReadonlyArray<string>,
  read: (a: ArgumentReader) => I,
  value: (input: I, readings: ReadingValues) => Fen,
  determine: (input: I, readings: ReadingValues) => Determination,
): FunctionDefinition {
  return {
    args,
    value: (a) => fenToYuan(value(read(a), a.readings)),
    evaluate: (a) => {
      const determination = determine(read(a), a.readings);
      return { value: fenToYuan(determination.amountFen), determination, explain: (lang) => explain(determination, lang) };
    },
  };
}

const readLoan = (a: ArgumentReader) => ({ dueDate: a.date(0), extensionMonths: a.count(1, WHOLE), claimDate: a.claimDate });

/** The issue makes an extension past the limit an input error of extension_months, not a 0 result. */
function loanDueOrFail(a: ArgumentReader, determination: ReturnType<typeof loanDue>): number {
  if (determination.newDueDate === undefined) return a.fail(1, 'EXTENSION_TOO_LONG', determination.reasons[0].message);
  return determination.newDueDate;
}

export const MEASURE_FUNCTIONS = {
  EMPLOY_SUBSIDY: measure(
    ['hire_date', 'months_worked', 'monthly_wage', 'county_or_min_wage'],
    (a) => {
      // Built field by field, not by spreading the county-or-wage object: a spread is a measurable share of a call.
      const hireDate = a.date(0);
      const monthsWorked = a.count(1, FRACTION_ALLOWED);
      const monthlyWageFen = a.money(2);
      const place = a.countyOrMinimumWage(3);
      return { hireDate, monthsWorked, monthlyWageFen, county: place.county, minimumWageFen: place.minimumWageFen, claimDate: a.claimDate };
    },
    employmentSubsidyFen,
    employmentSubsidy,
  ),
  EMPLOY_SUBSIDY_TOTAL: measure(
    ['eligible_hires', 'already_paid'],
    (a) => ({ eligibleHires: a.count(0, WHOLE), alreadyPaidFen: a.optionalMoney(1, 0), hireDate: a.claimDate }),
    employmentSubsidyTotalFen,
    employmentSubsidyTotal,
  ),
  TRAVEL_SUBSIDY: measure(
    ['round_trip_fare', 'contract_months', 'cross_province', 'transport_class'],
    (a) => ({
      fareFen: a.money(0),
      contractMonths: a.count(1, FRACTION_ALLOWED),
      crossProvince: a.optionalBoolean(2, true),
      transportClass: a.optionalTransportClass(3),
      claimDate: a.claimDate,
    }),
    travelSubsidyFen,
    travelSubsidy,
  ),
  WELFARE_POST_SUBSIDY: measure(
    ['months', 'months_already_paid'],
    // Months are whole (reading welfare_whole_months): a fraction is an input error, not rounded silently.
    (a) => ({ months: a.count(0, WHOLE), monthsAlreadyPaid: a.optionalCount(1, WHOLE, 0), claimDate: a.claimDate }),
    welfarePostSubsidyFen,
    welfarePostSubsidy,
  ),
  UNSALABLE_REWARD: measure(
    ['purchase_amount', 'already_rewarded'],
    (a) => ({ purchaseFen: a.money(0), alreadyRewardedFen: a.optionalMoney(1, 0), claimDate: a.claimDate }),
    unsalableRewardFen,
    unsalableReward,
  ),
  PRODUCTION_SUBSIDY: measure(
    ['persons_driven', 'already_paid'],
    (a) => ({ personsDriven: a.count(0, WHOLE), alreadyPaidFen: a.optionalMoney(1, 0), claimDate: a.claimDate }),
    productionSubsidyFen,
    productionSubsidy,
  ),
  LOAN_DUE: {
    args: ['due_date', 'extension_months'],
    value: (a) => {
      const input = readLoan(a);
      return loanDueDate(input) ?? loanDueOrFail(a, loanDue(input, a.readings));
    },
    evaluate: (a) => {
      const determination = loanDue(readLoan(a), a.readings);
      const newDueDate = loanDueOrFail(a, determination);
      return { value: newDueDate, determination, explain: (lang) => explain(determination, lang, formatDate(newDueDate)) };
    },
  },
} satisfies Record<string, FunctionDefinition>;
