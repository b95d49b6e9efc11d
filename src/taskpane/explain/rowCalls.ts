import type { Lang } from '../../policy';
import { contractPeriod, placeInJilin } from '../../roster';
import type { CellValue } from '../../roster/sheetGrid';
import type { FieldId, RosterKind } from '../../roster/types';
import type { FunctionName } from '../../functions/calls';
import { evaluateCall } from '../../functions/calls';

/** A roster row's cells by field: a missing column or an empty cell reads ''. */
export interface RowCells {
  at(field: FieldId): CellValue;
  has(field: FieldId): boolean;
}

/** The function that works out a row's amount, and its arguments from the row; null when the row cannot be put to it. */
export interface RowCall {
  readonly fn: FunctionName;
  readonly args: (row: RowCells, lang: Lang, defaultCounty?: string) => ReadonlyArray<unknown> | null;
}

const fromFields = (fn: FunctionName, fields: ReadonlyArray<FieldId>): RowCall => ({ fn, args: (row) => fields.map((f) => row.at(f)) });

/**
 * contract_months of a travel row: the 合同期限 cell read as the check reads it ('12个月', 'D至E'), or
 * JL.CONTRACT_MONTHS of the start and end columns. null when it cannot be read or is open-ended (no number of
 * months to show); the check reports the cell then.
 */
function contractMonthsOf(row: RowCells, lang: Lang): number | null {
  if (row.has('contract')) {
    const v = row.at('contract');
    if (v === '' || v === null) return null;
    const read = contractPeriod(v);
    return read.ok && Number.isFinite(read.months) ? read.months : null;
  }
  if (!row.has('contractStart') || !row.has('contractEnd')) return null;
  const outcome = evaluateCall('CONTRACT_MONTHS', [row.at('contractStart'), row.at('contractEnd')], lang);
  return outcome.ok && typeof outcome.value === 'number' ? outcome.value : null;
}

/** cross_province of a travel row from its 务工地点: outside Jilin, as the check decides; empty stays empty. */
function crossProvinceOf(row: RowCells): boolean | '' {
  const place = row.at('province');
  const t = place === null ? '' : String(place).trim();
  return t === '' ? '' : !placeInJilin(t);
}

/** Measure 6: JL.TRAVEL_SUBSIDY(round_trip_fare, contract_months, cross_province, transport_class). */
const TRAVEL: RowCall = {
  fn: 'TRAVEL_SUBSIDY',
  args: (row, lang) => {
    const months = contractMonthsOf(row, lang);
    return months === null ? null : [row.at('fare'), months, crossProvinceOf(row), row.at('transportClass')];
  },
};

/** Which function works out a row's amount, kind by kind (a missing column is an empty argument). */
export const ROW_CALLS: Partial<Record<RosterKind, RowCall>> = {
  employ: {
    fn: 'EMPLOY_SUBSIDY',
    // No county column: the county saved in 设置, as the check does.
    args: (row, _lang, defaultCounty) => [row.at('hireDate'), row.at('monthsWorked'), row.at('wage'), row.at('county') === '' ? (defaultCounty ?? '') : row.at('county')],
  },
  travel: TRAVEL,
  welfare: fromFields('WELFARE_POST_SUBSIDY', ['months']),
  production: fromFields('PRODUCTION_SUBSIDY', ['personsDriven']),
  unsalable: fromFields('UNSALABLE_REWARD', ['purchase']),
};
