import type { DaySerial } from './dates';
import { POLICY } from './parameters';
import { withParameterValues } from './parameterPlaceholders';
import { READING_OPTIONS } from './policy.data';
import type { ReadingRecord } from './policyRecords';
import type { Result } from './result';
import { fail, ok } from './result';
import type { Text } from './text';
import { text } from './text';

/**
 * The readings of the ambiguous clauses (data/readings.csv, data/reading-options.csv). Each one a county may read
 * differently is an option here that the pane's 设置 or `--reading id=option` overrides; every result names the
 * readings it used, with the option taken.
 */
export type ReadingId = keyof typeof READING_OPTIONS;
export type ReadingOption<K extends ReadingId> = (typeof READING_OPTIONS)[K][number];
export type ReadingValues = { readonly [K in ReadingId]: ReadingOption<K> };

export const READING_IDS = Object.keys(READING_OPTIONS) as ReadingId[];

const RECORDS = new Map<string, ReadingRecord>(POLICY.readings.map((r) => [r.id, r]));

export const DEFAULT_READINGS: ReadingValues = Object.fromEntries(POLICY.readings.map((r) => [r.id, r.default])) as unknown as ReadingValues;

function readingRecord(id: ReadingId): ReadingRecord {
  return RECORDS.get(id)!;
}

/** The readings a county can change: those with more than one option. */
export function settableReadings(): ReadonlyArray<ReadingRecord> {
  return POLICY.readings.filter((r) => r.options.length > 1);
}

export interface ReadingUse {
  readonly id: ReadingId;
  readonly option: string;
  readonly isDefault: boolean;
  readonly text: Text;
}

export function optionText(record: ReadingRecord, option: string, day: DaySerial): Text {
  const o = record.options.find((x) => x.option === option) ?? record.options.find((x) => x.option === record.default)!;
  return withParameterValues(o.text, day);
}

/** The reading taken, as a result names it: its option under `values`, its text with the values in force on `day`. */
export function describeReading(id: ReadingId, values: ReadingValues, day: DaySerial): ReadingUse {
  const record = readingRecord(id);
  const option = values[id];
  return { id, option, isDefault: option === record.default, text: optionText(record, option, day) };
}

/** The readings that differ from the defaults, as `id=option` (shown in every report). */
function changedReadings(values: ReadingValues): string[] {
  return READING_IDS.filter((id) => values[id] !== DEFAULT_READINGS[id]).map((id) => `${id}=${values[id]}`);
}

/** The readings of a run as every report states them: all as shipped, or which a county set. */
export function readingsSummary(values: ReadingValues): Text {
  const changed = changedReadings(values);
  return changed.length === 0
    ? text('全部采用默认解读', 'all readings as shipped')
    : text(`本县设定：${changed.join('；')}（其余为默认）`, `set by the county: ${changed.join('; ')} (the others as shipped)`);
}

/**
 * `values` with one reading set from text ('once_scope', 'calendar-year'): an unknown reading or option is an error
 * naming the ones there are.
 */
export function withReading(values: ReadingValues, id: string, option: string): Result<ReadingValues> {
  const record = RECORDS.get(id);
  if (!record) {
    return fail(
      'READING_UNKNOWN',
      text(`没有名为“${id}”的解读（可用：${READING_IDS.join('、')}）`, `there is no reading "${id}" (one of ${READING_IDS.join(', ')})`),
    );
  }
  const options = record.options.map((o) => o.option);
  if (!options.includes(option)) {
    return fail(
      'READING_OPTION_UNKNOWN',
      text(`解读“${id}”没有选项“${option}”（可选：${options.join('、')}）`, `the reading "${id}" has no option "${option}" (one of ${options.join(', ')})`),
    );
  }
  return ok({ ...values, [id]: option } as ReadingValues);
}
