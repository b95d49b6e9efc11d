// Acceptance of issue 10: a sixth kind of roster is its spec plus its checks, nothing else. The kind here is made
// up (a one-time training subsidy of a fixed amount per person, "measure 12"); nothing in src/ knows it.
import { text } from '../../src/policy';
import type { RosterKindSpec } from '../../src/roster';
import { PAID_REGISTER, SHIPPED_KIND_SPECS, validateRosters } from '../../src/roster';
import { readIdentity } from '../../src/roster/identity';
import { amountMismatch, NONE } from '../../src/roster/rowFindings';
import { AS_OF, findingsOf, grid, makeId } from './grid';

const TRAINING_FEN = 50_000;

const TRAINING: RosterKindSpec = {
  id: 'training',
  name: text('一次性培训补贴花名册', 'one-time training subsidy roster'),
  subsidyName: '一次性培训补贴',
  measure: 12,
  titleWords: /培训补贴/,
  subsidyWords: /^(12|training)$|培训补贴/,
  distinctiveColumns: [],
  requiredColumns: [['id'], ['name'], ['amount']],
  columnSynonyms: [],
  rows: 'persons',
  oncePerPerson: true,
  historyCounts: 'nothing-more',
  checkRow(s, p) {
    readIdentity(s, p);
    p.claimedFen = s.money('amount', true);
    p.baseFen = TRAINING_FEN;
  },
  *amounts(run, _history, chunk, spec) {
    const t = run.table;
    for (let k = 0; k < t.size; k++) {
      if ((k + 1) % chunk === 0) yield chunk;
      if (t.kind[k] !== spec.id) continue;
      t.computedFen[k] = t.settled[k] ? 0 : t.baseFen[k];
      amountMismatch(t, k, NONE);
    }
  },
};

const KINDS = [...SHIPPED_KIND_SPECS, TRAINING];
const A = makeId('222424', '19800101', '001');
const B = makeId('222424', '19800101', '003');
const roster = grid([['汪清县一次性培训补贴花名册'], ['姓名', '身份证号码', '补贴金额'], ['张三', A, 500], ['李四', B, 600], ['张三', A, 500]]);

describe('a made-up sixth kind, given only its spec', () => {
  const report = validateRosters([roster], { asOf: AS_OF, kindSpecs: KINDS });

  it('is recognised from its title', () => {
    expect(report.sheets[0]).toMatchObject({ kind: 'training', kindDetected: true, rows: 3 });
  });
  it('is checked row by row, with its amount rule', () => {
    expect(findingsOf(report, 'AMOUNT_MISMATCH').map((f) => [f.row, f.measure])).toEqual([[4, 12]]);
  });
  it('once per person: the repeated person is a duplicate under measure 12, the first row keeps its amount', () => {
    expect(findingsOf(report, 'DUPLICATE_IN_ROSTER').map((f) => [f.row, f.measure])).toEqual([[3, 12], [5, 12]]);
    expect(report.persons.map((p) => p.computedFen)).toEqual([TRAINING_FEN, TRAINING_FEN, 0]);
  });
  it('a paid list naming it by its subsidy name finds an earlier payment', () => {
    const paid = grid([[...PAID_REGISTER.headers], [B, '李四', null, null, 500, '一次性培训补贴', null, null, '2022-01-10', '']], { file: 'paid.xlsx', sheet: PAID_REGISTER.sheetName });
    const r = validateRosters([roster], { asOf: AS_OF, kindSpecs: KINDS, history: [paid] });
    expect(findingsOf(r, 'DUPLICATE_PAID').map((f) => [f.row, f.measure])).toEqual([[4, 12]]);
  });
  it('a missing required column is reported with its name', () => {
    const r = validateRosters([grid([['一次性培训补贴花名册'], ['姓名', '身份证号码'], ['张三', A]])], { asOf: AS_OF, kindSpecs: KINDS });
    expect(findingsOf(r, 'COLUMN_MISSING')[0].message.zh).toContain('一次性培训补贴花名册需要');
  });
  it('can be forced as the kind of a sheet', () => {
    const untitled = grid([['姓名', '身份证号码', '补贴金额'], ['张三', A, 500]]);
    expect(validateRosters([untitled], { asOf: AS_OF, kindSpecs: KINDS, kind: 'training' }).sheets[0]).toMatchObject({ kind: 'training', kindDetected: false });
  });
  it('the shipped run does not know it', () => {
    expect(validateRosters([roster], { asOf: AS_OF }).sheets[0].kind).toBeNull();
  });
});
