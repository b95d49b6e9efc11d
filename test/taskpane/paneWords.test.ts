// Issue 11: English text without full-width punctuation; no English identifiers (reading ids, parameter ids) in the
// Chinese text of 设置 and 政策. Checked over every word the pane's tables hold and every reading as shown.
import type { Text } from '../../src/policy';
import { POLICY, optionText, todaySerial, withParameterValues } from '../../src/policy';
import { S } from '../../src/taskpane/i18n/strings';
import { MEASURE_SUMMARIES } from '../../src/taskpane/measures/measureSummaries';
import { P } from '../../src/taskpane/measures/policyStrings';

/** Ideographic punctuation (U+3000–303F) and the full-width forms (U+FF00–FFEF): 「，。：；（）、」 and the like. */
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef]/;
/** A reading or parameter id as the code spells it: travel_min_contract_inclusive, employ.subsidy_per_person. */
const IDENTIFIER = /\b[a-z]+(?:[._][a-z]+)+\b/;

/** The measures as 政策 shows them: their {parameter} placeholders filled with the values in force. */
function measureTexts(): Text[] {
  const today = todaySerial();
  return MEASURE_SUMMARIES.flatMap((m) => [m.title, m.rule, m.addIn].map((t) => withParameterValues(t, today)));
}

function readingTexts(): Text[] {
  const today = todaySerial();
  return POLICY.readings.flatMap((r) => [r.clause, r.reason, ...r.options.map((o) => optionText(r, o.option, today))]);
}

describe('the words of the pane', () => {
  it('writes English without full-width punctuation', () => {
    const english = [...Object.values(S), ...Object.values(P), ...measureTexts(), ...readingTexts()].map((t) => t.en);
    expect(english.filter((t) => FULL_WIDTH.test(t))).toEqual([]);
  });

  it('writes no reading or parameter id into the Chinese of 设置 and 政策', () => {
    const chinese = [...Object.values(P), ...measureTexts(), ...readingTexts()].map((t) => t.zh);
    expect(chinese.filter((t) => IDENTIFIER.test(t) || /\{id\}/.test(t))).toEqual([]);
  });
});
