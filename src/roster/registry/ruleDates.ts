import type { DaySerial, Text } from '../../policy';
import { addMonths, formatDate, text } from '../../policy';
import type { PersonTable } from '../personTable';
import type { FieldId, RosterKind } from '../types';

/** The person kinds the registry is about: the entity sheets of measures 3 and 10 list businesses. */
export type PersonKind = 'employ' | 'travel' | 'welfare';

/**
 * The day (or the months) each rule looks at, as data: measure 7 the hire date, measure 6 the contract start,
 * measure 9 the post's months from the day on the post. `field` is the roster column the day is read from.
 */
export const RULE_DATES: Readonly<Record<PersonKind, { readonly field: FieldId; readonly name: Text; readonly spansMonths: boolean }>> = {
  employ: { field: 'hireDate', name: text('入职日期', 'the hire date'), spansMonths: false },
  travel: { field: 'contractStart', name: text('合同起始日期', 'the contract start'), spansMonths: false },
  welfare: { field: 'hireDate', name: text('上岗月份', 'the months on the post'), spansMonths: true },
};

export function isPersonKind(kind: RosterKind | null): kind is PersonKind {
  return kind === 'employ' || kind === 'travel' || kind === 'welfare';
}

/** The days a rule looks at, first to last; `known` false when the roster gives no date and the check date stands in. */
export interface RulePeriod {
  readonly from: DaySerial;
  readonly to: DaySerial;
  /** The first day of the last month claimed (measure 9), else `from`: a death before it is a month paid after death. */
  readonly lastMonth: DaySerial;
  readonly known: boolean;
  readonly field: FieldId | '';
  readonly name: Text;
}

export function rulePeriod(t: PersonTable, k: number, kind: PersonKind, asOf: DaySerial): RulePeriod {
  const rule = RULE_DATES[kind];
  const day = t.date[k];
  if (Number.isNaN(day)) {
    return { from: asOf, to: asOf, lastMonth: asOf, known: false, field: '', name: text(`校验日期（花名册未给出可读的${rule.name.zh}）`, `the check date (the roster gives no readable ${rule.name.en})`) };
  }
  const months = t.months[k];
  if (!rule.spansMonths || !(months >= 1)) return { from: day, to: day, lastMonth: day, known: true, field: rule.field, name: rule.name };
  const to = addMonths(day, months) - 1;
  return {
    from: day,
    to,
    lastMonth: addMonths(day, months - 1),
    known: true,
    field: rule.field,
    name: text(`${rule.name.zh}（${formatDate(day)}至${formatDate(to)}）`, `${rule.name.en} (${formatDate(day)} to ${formatDate(to)})`),
  };
}
