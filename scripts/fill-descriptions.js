// Fills the {parameter.id} placeholders of the custom functions' descriptions (functions.json, made from the JSDoc
// of src/functions/functions.ts, and src/functions/functions.zh-CN.json) with the values in force on the build day,
// read from the policy data: the tooltips Excel shows never repeat an amount by hand. Used by webpack.config.js.
const path = require('path');
const { readPolicyData } = require('./policy-data');

const DATA_DIR = path.join(__dirname, '..', 'src', 'policy', 'data');
const PLACEHOLDER = /\{([a-z_]+\.[a-z_0-9]+)\}/g;

function isoToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A value as a tooltip writes it: yuan without decimals (grouped in English), months, a percent, a date. */
function shown(row, lang) {
  if (row.unit === 'fen') {
    const yuan = row.value / 100;
    return lang === 'en' ? yuan.toLocaleString('en-US') : String(yuan);
  }
  if (row.unit === 'percent') return `${row.value}%`;
  return String(row.value);
}

/** Each parameter's value in force on `day` (YYYY-MM-DD), as `lang` writes it. */
function valuesOn(day, lang, dir = DATA_DIR) {
  const values = new Map();
  for (const row of readPolicyData(dir).parameters) {
    if (row.from <= day && (row.to === null || day <= row.to)) values.set(row.id, shown(row, lang));
  }
  return values;
}

/** The metadata text with every description's placeholders filled; an unknown or lapsed parameter is an error. */
function fillDescriptions(metadataJson, lang, day = isoToday(), dir = DATA_DIR) {
  const values = valuesOn(day, lang, dir);
  const metadata = JSON.parse(metadataJson);
  const fill = (s) =>
    s.replace(PLACEHOLDER, (_, id) => {
      if (!values.has(id)) throw new Error(`functions metadata: no value of ${id} in force on ${day}`);
      return values.get(id);
    });
  for (const f of metadata.functions) {
    if (f.description) f.description = fill(f.description);
    for (const p of f.parameters ?? []) if (p.description) p.description = fill(p.description);
    if (f.result && f.result.description) f.result.description = fill(f.result.description);
  }
  return `${JSON.stringify(metadata, null, 4)}\n`;
}

module.exports = { fillDescriptions, PLACEHOLDER };
