import { fromArrays, serialFromYmd } from '../../tools/excel-host';
import { explainActiveCell } from '../../src/taskpane/explain/explainCell';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

const HIRED = serialFromYmd(2022, 3, 1);

/**
 * 汪清县 is a tier-4 county under the 2021 standard (in force 2021-12-01): minimum wage 1,540 yuan (minimum-wage.md).
 * Row 2: hired 2022-03-01, 3 months, 2,000 yuan: eligible, 1,600 (measure 7). Row 3: 1,500 yuan is below 1,540: 0.
 */
function ledger() {
  return fromArrays([
    {
      name: '台账',
      cells: [
        ['姓名', '入职日期', '工作月数', '月工资', '县', '补贴'],
        ['张三', { value: HIRED, numberFormat: 'yyyy-mm-dd' }, 3, 2000, '汪清县', { formula: '=JL.EMPLOY_SUBSIDY(B2,C2,D2,E2)', value: 1600 }],
        ['李四', { value: HIRED, numberFormat: 'yyyy-mm-dd' }, 3, 1500, '汪清县', { formula: '=JL.EMPLOY_SUBSIDY(B3,C3,D3,E3)', value: 0 }],
        ['王五', null, null, null, null, { formula: '=JL.EMPLOY_SUBSIDY(DATE(2022,3,1),3,2000,"汪清县")', value: 1600 }],
        ['', null, null, null, null, { formula: '=JL.MIN_WAGE(参数!A1,"2022-06-30")', value: 1540 }],
        ['', null, null, null, null, { formula: '=SUM(D2:D3)', value: 3500 }],
        ['', null, null, null, null, { formula: '=JL.EXPLAIN("EMPLOY_SUBSIDY",B2,C2,D2,E2)', value: '…' }],
      ],
    },
    { name: '参数', cells: [['汪清县']] },
  ]);
}

describe('explaining the selected JL cell', () => {
  it('reads the referenced cells and explains an eligible hire as JL.EXPLAIN does', async () => {
    fixture = withHost(ledger());
    fixture.host.user.select('F2');
    const result = await explainActiveCell(fixture.adapter, 'zh');
    expect(result.ok).toBe(true);
    if (!result.ok || result.kind !== 'cell') return;
    expect(result.cell).toMatchObject({ sheet: '台账', address: 'F2' });
    expect(result.functionName).toBe('EMPLOY_SUBSIDY');
    expect(result.args.map((a) => a.source)).toEqual(['B2', 'C2', 'D2', 'E2']);
    // The date is shown as the serial the function receives and as the clerk sees it.
    // A date as the clerk sees it; the serial only as what the function receives.
    expect(result.args.map((a) => a.value)).toEqual(['2022-03-01', '3', '2000', '汪清县']);
    expect(result.args[0].received).toBe(String(HIRED));
    expect(result.outcome.ok && result.outcome.value).toBe(1600);
    expect(result.text).toContain('1,600.00');
    expect(result.measure).toContain('第七条');
    expect(result.readings.length).toBeGreaterThan(0);
  });

  it('explains why a wage under the county minimum gets nothing', async () => {
    fixture = withHost(ledger());
    fixture.host.user.select('F3');
    const result = await explainActiveCell(fixture.adapter, 'en');
    expect(result.ok && result.kind === 'cell' && result.outcome.ok && result.outcome.value).toBe(0);
    expect(result.ok && result.kind === 'cell' && result.text).toContain('1,540.00');
    expect(result.ok && result.kind === 'cell' && result.text).toContain('not eligible');
  });

  it('says a nested expression cannot be evaluated outside Excel, naming it', async () => {
    fixture = withHost(ledger());
    fixture.host.user.select('F4');
    const result = await explainActiveCell(fixture.adapter, 'zh');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('DATE(2022,3,1)');
  });

  it('follows a reference to another sheet', async () => {
    fixture = withHost(ledger());
    fixture.host.user.select('F5');
    const result = await explainActiveCell(fixture.adapter, 'zh');
    expect(result.ok && result.kind === 'cell' && result.args[0]).toMatchObject({ source: '参数!A1', value: '汪清县' });
    expect(result.ok && result.kind === 'cell' && result.outcome.ok && result.outcome.value).toBe(1540);
  });

  it('says when the formula is not a JL function, and when the cell has no formula', async () => {
    fixture = withHost(ledger());
    fixture.host.user.select('F6');
    const sum = await explainActiveCell(fixture.adapter, 'en');
    expect(!sum.ok && sum.message).toContain('not a JL function');
    // A cell without a formula on a sheet that is not a roster; on a roster row it explains the row (说明此行).
    fixture.host.user.select('参数!A1');
    const name = await explainActiveCell(fixture.adapter, 'en');
    expect(!name.ok && name.message).toContain('no formula');
    fixture.host.user.select('台账!A2');
    const row = await explainActiveCell(fixture.adapter, 'en');
    expect(row.ok && row.kind === 'row' && row.row.view.conclusion).toBe('Eligible under measure 7: 1,600.00 yuan to pay.');
  });

  it('explains a JL.EXPLAIN cell with the explained function’s argument names', async () => {
    fixture = withHost(ledger());
    fixture.host.user.select('F7');
    const result = await explainActiveCell(fixture.adapter, 'en');
    expect(result.ok && result.kind === 'cell' && result.args.map((a) => a.name)).toEqual(['function_name', 'hire_date', 'months_worked', 'monthly_wage', 'county_or_min_wage']);
    expect(result.ok && result.kind === 'cell' && result.text).toContain('1,600.00');
  });
});

describe('selection and settings', () => {
  it('selecting a finding activates its sheet and selects its cell', async () => {
    fixture = withHost(ledger());
    await fixture.adapter.selectCell('参数', 'B7');
    const sheet = fixture.host.workbook.sheets[1];
    expect(fixture.host.workbook.activeSheetId).toBe(sheet.id);
    expect(sheet.selection).toEqual({ row: 6, col: 1, rows: 1, cols: 1 });
  });

  it('saves a setting in the workbook and reads it back', async () => {
    fixture = withHost(ledger());
    expect(await fixture.adapter.readSetting('jl.defaultCounty')).toBeUndefined();
    await fixture.adapter.writeSetting('jl.defaultCounty', '汪清县');
    expect(fixture.host.workbook.settings.get('jl.defaultCounty')).toBe('汪清县');
    expect(await fixture.adapter.readSetting('jl.defaultCounty')).toBe('汪清县');
  });

  it('tells the pane when the clerk selects another cell', async () => {
    fixture = withHost(ledger());
    let calls = 0;
    const stop = await fixture.adapter.onSelectionChanged(() => calls++);
    fixture.host.user.select('C3');
    await fixture.host.eventsSettled();
    expect(calls).toBe(1);
    await stop();
    fixture.host.user.select('C4');
    await fixture.host.eventsSettled();
    expect(calls).toBe(1);
  });
});

describe('说明此行: explaining a roster row', () => {
  // Row 3: 张三, hired 2022-03-01, 3 months at 2,000 yuan in 汪清县: 1,600 yuan, but 2,000 typed. Row 4: 李四 at 1,500.
  function roster() {
    return fromArrays([
      {
        name: '花名册',
        cells: [
          ['汪清县2022年一次性吸纳就业补贴花名册'],
          ['序号', '姓名', '身份证号码', '用工单位', '入职日期', '工作月数', '月工资', '补贴金额'],
          [1, '张三', '222424199001011235', '汪清县兴安物流有限公司', { value: HIRED, numberFormat: 'yyyy-mm-dd' }, 3, 2000, 2000],
          [2, '李四', '11010519491231002X', '汪清县兴安物流有限公司', { value: HIRED, numberFormat: 'yyyy-mm-dd' }, 3, 1500, 1600],
        ],
      },
    ]);
  }

  it('gives the conclusion first in one Chinese sentence, the county from 设置 when the roster has none', async () => {
    fixture = withHost(roster());
    fixture.host.user.select('B3');
    const result = await explainActiveCell(fixture.adapter, 'zh', '汪清县');
    expect(result.ok && result.kind).toBe('row');
    if (!result.ok || result.kind !== 'row') return;
    expect([result.row.row, result.row.name]).toEqual([3, '张三']);
    expect(result.row.view.conclusion).toBe('符合第七条条件，应发 1,600.00 元。');
    const shown = JSON.stringify(result.row.view);
    // No English identifiers, no parameter or reading ids, no date serial in the Chinese explanation.
    expect(shown).not.toMatch(/[a-z]+_[a-z]+|employ\.|minimum_wage/);
    expect(shown).not.toContain(String(HIRED));
    expect(result.row.view.conditions.flatMap((c) => c.inputs)).toContainEqual(['入职日期', '2022-03-01']);
    expect(result.row.typedAmount).toBe(false);
  });

  it('says a typed amount is typed, and what the policy gives instead', async () => {
    fixture = withHost(roster());
    fixture.host.user.select('H3');
    const result = await explainActiveCell(fixture.adapter, 'zh', '汪清县');
    expect(result.ok && result.kind === 'row' && result.row.typedAmount).toBe(true);
    if (result.ok && result.kind === 'row') expect([result.row.claimed, result.row.view.amount]).toEqual(['2,000.00 元', '1,600.00 元']);
  });

  it('says why a wage under the county minimum gets nothing', async () => {
    fixture = withHost(roster());
    fixture.host.user.select('A4');
    const result = await explainActiveCell(fixture.adapter, 'zh', '汪清县');
    if (!result.ok || result.kind !== 'row') throw new Error('expected a row explanation');
    expect(result.row.view.eligible).toBe(false);
    expect(result.row.view.conclusion).toMatch(/^不符合第七条条件：.*最低工资.*，应发 0\.00 元。$/);
    expect(result.row.view.conditions.some((c) => !c.holds)).toBe(true);
  });

  it('explains nothing on the header row or on a sheet that is not a roster', async () => {
    fixture = withHost(roster());
    fixture.host.user.select('B2');
    expect((await explainActiveCell(fixture.adapter, 'zh', '汪清县')).ok).toBe(false);
  });
});

describe('说明此行 on a cross-province travel roster (measure 6)', () => {
  const day = (y: number, m: number, d: number) => ({ value: serialFromYmd(y, m, d), numberFormat: 'yyyy-mm-dd' });
  // MEASURES.md, measure 6: a contract of 6 months or more (6 included), a job outside Jilin, the actual round-trip
  // fare at most 1,600 yuan, in an allowed class (硬座 yes, 软卧 no). 2022-01-31 to 2022-07-30 is 6 whole months.
  function travelRoster() {
    return fromArrays([
      {
        name: '交通补助',
        cells: [
          ['序号', '姓名', '身份证号码', '务工地点', '合同起始日期', '合同终止日期', '交通方式', '往返票价', '补助金额'],
          [1, '张三', '222424199001011235', '广东省深圳市', day(2022, 3, 1), day(2022, 8, 31), '硬座', 1200, 1200],
          [2, '李四', '11010519491231002X', '长春市', day(2022, 3, 1), day(2022, 8, 31), '硬座', 1200, 1200],
          [3, '王五', '222424199001011235', '浙江省杭州市', day(2022, 1, 31), day(2022, 7, 30), '', 2000, 2000],
          [4, '赵六', '11010519491231002X', '北京市', day(2022, 3, 1), day(2022, 8, 31), '软卧', 900, 900],
        ],
      },
      {
        name: '交通补助（合同期限）',
        cells: [
          ['序号', '姓名', '身份证号码', '务工地点', '合同期限', '交通方式', '往返票价'],
          [1, '孙七', '222424199001011235', '江苏省', '2022-03-01至2022-08-30', '硬座', 800],
          [2, '周八', '11010519491231002X', '江苏省', '1年', '二等座', 800],
          [3, '吴九', '222424199001011235', '江苏省', '长期', '硬座', 800],
        ],
      },
    ]);
  }

  async function explainAt(sheet: string, address: string, lang: 'zh' | 'en' = 'zh') {
    fixture?.uninstall();
    fixture = withHost(travelRoster());
    fixture.host.user.activate(sheet);
    fixture.host.user.select(address);
    const result = await explainActiveCell(fixture.adapter, lang);
    if (!result.ok || result.kind !== 'row') throw new Error(`expected a row explanation at ${sheet}!${address}`);
    return result.row;
  }

  it('pays the actual fare of a job outside Jilin, with the contract months worked out from the two date columns', async () => {
    const row = await explainAt('交通补助', 'B2');
    expect(row.name).toBe('张三');
    expect(row.view.conclusion).toBe('符合第六条条件，应发 1,200.00 元。');
    const inputs = row.view.conditions.flatMap((c) => c.inputs);
    expect(inputs).toContainEqual(['合同期限（月）', '6']);
    expect(inputs).toContainEqual(['跨省务工', '是']);
    expect(inputs).toContainEqual(['交通方式/席别', '硬座']);
    expect(JSON.stringify(row.view)).not.toMatch(/[a-z]+_[a-z]+|travel\./);
  });

  it('pays nothing for a job inside Jilin (长春市) and says so', async () => {
    const row = await explainAt('交通补助', 'D3');
    expect(row.view.eligible).toBe(false);
    expect(row.view.conclusion).toMatch(/^不符合第六条条件：.*跨省.*，应发 0\.00 元。$/);
    expect(row.view.conditions.find((c) => c.text === '跨省务工')?.holds).toBe(false);
  });

  it('caps a fare above 1,600 yuan, a month-end contract of 6 whole months counting as 6', async () => {
    const row = await explainAt('交通补助', 'H4');
    expect(row.view.amount).toBe('1,600.00 元');
    expect(row.view.conditions.flatMap((c) => c.inputs)).toContainEqual(['合同期限（月）', '6']);
    expect(row.typedAmount).toBe(false);
  });

  it('says the amount typed beside a class not allowed (软卧) should be 0', async () => {
    const row = await explainAt('交通补助', 'I5');
    expect(row.typedAmount).toBe(true);
    expect([row.claimed, row.view.amount]).toEqual(['900.00 元', '0.00 元']);
    expect(row.view.conditions.some((c) => !c.holds && c.text.includes('交通方式'))).toBe(true);
  });

  it('reads a 合同期限 cell as the check does: a range one day short of 6 months, or 1年', async () => {
    const short = await explainAt('交通补助（合同期限）', 'B2');
    expect(short.view.eligible).toBe(false);
    expect(short.view.conditions.flatMap((c) => c.inputs)).toContainEqual(['合同期限（月）', '5']);
    const year = await explainAt('交通补助（合同期限）', 'B3', 'en');
    expect(year.view.conclusion).toBe('Eligible under measure 6: 800.00 yuan to pay.');
    expect(year.view.conditions.flatMap((c) => c.inputs)).toContainEqual(['contract months', '12']);
  });

  it('explains nothing for an open-ended contract rather than show a made-up number of months', async () => {
    fixture = withHost(travelRoster());
    fixture.host.user.activate('交通补助（合同期限）');
    fixture.host.user.select('B4');
    const result = await explainActiveCell(fixture.adapter, 'zh');
    expect(result.ok && result.kind === 'row').toBe(false);
  });
});
