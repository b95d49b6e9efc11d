import type { CellValue, SheetGrid } from '../src/roster/sheetGrid';
import { allCounties } from '../src/policy';
import { makePerson } from '../tools/samples/people';
import { Rng } from '../tools/samples/random';
import { REGISTRY_COLUMNS } from '../tools/samples/registryExport';
import { GridAssembler } from '../tools/samples/sheetModel';

/** The registry's words for the roster's 人员类别: every claimant agrees with the export (monitoring from 2019). */
const CATEGORY_CELLS: Readonly<Record<string, Record<string, CellValue>>> = {
  脱贫人口: {},
  脱贫不稳定户: { 监测对象类别: '脱贫不稳定户', 识别监测时间: '2019-12-01', 风险是否已消除: '否' },
  边缘易致贫户: { 户类型: '监测户', 脱贫状态: '', 脱贫年度: '', 监测对象类别: '边缘易致贫户', 识别监测时间: '2019-12-01', 风险是否已消除: '否' },
  突发严重困难户: { 户类型: '监测户', 脱贫状态: '', 脱贫年度: '', 监测对象类别: '突发严重困难户', 识别监测时间: '2019-12-01', 风险是否已消除: '否' },
};

/**
 * A province-sized export of the poverty-monitoring system: every person of `roster` (its ID and name columns) as
 * 脱贫人口 enjoying the policies, then other persons up to `rows`, shaped as tools/samples/registryExport lays out
 * the system's person table.
 */
export function bigRegistry(roster: SheetGrid, columns: { readonly id: number; readonly name: number; readonly category: number }, firstDataRow: number, rows: number, seed = 20221231): SheetGrid {
  const rng = new Rng(seed);
  const assembler = new GridAssembler(REGISTRY_COLUMNS);
  assembler.add('title', ['吉林省脱贫人口及监测对象信息']);
  assembler.add('note', ['导出时间：2022-12-31']);
  assembler.add('header', REGISTRY_COLUMNS.map((c) => c.header));
  const used = new Set<string>();
  const record = (n: number, id: string, name: string, category = '脱贫人口'): CellValue[] => {
    const values: Record<string, CellValue> = {
      序号: n,
      户编号: `22${String(100000000 + Math.floor(n / 3))}`,
      人编号: `22${String(1000000000 + n)}`,
      姓名: name,
      证件类型: '居民身份证',
      证件号码: id,
      与户主关系: n % 3 === 0 ? '户主' : '配偶',
      户类型: '脱贫户',
      脱贫状态: '已脱贫(享受政策)',
      脱贫年度: '2019',
      在校生状况: '非在校生',
      劳动技能: '普通劳动力',
      是否务工: '是',
      务工地点: '县内',
      ...CATEGORY_CELLS[category],
    };
    return REGISTRY_COLUMNS.map((c) => values[c.header] ?? '');
  };
  let n = 0;
  for (let r = firstDataRow; r < roster.values.length && n < rows; r++) {
    const id = roster.values[r][columns.id];
    if (typeof id !== 'string' || id.length !== 18 || used.has(id)) continue;
    used.add(id);
    assembler.add('person', record(++n, id, String(roster.values[r][columns.name]), String(roster.values[r][columns.category])));
  }
  const counties = allCounties().filter((c) => c.code !== '');
  while (n < rows) {
    const p = makePerson(rng, counties[n % counties.length].code, used);
    assembler.add('person', record(++n, p.id, p.name));
  }
  return assembler.grid('registry-bench.xlsx', '人员信息');
}
