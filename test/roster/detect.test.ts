import { detectKind, detectTable, isTableProblem } from '../../src/roster';
import type { TableLayout } from '../../src/roster';
import { grid } from './grid';

function layoutOf(values: Parameters<typeof grid>[0]): TableLayout {
  const found = detectTable(grid(values));
  if (isTableProblem(found)) throw new Error(found.problem.en);
  return found;
}

describe('detectTable', () => {
  test('finds the header at row 5 under a merged title and blank lines', () => {
    const layout = layoutOf([
      ['汪清县2022年一次性吸纳就业补贴花名册', null, null, null],
      [null, null, null, null],
      ['填报单位：汪清县人社局', null, null, '单位：元'],
      [null, null, null, null],
      ['序号', '姓名', '身份证号码', '补贴金额'],
      [1, '张三', '222424198001010016', 1600],
    ]);
    expect(layout.headerStart).toBe(4);
    expect(layout.headerEnd).toBe(4);
    expect(layout.firstDataRow).toBe(5);
    expect(layout.columns).toEqual({ seq: 0, name: 1, id: 2, amount: 3 });
    expect(layout.title).toContain('一次性吸纳就业补贴花名册');
  });

  test('joins a two-row header: a group header over 月数 and 金额', () => {
    const layout = layoutOf([
      ['某县临时公益岗位补贴花名册'],
      ['序号', '姓名', '身份证号码', '补贴信息', null, '备注'],
      [null, null, null, '月数', '金额', null],
      [1, '张三', '222424198001010016', 3, 3000, null],
    ]);
    expect(layout.headerStart).toBe(1);
    expect(layout.headerEnd).toBe(2);
    expect(layout.firstDataRow).toBe(3);
    expect(layout.columns.months).toBe(3);
    expect(layout.columns.amount).toBe(4);
    expect(layout.columns.remark).toBe(5);
  });

  test('joins a column named in the row above (姓名 merged down over both header rows)', () => {
    const layout = layoutOf([
      ['姓名', '基本信息', null, null],
      [null, '身份证号码', '性别', '月数'],
      ['张三', '222424198001010016', '男', 3],
    ]);
    expect(layout.headerStart).toBe(0);
    expect(layout.headerEnd).toBe(1);
    expect(layout.columns).toEqual({ name: 0, id: 1, sex: 2, months: 3 });
    expect(layout.firstDataRow).toBe(2);
  });

  test('a title row naming a column already named below does not rename it', () => {
    const layout = layoutOf([
      [null, null, '合同期限', null],
      ['姓名', '身份证号码', '合同起始日期', '合同终止日期'],
      ['张三', '222424198001010016', '2022-03-01', '2022-12-31'],
    ]);
    expect(layout.columns).toEqual({ name: 0, id: 1, contractStart: 2, contractEnd: 3 });
    expect(layout.headerStart).toBe(1);
  });

  test('recognises headers with full-width brackets, required marks, spaces, line breaks and English', () => {
    const layout = layoutOf([['*姓 名', '公民身份\n号码', '县（市、区）', '补贴金额（元）', 'Bank account', 'Hire date', '月工资(元/月)']]);
    expect(layout.columns).toEqual({ name: 0, id: 1, county: 2, amount: 3, bankAccount: 4, hireDate: 5, wage: 6 });
  });

  test('a data row under the header is not taken for a second header row', () => {
    const layout = layoutOf([
      ['姓名', '身份证号码', '岗位'],
      ['张三', '222424198001010016', '公益岗位'],
    ]);
    expect(layout.headerEnd).toBe(0);
    expect(layout.firstDataRow).toBe(1);
  });

  test('a sheet that is not a roster has no table', () => {
    const found = detectTable(grid([['说明'], ['本工作簿用于汇总'], [1, 2, 3]]));
    expect(isTableProblem(found)).toBe(true);
  });

  test('an empty sheet has no table', () => {
    expect(isTableProblem(detectTable(grid([])))).toBe(true);
  });

  test('a header below row 20 is not looked for', () => {
    const rows: Parameters<typeof grid>[0] = Array.from({ length: 20 }, () => ['说明文字']);
    rows.push(['姓名', '身份证号码']);
    expect(isTableProblem(detectTable(grid(rows)))).toBe(true);
  });
});

describe('detectKind', () => {
  const kindOf = (values: Parameters<typeof grid>[0], sheet = 'Sheet1') => {
    const g = grid(values, { sheet });
    const found = detectTable(g);
    if (isTableProblem(found)) throw new Error(found.problem.en);
    return detectKind(g, found).kind;
  };

  test('from the title', () => {
    expect(kindOf([['汪清县一次性吸纳就业补贴花名册'], ['姓名', '身份证号码']])).toBe('employ');
    expect(kindOf([['跨省务工人员一次性交通补助花名册'], ['姓名', '身份证号码']])).toBe('travel');
    expect(kindOf([['临时公益岗位补贴发放花名册'], ['姓名', '身份证号码']])).toBe('welfare');
    expect(kindOf([['联农带农生产补贴申报表'], ['经营主体名称', '统一社会信用代码']])).toBe('production');
    expect(kindOf([['滞销农产品采购奖补申报表'], ['企业名称', '统一社会信用代码']])).toBe('unsalable');
  });

  test('from the sheet name when there is no title', () => {
    expect(kindOf([['姓名', '身份证号码']], '公益岗位')).toBe('welfare');
  });

  test('from the columns only one kind has', () => {
    expect(kindOf([['姓名', '身份证号码', '入职日期', '月工资']])).toBe('employ');
    expect(kindOf([['姓名', '身份证号码', '务工地点', '票价', '席别']])).toBe('travel');
    expect(kindOf([['经营主体名称', '统一社会信用代码', '带动人数']])).toBe('production');
    expect(kindOf([['企业名称', '统一社会信用代码', '采购金额']])).toBe('unsalable');
  });

  test('nothing to go by, or a tie, is no kind', () => {
    expect(kindOf([['姓名', '身份证号码', '备注']])).toBeNull();
    expect(kindOf([['姓名', '身份证号码', '入职日期', '票价']])).toBeNull();
  });
});
