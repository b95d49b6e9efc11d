import type { CellValue, RosterKind } from '../../src/roster';
import { toJsonReport, validateRosters } from '../../src/roster';
import { AS_OF, EMPLOY_HEADER, grid, makeId } from './grid';

/** Values clerks and readers produce, good and bad, for every kind of column. */
const POOL: CellValue[] = [
  null, '', ' ', '　', 0, -1, 1.5, 3, 1600, 1e20, Number.NaN, true, false, '#N/A', '#VALUE!', '合计', '填表人：', '男', '女', '未知',
  '2022-02-30', '2022-03-01', '2022年3月1日', '20220301', 44621, '2022-03-01至2022-08-31', '长期', '软卧', '硬座', '吉林省', '浙江省',
  '汪清县', '脱贫人口', '低保', '91222424MA0000000X', makeId('222424', '19800101', '001'), makeId('222424', '19800101', '001').toLowerCase(),
  '222424800101003', 222424198001010000, '2.22424E+17', '１１０１０５１９４９１２３１００２Ｘ', '6217001234567890123', '1111111111', '¥1,600.00',
  '１６００', 'abc', '\n', '=SUM(A1:A3)', '-', '—', '12个月', '1年',
];

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const HEADERS: Record<RosterKind, string[]> = {
  employ: EMPLOY_HEADER,
  travel: ['姓名', '身份证号码', '合同期限', '务工地点', '交通方式', '票价', '补贴金额', '银行账号'],
  welfare: ['姓名', '身份证号码', '岗位', '月数', '补贴金额', '上岗时间'],
  production: ['经营主体名称', '统一社会信用代码', '带动人数', '申请金额'],
  unsalable: ['企业名称', '统一社会信用代码', '采购金额', '奖补金额'],
};

describe('arbitrary cells never crash the engine nor leak an ID number', () => {
  for (const kind of Object.keys(HEADERS) as RosterKind[]) {
    test(kind, () => {
      const next = rng(kind.length * 7919);
      const rows: CellValue[][] = [['花名册'], HEADERS[kind]];
      for (let r = 0; r < 300; r++) rows.push(HEADERS[kind].map(() => POOL[Math.floor(next() * POOL.length)]));
      const history = grid([['身份证号码', '姓名', '补贴类型', '月数', '补贴金额'], ...rows.slice(2, 40).map((r) => [r[1], r[0], POOL[Math.floor(next() * POOL.length)], r[3], r[4]])]);
      const report = validateRosters([grid(rows)], { asOf: AS_OF, kind, history: [history] });
      expect(report.summary.rows).toBeGreaterThan(0);
      const json = JSON.stringify(toJsonReport(report, 'zh')) + JSON.stringify(toJsonReport(report, 'en'));
      // No run of 15 or more digits (an ID or an account, ASCII or full-width) appears unmasked anywhere.
      expect(json).not.toMatch(/[0-9\uff10-\uff19]{15,}/);
      expect(json).not.toMatch(/19800101|19491231|１９４９１２３１/);
    });
  }
});
