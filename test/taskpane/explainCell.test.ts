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
    if (!result.ok) return;
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
    expect(result.ok && result.outcome.ok && result.outcome.value).toBe(0);
    expect(result.ok && result.text).toContain('1,540.00');
    expect(result.ok && result.text).toContain('not eligible');
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
    expect(result.ok && result.args[0]).toMatchObject({ source: '参数!A1', value: '汪清县' });
    expect(result.ok && result.outcome.ok && result.outcome.value).toBe(1540);
  });

  it('says when the formula is not a JL function, and when the cell has no formula', async () => {
    fixture = withHost(ledger());
    fixture.host.user.select('F6');
    const sum = await explainActiveCell(fixture.adapter, 'en');
    expect(!sum.ok && sum.message).toContain('not a JL function');
    fixture.host.user.select('A2');
    const name = await explainActiveCell(fixture.adapter, 'en');
    expect(!name.ok && name.message).toContain('no formula');
  });

  it('explains a JL.EXPLAIN cell with the explained function’s argument names', async () => {
    fixture = withHost(ledger());
    fixture.host.user.select('F7');
    const result = await explainActiveCell(fixture.adapter, 'en');
    expect(result.ok && result.args.map((a) => a.name)).toEqual(['function_name', 'hire_date', 'months_worked', 'monthly_wage', 'county_or_min_wage']);
    expect(result.ok && result.text).toContain('1,600.00');
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
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(1);
    await stop();
    fixture.host.user.select('C4');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(1);
  });
});
