import type { Determination } from '../policy';
import {
  employmentSubsidy,
  employmentSubsidyTotal,
  explain,
  fenToYuan,
  formatDate,
  loanDue,
  productionSubsidy,
  travelSubsidy,
  unsalableReward,
  welfarePostSubsidy,
} from '../policy';
import type { Evaluation, FunctionDefinition } from './functionDefinition';

/** A measure's amount in yuan (0 when not eligible), explained by its determination. */
function amountOf(determination: Determination): Evaluation {
  return { value: fenToYuan(determination.amountFen), determination, explain: (lang) => explain(determination, lang) };
}

const WHOLE = true;
const FRACTION_ALLOWED = false;

// Arguments are read in order (object properties evaluate in source order), so the first bad one is reported.
export const MEASURE_FUNCTIONS = {
  EMPLOY_SUBSIDY: {
    args: ['hire_date', 'months_worked', 'monthly_wage', 'county_or_min_wage'],
    evaluate: (a) =>
      amountOf(
        employmentSubsidy({
          hireDate: a.date(0),
          monthsWorked: a.count(1, FRACTION_ALLOWED),
          monthlyWageFen: a.money(2),
          ...a.countyOrMinimumWage(3),
        }),
      ),
  },
  EMPLOY_SUBSIDY_TOTAL: {
    args: ['eligible_hires', 'already_paid'],
    evaluate: (a) => amountOf(employmentSubsidyTotal({ eligibleHires: a.count(0, WHOLE), alreadyPaidFen: a.optionalMoney(1, 0) })),
  },
  TRAVEL_SUBSIDY: {
    args: ['round_trip_fare', 'contract_months', 'cross_province', 'transport_class'],
    evaluate: (a) =>
      amountOf(
        travelSubsidy({
          fareFen: a.money(0),
          contractMonths: a.count(1, FRACTION_ALLOWED),
          crossProvince: a.optionalBoolean(2, true),
          transportClass: a.optionalTransportClass(3),
        }),
      ),
  },
  WELFARE_POST_SUBSIDY: {
    args: ['months', 'months_already_paid'],
    // MEASURES.md: months are whole; a fraction is an input error, not rounded silently.
    evaluate: (a) => amountOf(welfarePostSubsidy({ months: a.count(0, WHOLE), monthsAlreadyPaid: a.optionalCount(1, WHOLE, 0) })),
  },
  UNSALABLE_REWARD: {
    args: ['purchase_amount', 'already_rewarded'],
    evaluate: (a) => amountOf(unsalableReward({ purchaseFen: a.money(0), alreadyRewardedFen: a.optionalMoney(1, 0) })),
  },
  PRODUCTION_SUBSIDY: {
    args: ['persons_driven', 'already_paid'],
    evaluate: (a) => amountOf(productionSubsidy({ personsDriven: a.count(0, WHOLE), alreadyPaidFen: a.optionalMoney(1, 0) })),
  },
  LOAN_DUE: {
    args: ['due_date', 'extension_months'],
    evaluate: (a) => {
      const determination = loanDue({ dueDate: a.date(0), extensionMonths: a.count(1, WHOLE) });
      // The issue makes an extension past the limit an input error of extension_months, not a 0 result.
      if (determination.newDueDate === undefined) {
        const reason = determination.reasons[0];
        return a.fail(1, 'EXTENSION_TOO_LONG', reason.message);
      }
      const newDueDate = determination.newDueDate;
      return { value: newDueDate, determination, explain: (lang) => explain(determination, lang, formatDate(newDueDate)) };
    },
  },
} satisfies Record<string, FunctionDefinition>;
