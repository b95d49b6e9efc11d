import type { DaySerial } from './dates';
import { POLICY } from './parameters';
import { formatParameterValue } from './parameterText';
import type { Lang, Text } from './text';
import { text } from './text';

const PLACEHOLDER = /\{([a-z_]+\.[a-z_0-9]+)\}/g;

function fill(template: string, day: DaySerial, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, id: string) => {
    if (!POLICY.has(id)) return whole;
    const use = POLICY.parameterOn(id, day);
    return use ? formatParameterValue(use, lang) : lang === 'zh' ? '（该日无有效值）' : '(no value in force that day)';
  });
}

/**
 * A text that names parameters as {id} (a reading, a measure's summary) with each replaced by its value in force on
 * `day`: prose never repeats an amount by hand.
 */
export function withParameterValues(t: Text, day: DaySerial): Text {
  return text(fill(t.zh, day, 'zh'), fill(t.en, day, 'en'));
}
