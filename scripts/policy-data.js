// Reads the policy data files (src/policy/data/*.csv) into plain records, checking each field's form and naming the
// file, line and column at fault. Shared by scripts/import-policy.js (which writes the typed TypeScript) and the
// tests that load fixture copies of the data. Whether two values are in force on one day is checked when the policy
// module compiles the records (src/policy/policyTables.ts), so a generated file and a fixture fail alike.
const fs = require('fs');
const path = require('path');

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Rows of a CSV file as objects keyed by the header; `required` columns must be present. */
function readCsv(file, required) {
  const name = path.basename(file);
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = parseCsvLine(lines[0]).map((h) => h.trim());
  for (const column of required) {
    if (!header.includes(column)) throw new Error(`${name}: 缺少列 “${column}” / column "${column}" is missing`);
  }
  const rows = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = parseCsvLine(line);
    const row = { line: i + 2, file: name };
    header.forEach((h, j) => { row[h] = (cells[j] ?? '').trim(); });
    rows.push(row);
  });
  return { header, rows };
}

function fail(row, column, problem) {
  throw new Error(`${row.file} 第${row.line}行 “${column}” 列 / line ${row.line}, column "${column}": ${problem}`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(row, column, optional) {
  const v = row[column];
  if (v === '' && optional) return null;
  if (!ISO_DATE.test(v)) fail(row, column, `“${v}” 不是 YYYY-MM-DD 日期 / "${v}" is not a YYYY-MM-DD date`);
  return v;
}

function number(row, column, optional) {
  const v = row[column];
  if (v === '' && optional) return null;
  if (!/^\d+(\.\d+)?$/.test(v)) fail(row, column, `“${v}” 不是数 / "${v}" is not a number`);
  return Number(v);
}

function oneOf(row, column, allowed) {
  const v = row[column];
  if (!allowed.includes(v)) fail(row, column, `“${v}” 不是 ${allowed.join('、')} 之一 / "${v}" is not one of ${allowed.join(', ')}`);
  return v;
}

function nonEmpty(row, column) {
  if (row[column] === '') fail(row, column, '为空 / is empty');
  return row[column];
}

const text = (row, prefix) => ({ zh: nonEmpty(row, `${prefix}_zh`), en: nonEmpty(row, `${prefix}_en`) });
/** Yuan in the data (what a policy officer reads), fen in the program; exact to the fen. */
const fen = (yuan) => Math.round(yuan * 100);

function readDocuments(dir) {
  const { rows } = readCsv(path.join(dir, 'documents.csv'), ['id', 'issuer_zh', 'issuer_en', 'title_zh', 'title_en', 'number', 'date', 'url', 'verified', 'note']);
  return rows.map((r) => ({
    id: nonEmpty(r, 'id'),
    issuer: text(r, 'issuer'),
    title: text(r, 'title'),
    number: r.number,
    date: nonEmpty(r, 'date'),
    url: r.url,
    verified: date(r, 'verified'),
    note: r.note,
  }));
}

const UNITS = { yuan: 'fen', months: 'months', persons: 'persons', percent: 'percent', date: 'date', years: 'years' };

function readParameters(dir, documentIds, readingIds) {
  const { rows } = readCsv(path.join(dir, 'parameters.csv'), ['id', 'from', 'to', 'value', 'unit', 'date_used', 'label_zh', 'label_en', 'document', 'measure', 'clause_zh', 'clause_en', 'clause_form', 'reading', 'verified']);
  return rows.map((r) => {
    const unit = UNITS[oneOf(r, 'unit', Object.keys(UNITS))];
    const value = unit === 'date' ? date(r, 'value') : unit === 'fen' ? fen(number(r, 'value')) : number(r, 'value');
    if (!/^[a-z_]+\.[a-z_0-9]+$/.test(r.id)) fail(r, 'id', `“${r.id}” 应为 领域.名称 / "${r.id}" should be area.name`);
    if (!documentIds.has(r.document)) fail(r, 'document', `documents.csv 中没有 “${r.document}” / no "${r.document}" in documents.csv`);
    if (r.reading !== '' && !readingIds.has(r.reading)) fail(r, 'reading', `readings.csv 中没有 “${r.reading}” / no "${r.reading}" in readings.csv`);
    return {
      id: r.id,
      from: date(r, 'from'),
      to: date(r, 'to', true),
      value,
      unit,
      dateUsed: oneOf(r, 'date_used', ['hire_date', 'claim_date']),
      label: text(r, 'label'),
      document: r.document,
      measure: number(r, 'measure', true),
      clause: text(r, 'clause'),
      clauseForm: oneOf(r, 'clause_form', ['quoted', 'paraphrased']),
      reading: r.reading === '' ? null : r.reading,
      verified: date(r, 'verified'),
    };
  });
}

function readMinimumWages(dir, documentIds) {
  const { rows } = readCsv(path.join(dir, 'minimum-wage.csv'), ['standard', 'from', 'to', 'tier', 'monthly_yuan', 'hourly_yuan', 'document']);
  return rows.map((r) => {
    if (!documentIds.has(r.document)) fail(r, 'document', `documents.csv 中没有 “${r.document}” / no "${r.document}" in documents.csv`);
    const hourly = number(r, 'hourly_yuan', true);
    return {
      standard: nonEmpty(r, 'standard'),
      from: date(r, 'from'),
      to: date(r, 'to', true),
      tier: number(r, 'tier'),
      monthlyFen: fen(number(r, 'monthly_yuan')),
      hourlyFen: hourly === null ? null : fen(hourly),
      document: r.document,
    };
  });
}

function readReadings(dir) {
  const { rows } = readCsv(path.join(dir, 'readings.csv'), ['id', 'measure', 'default', 'clause_zh', 'clause_en', 'reason_zh', 'reason_en']);
  const options = readCsv(path.join(dir, 'reading-options.csv'), ['reading', 'option', 'text_zh', 'text_en']).rows;
  return rows.map((r) => {
    if (!/^[a-z_0-9]+$/.test(r.id)) fail(r, 'id', `“${r.id}” 只能用小写字母、数字和下划线 / "${r.id}": lower-case letters, digits and _ only`);
    const own = options.filter((o) => o.reading === r.id).map((o) => {
      if (!/^[a-z0-9-]+$/.test(o.option)) fail(o, 'option', `“${o.option}” 只能用小写字母、数字和连字符 / "${o.option}": lower-case letters, digits and - only`);
      return { option: o.option, text: text(o, 'text') };
    });
    if (!own.some((o) => o.option === r.default)) fail(r, 'default', `reading-options.csv 中没有 ${r.id} 的 “${r.default}” / no option "${r.default}" of ${r.id} in reading-options.csv`);
    return { id: r.id, measure: number(r, 'measure', true), default: r.default, clause: text(r, 'clause'), reason: text(r, 'reason'), options: own };
  });
}

/** The counties with their minimum-wage tier under each standard (one `tier_<standard>` column per standard). */
function readCounties(dir, standards) {
  const { header, rows } = readCsv(path.join(dir, 'jilin-counties.csv'), ['code', 'name', 'prefecture', 'note', ...standards.map((s) => `tier_${s}`)]);
  const extra = header.filter((h) => h.startsWith('tier_') && !standards.includes(h.slice(5)));
  if (extra.length > 0) throw new Error(`jilin-counties.csv: minimum-wage.csv 中没有标准 ${extra.join('、')} / no standard ${extra.join(', ')} in minimum-wage.csv`);
  return rows.map((r) => {
    const tiers = {};
    for (const s of standards) tiers[s] = number(r, `tier_${s}`);
    return { code: r.code, name: nonEmpty(r, 'name'), prefecture: nonEmpty(r, 'prefecture'), tiers, note: r.note };
  });
}

/** Everything in a data directory: { documents, parameters, minimumWages, readings, counties }. */
function readPolicyData(dir) {
  const documents = readDocuments(dir);
  const documentIds = new Set(documents.map((d) => d.id));
  const readings = readReadings(dir);
  const parameters = readParameters(dir, documentIds, new Set(readings.map((r) => r.id)));
  const minimumWages = readMinimumWages(dir, documentIds);
  const standards = [...new Set(minimumWages.map((w) => w.standard))];
  const counties = readCounties(dir, standards);
  return { documents, parameters, minimumWages, readings, counties };
}

module.exports = { readPolicyData, parseCsvLine };
