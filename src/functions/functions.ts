// The JL.* custom functions as Excel sees them. Ids and arguments are a contract with the clerks' workbooks:
// never rename or reorder them once shipped. functions.json is generated from the JSDoc below (English); the
// Chinese names live in functions.zh-CN.json. Amounts are written {parameter.id}: the build fills them from the policy
// data (scripts/fill-descriptions.js). custom-functions-metadata-plugin appends the
// CustomFunctions.associate calls to this file, so every function must be declared here, at top level.
//
// Arguments are typed `unknown`: Excel hands over numbers, text, booleans, null or "" as the cell holds them,
// and the policy readers (through calls.ts) turn each into a value or a message that names the argument.
// No default parameter values: Excel passes null for an omitted optional argument.
import { cellResult, explainResult } from './excelCall';

/**
 * One-time employment subsidy of measure 7 for one hire, in yuan: {employ.subsidy_per_person} when eligible, else 0 (JL.EXPLAIN says why).
 * @customfunction EMPLOY_SUBSIDY
 * @param hire_date Hire date: an Excel date or text such as 2022-03-01.
 * @param months_worked Months worked in the year.
 * @param monthly_wage Monthly wage in yuan.
 * @param county_or_min_wage County where the job is (name or 6-digit code), or the monthly minimum wage in yuan.
 * @returns Subsidy in yuan.
 */
export function employSubsidy(hire_date: unknown, months_worked: unknown, monthly_wage: unknown, county_or_min_wage: unknown): number {
  return cellResult('EMPLOY_SUBSIDY', [hire_date, months_worked, monthly_wage, county_or_min_wage]) as number;
}

/**
 * Employment subsidy of measure 7 for one employer, in yuan: min({employ.subsidy_per_person} x hires, {employ.employer_cap} - already paid), never below 0.
 * @customfunction EMPLOY_SUBSIDY_TOTAL
 * @param eligible_hires Number of eligible hires (whole number).
 * @param [already_paid] Amount already paid to the employer under measure 7, in yuan (default 0).
 * @returns Subsidy in yuan.
 */
export function employSubsidyTotal(eligible_hires: unknown, already_paid?: unknown): number {
  return cellResult('EMPLOY_SUBSIDY_TOTAL', [eligible_hires, already_paid]) as number;
}

/**
 * Round-trip travel subsidy of measure 6, in yuan: the fare up to {travel.fare_cap} for a contract of {travel.min_contract_months} months or more in another province, else 0.
 * @customfunction TRAVEL_SUBSIDY
 * @param round_trip_fare Actual round-trip fare in yuan.
 * @param contract_months Length of the labour contract in whole months (see JL.CONTRACT_MONTHS).
 * @param [cross_province] TRUE when the job is in another province (default TRUE).
 * @param [transport_class] Class of travel, e.g. 硬座, 硬卧, 二等座, 经济舱, 汽车.
 * @returns Subsidy in yuan.
 */
export function travelSubsidy(round_trip_fare: unknown, contract_months: unknown, cross_province?: unknown, transport_class?: unknown): number {
  return cellResult('TRAVEL_SUBSIDY', [round_trip_fare, contract_months, cross_province, transport_class]) as number;
}

/**
 * Temporary welfare-post subsidy of measure 9, in yuan: {welfare.monthly_subsidy} a month for at most {welfare.max_months} months in all.
 * @customfunction WELFARE_POST_SUBSIDY
 * @param months Months on the post (whole number).
 * @param [months_already_paid] Months already paid to this person (default 0).
 * @returns Subsidy in yuan.
 */
export function welfarePostSubsidy(months: unknown, months_already_paid?: unknown): number {
  return cellResult('WELFARE_POST_SUBSIDY', [months, months_already_paid]) as number;
}

/**
 * Reward of measure 10 for buying unsalable products, in yuan: {unsalable.reward_rate} of the purchase (rounded down to the fen), at most {unsalable.reward_cap} in all.
 * @customfunction UNSALABLE_REWARD
 * @param purchase_amount Purchase amount in yuan.
 * @param [already_rewarded] Reward already paid to the enterprise, in yuan (default 0).
 * @returns Reward in yuan.
 */
export function unsalableReward(purchase_amount: unknown, already_rewarded?: unknown): number {
  return cellResult('UNSALABLE_REWARD', [purchase_amount, already_rewarded]) as number;
}

/**
 * One-time production subsidy of measure 3 for a business entity, in yuan: {production.subsidy_per_person} per person driven, at most {production.entity_cap} in all.
 * @customfunction PRODUCTION_SUBSIDY
 * @param persons_driven Persons driven through contracts (whole number).
 * @param [already_paid] Amount already paid to the entity under measure 3, in yuan (default 0).
 * @returns Subsidy in yuan.
 */
export function productionSubsidy(persons_driven: unknown, already_paid?: unknown): number {
  return cellResult('PRODUCTION_SUBSIDY', [persons_driven, already_paid]) as number;
}

/**
 * New due date of a micro-credit loan extended under measure 4 (at most {loan.max_extension_months} months), as an Excel date.
 * @customfunction LOAN_DUE
 * @param due_date Original due date.
 * @param extension_months Months of extension (whole number, at most {loan.max_extension_months}).
 * @returns New due date (format the cell as a date).
 */
export function loanDue(due_date: unknown, extension_months: unknown): number {
  return cellResult('LOAN_DUE', [due_date, extension_months]) as number;
}

/**
 * Whole months a contract covers: N when the end date is on or after the start date plus N months minus one day.
 * @customfunction CONTRACT_MONTHS
 * @param start_date First day of the contract.
 * @param end_date Last day of the contract.
 * @returns Whole months.
 */
export function contractMonths(start_date: unknown, end_date: unknown): number {
  return cellResult('CONTRACT_MONTHS', [start_date, end_date]) as number;
}

/**
 * Monthly minimum wage in force in a county of Jilin on a date, in yuan.
 * @customfunction MIN_WAGE
 * @param county County name (with or without 县/市/区) or 6-digit code.
 * @param [date] Date (default today).
 * @returns Minimum wage in yuan.
 */
export function minWage(county: unknown, date?: unknown): number {
  return cellResult('MIN_WAGE', [county, date]) as number;
}

/**
 * TRUE when the text is a valid 18-character resident ID number (GB 11643-1999), else FALSE.
 * @customfunction ID_CHECK
 * @param id Resident ID number, stored as text.
 * @returns TRUE or FALSE.
 */
export function idCheck(id: unknown): boolean {
  return cellResult('ID_CHECK', [id]) as boolean;
}

/**
 * Birth date, sex (男/女), region code and county name of a resident ID number, as one row of four cells.
 * @customfunction ID_INFO
 * @param id Resident ID number, stored as text.
 * @returns One row: birth date, sex, region code, county name.
 */
export function idInfo(id: unknown): unknown[][] {
  return cellResult('ID_INFO', [id]) as unknown[][];
}

/**
 * Explains the result of another JL function: each condition with the values used, the parameters in force, the measure and the readings taken.
 * @customfunction EXPLAIN
 * @param function_name Name of the function, e.g. EMPLOY_SUBSIDY.
 * @param arg1 The arguments of that function, in its order.
 * @returns Explanation text.
 */
export function explainFunction(function_name: unknown, arg1: unknown[]): string {
  return explainResult(function_name, arg1);
}
