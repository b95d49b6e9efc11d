import * as policy from '../policy';

/**
 * The policy functions the engine calls for every row, bound once. Compiled to CommonJS (the command line), the
 * policy index re-exports through getters, and a getter per call is a measurable share of a million-row run.
 */
export const parseResidentId = policy.parseResidentId;
export const readRequiredDate = policy.readRequiredDate;
export const readMonthOnly = policy.readMonthOnly;
export const readMoneyFen = policy.readMoneyFen;
export const readCount = policy.readCount;
export const yuanToFen = policy.yuanToFen;
export const hiredInTime = policy.hiredInTime;
export const workedEnoughMonths = policy.workedEnoughMonths;
export const wageMeetsMinimum = policy.wageMeetsMinimum;
export const minimumWageOn = policy.minimumWageOn;
export const isExcelErrorText = policy.isExcelErrorText;
export const numberOn = policy.numberOn;
