import type { DaySerial, Lang, ParameterUse, Text } from '../../policy';
import { POLICY, text } from '../../policy';

const PLACEHOLDER = /\{([a-z_]+\.[a-z_0-9]+)\}/g;

/**
 * A value as the tooltips Excel shows write it (scripts/fill-descriptions.js fills functions.json and
 * functions.zh-CN.json at build): the metadata's text carries the unit itself ("{loan.max_extension_months}个月"),
 * so a value is bare: yuan without decimals (grouped by thousands in English), a percent with its sign.
 */
function tooltipValue(use: ParameterUse, lang: Lang): string {
  if (typeof use.value === 'string') return use.value;
  if (use.unit === 'fen') {
    const yuan = use.value / 100;
    return lang === 'en' ? yuan.toLocaleString('en-US') : String(yuan);
  }
  return use.unit === 'percent' ? `${use.value}%` : String(use.value);
}

function filled(template: string, day: DaySerial, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, id: string) => {
    const use = POLICY.has(id) ? POLICY.parameterOn(id, day) : undefined;
    return use ? tooltipValue(use, lang) : whole;
  });
}

/** A function's or argument's description as Excel's tooltip shows it on `day`: the same words, the values in force. */
export function tooltipText(t: Text, day: DaySerial): Text {
  return text(filled(t.zh, day, 'zh'), filled(t.en, day, 'en'));
}
