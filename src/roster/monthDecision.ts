import type { DaySerial, Text } from '../policy';
import { formatDate, text } from '../policy';
import type { SheetScope } from './sheetScope';
import type { FieldId } from './types';

/**
 * A condition on a date the roster gives only to the month (first..last): decided when it comes out the same on every
 * day of the month, else a DATE_MONTH_AMBIGUOUS error naming the day it changes on, and undefined. Every day is asked
 * (at most 31) rather than only the ends, so no assumption is made about how many dates that matter fall in a month.
 * A full date (last === first) is the condition on that day. `explain`, when given, says it instead of naming the day
 * (a day that would give away what masking hides, such as a birthday).
 */
export function decideOverMonth<T>(
  s: SheetScope,
  field: FieldId,
  first: DaySerial,
  last: DaySerial,
  outcome: (day: DaySerial) => T,
  what: Text,
  explain?: (changesOn: DaySerial) => Text,
): T | undefined {
  const value = outcome(first);
  for (let day = first + 1; day <= last; day++) {
    if (Object.is(outcome(day), value)) continue;
    s.emit('DATE_MONTH_AMBIGUOUS', field, s.shown(field), explain ? explain(day) : monthAmbiguity(s, field, day, what));
    return undefined;
  }
  return value;
}

function monthAmbiguity(s: SheetScope, field: FieldId, changesOn: DaySerial, what: Text): Text {
  const label = s.label(field);
  const before = formatDate(changesOn - 1);
  const on = formatDate(changesOn);
  return text(
    `${label.zh}只到月（${s.shown(field)}）：${what.zh}在该月内以 ${on} 为界前后结论不同（${before} 与 ${on}），无法判断，请填写具体日期`,
    `${label.en} gives only the month (${s.shown(field)}): ${what.en} changes within it on ${on} (${before} and ${on} differ), so it cannot be decided; type the exact day`,
  );
}
