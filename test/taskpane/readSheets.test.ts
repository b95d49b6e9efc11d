import { fromArrays, serialFromYmd } from '../../tools/excel-host';
import type { HostWorkbook } from '../../tools/excel-host';
import { rowsPerBlock } from '../../src/taskpane/excel/blockPlan';
import { BLOCK_BYTES_BUDGET } from '../../src/taskpane/excel/limits';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

const HIRED = serialFromYmd(2022, 3, 1);

function smallRoster(): HostWorkbook {
  const workbook = fromArrays(
    [
      {
        name: '花名册',
        origin: 'B2',
        cells: [
          ['汪清县2022年一次性吸纳就业补贴花名册', null, null],
          ['姓名', '身份证号码', '入职日期'],
          ['张三', '11010519491231002X', { value: HIRED, numberFormat: 'yyyy-mm-dd' }],
          ['李四', 222424199001011230, { error: '#N/A' }],
          ['王五', { value: '222424199001011235', numberFormat: '@' }, 44621],
        ],
      },
      { name: 'Other', cells: [['x']] },
    ],
    { name: '花名册.xlsx' },
  );
  // Row 6 of the sheet (王五) is hidden by the clerk.
  workbook.sheets[0].hiddenRows.add(5);
  return workbook;
}

describe('reading a roster sheet through the adapter', () => {
  it('returns the used range with values, kinds, number formats, offsets and hidden rows', async () => {
    fixture = withHost(smallRoster());
    const [grid] = await fixture.adapter.readSheets(['花名册']);
    expect(grid.file).toBe('花名册.xlsx');
    expect(grid.sheet).toBe('花名册');
    expect(grid.rowOffset).toBe(1);
    expect(grid.columnOffset).toBe(1);
    expect(grid.values).toEqual([
      ['汪清县2022年一次性吸纳就业补贴花名册', '', ''],
      ['姓名', '身份证号码', '入职日期'],
      ['张三', '11010519491231002X', HIRED],
      ['李四', 222424199001011230, '#N/A'],
      ['王五', '222424199001011235', 44621],
    ]);
    // A date is a number with a date format; the same number in General is a number; an ID typed as a number is a Double.
    expect(grid.kinds?.[2][2]).toBe('Date');
    expect(grid.kinds?.[4][2]).toBe('Double');
    expect(grid.kinds?.[3][1]).toBe('Double');
    expect(grid.kinds?.[3][2]).toBe('Error');
    expect(grid.kinds?.[4][1]).toBe('String');
    expect(grid.kinds?.[0][1]).toBe('Empty');
    expect(grid.numberFormats?.[4][1]).toBe('@');
    expect(grid.numberFormats?.[2][2]).toBe('yyyy-mm-dd');
    expect(grid.hiddenRows).toEqual([5]);
  });

  it('reads an empty sheet as an empty grid', async () => {
    fixture = withHost(fromArrays([{ name: 'Empty', cells: [] }, { name: 'B', cells: [['x']] }]));
    const [grid] = await fixture.adapter.readSheets(['Empty']);
    expect(grid.values).toEqual([]);
  });

  it('reads the heads of several sheets in two syncs', async () => {
    fixture = withHost(smallRoster());
    await fixture.adapter.workbookInfo();
    fixture.host.resetStats();
    const heads = await fixture.adapter.readSheetHeads(['花名册', 'Other']);
    expect(heads.map((h) => h.sheet)).toEqual(['花名册', 'Other']);
    expect(heads[1].values).toEqual([['x']]);
    expect(fixture.host.stats.syncCount).toBe(2);
  });

  it('names the sheet when it does not exist', async () => {
    fixture = withHost(smallRoster());
    await expect(fixture.adapter.readSheets(['Nope'])).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

/** A roster whose rows weigh about 600 bytes each as JSON (values, types and formats). */
function heavyRoster(rows: number): HostWorkbook {
  const remark = '备注'.repeat(60);
  const cells = [['姓名', '身份证号码', '备注']];
  for (let i = 0; i < rows; i++) cells.push([`张${i}`, `2224241990010${String(i).padStart(5, '0')}`, remark]);
  return fromArrays([{ name: '花名册', cells }]);
}

describe('row blocks', () => {
  it('keeps every response under 4 MB, never syncs per row, and reads every row', async () => {
    const rows = 30_000;
    fixture = withHost(heavyRoster(rows));
    fixture.host.resetStats();
    const [grid] = await fixture.adapter.readSheets(['花名册']);
    expect(grid.values).toHaveLength(rows + 1);
    expect(grid.values[rows][0]).toBe(`张${rows - 1}`);
    const { requests } = fixture.host.stats;
    const largest = Math.max(...requests.map((r) => Math.max(r.bytesSent, r.bytesReceived)));
    // 30,000 rows of ~600 bytes is ~18 MB: it cannot come in one response, and must not come a row at a time.
    expect(largest).toBeGreaterThan(1_000_000);
    expect(largest).toBeLessThan(BLOCK_BYTES_BUDGET);
    expect(requests.length).toBeGreaterThanOrEqual(5);
    expect(requests.length).toBeLessThan(20);
    expect(requests.every((r) => r.rejected === undefined)).toBe(true);
  });

  it('halves a block that Excel still refuses as too large and reads it again', async () => {
    const rows = 6_000;
    // An Excel that refuses anything over 1 MB: the adapter's 4 MB blocks are refused and halved.
    fixture = withHost(heavyRoster(rows), { payloadLimitBytes: 1_000_000 });
    const [grid] = await fixture.adapter.readSheets(['花名册']);
    expect(grid.values).toHaveLength(rows + 1);
    expect(grid.values[rows][1]).toBe(`2224241990010${String(rows - 1).padStart(5, '0')}`);
    const { requests } = fixture.host.stats;
    expect(requests.some((r) => r.rejected === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(requests.filter((r) => r.rejected === undefined).every((r) => r.bytesReceived <= 1_000_000)).toBe(true);
  });

  it('reports rows read as it goes', async () => {
    fixture = withHost(heavyRoster(12_000));
    const seen: Array<[number, number]> = [];
    await fixture.adapter.readSheets(['花名册'], { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen[0]).toEqual([0, 12_001]);
    expect(seen[seen.length - 1]).toEqual([12_001, 12_001]);
    expect(seen.length).toBeGreaterThan(2);
  });

  it('stops at the next block when cancelled', async () => {
    fixture = withHost(heavyRoster(12_000));
    const controller = new AbortController();
    const reading = fixture.adapter.readSheets(['花名册'], {
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 0) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('rowsPerBlock', () => {
  it('fits the heaviest row into the byte budget', () => {
    expect(rowsPerBlock(400, 10, 4_000_000, 5_000_000)).toBe(10_000);
  });

  it('keeps a wide sheet under the 5,000,000-cell read limit', () => {
    // 1-byte rows would allow 4,000,000 rows; 200 columns allow only 25,000.
    expect(rowsPerBlock(1, 200, 4_000_000, 5_000_000)).toBe(25_000);
  });

  it('reads at least one row even when a single row is over the budget', () => {
    expect(rowsPerBlock(10_000_000, 3)).toBe(1);
  });
});

describe('merged cells down the rows (a printed roster)', () => {
  function mergedRoster(): HostWorkbook {
    const workbook = fromArrays(
      [
        {
          name: '花名册',
          cells: [
            ['姓名', '身份证号码', '用工单位'],
            ['张三', '11010519491231002X', '汪清县长白山黑木耳有限公司'],
            ['李四', '222424199001011235', null],
            ['王五', '222424199001011243', null],
          ],
        },
      ],
      { name: '花名册.xlsx' },
    );
    // C2:C4: the employer merged over its three rows, as Excel stores it (the value in C2 only).
    workbook.sheets[0].merges.push({ row: 1, col: 2, rows: 3, cols: 1 });
    return workbook;
  }

  it('gives every row of a merged block the block’s value, from Excel’s own merged areas (ExcelApi 1.13)', async () => {
    fixture = withHost(mergedRoster());
    const notes: unknown[] = [];
    const [grid] = await fixture.adapter.readSheets(['花名册'], { onNote: (n) => notes.push(n) });
    expect(grid.values.map((r) => r[2])).toEqual(['用工单位', '汪清县长白山黑木耳有限公司', '汪清县长白山黑木耳有限公司', '汪清县长白山黑木耳有限公司']);
    expect(notes).toEqual([]);
  });

  it('on an older Excel, reads the block as Excel reports it and says once that merged cells could not be expanded', async () => {
    fixture = withHost(mergedRoster());
    const office = (globalThis as unknown as { Office: { context: { requirements: { isSetSupported: (n: string, v?: string) => boolean } } } }).Office;
    office.context.requirements.isSetSupported = (name, version) => !(name === 'ExcelApi' && version === '1.13');
    const notes: Array<{ code: string }> = [];
    const [grid] = await fixture.adapter.readSheets(['花名册'], { onNote: (n) => notes.push(n) });
    expect(grid.values.map((r) => r[2])).toEqual(['用工单位', '汪清县长白山黑木耳有限公司', '', '']);
    expect(notes.map((n) => n.code)).toEqual(['MERGED_NOT_EXPANDED']);
  });
});

describe('struck-out rows (a withdrawn row, as clerks strike one out)', () => {
  const strike = { font: { strikethrough: true } };
  const struck = (value: unknown) => ({ value, format: strike }) as never;

  function strikeRoster(): HostWorkbook {
    return fromArrays(
      [
        {
          name: '花名册',
          cells: [
            [struck('汪清县2022年一次性吸纳就业补贴花名册'), null, null],
            ['姓名', '身份证号码', '备注'],
            ['张三', '11010519491231002X', null],
            // Every cell with content struck; the empty 备注 beside them is not.
            [struck('李四'), struck('222424199001011235'), null],
            // One cell struck, the other not: a correction, not a withdrawn row.
            [struck('王五'), '222424199001011243', null],
          ],
        },
      ],
      { name: '花名册.xlsx' },
    );
  }

  it('finds the table rows whose every cell with content is struck through, from Excel’s own fonts (ExcelApi 1.9)', async () => {
    fixture = withHost(strikeRoster());
    const [grid] = await fixture.adapter.readSheets(['花名册'], { struckRows: true });
    // 0-based sheet rows: row 4 of the sheet. The struck title above the table withdraws nothing.
    expect(grid.struckRows).toEqual([3]);
    // The values are read as they are: nothing is blanked by the reader.
    expect(grid.values[3]).toEqual(['李四', '222424199001011235', '']);
  });

  it('asks only when told to: other sheets (registers, history) are read without a font in sight', async () => {
    fixture = withHost(strikeRoster());
    await fixture.adapter.workbookInfo();
    fixture.host.resetStats();
    const [grid] = await fixture.adapter.readSheets(['花名册']);
    expect(grid.struckRows).toBeUndefined();
    const plain = fixture.host.stats.syncCount;
    fixture.host.resetStats();
    await fixture.adapter.readSheets(['花名册'], { struckRows: true });
    // One sync asks every block whether it is struck anywhere; the mixed block is then read cell by cell.
    expect(fixture.host.stats.syncCount).toBe(plain + 2);
  });

  it('on an Excel without ExcelApi 1.9, reads the rows as they are and says once that strike-through could not be read', async () => {
    fixture = withHost(strikeRoster());
    const office = (globalThis as unknown as { Office: { context: { requirements: { isSetSupported: (n: string, v?: string) => boolean } } } }).Office;
    office.context.requirements.isSetSupported = (name, version) => !(name === 'ExcelApi' && version === '1.9');
    const notes: Array<{ code: string }> = [];
    const [grid] = await fixture.adapter.readSheets(['花名册'], { struckRows: true, onNote: (n) => notes.push(n) });
    expect(grid.struckRows).toBeUndefined();
    expect(notes.map((n) => n.code)).toEqual(['STRIKE_NOT_READ']);
  });

  function longRoster(rows: number, struckAt: ReadonlyArray<number>): HostWorkbook {
    const cells: unknown[][] = [['姓名', '身份证号码', '备注']];
    for (let i = 0; i < rows; i++) {
      const line = [`张${i}`, `2224241990010${String(i).padStart(5, '0')}`, '脱贫户'];
      cells.push(struckAt.includes(i) ? line.map(struck) : line);
    }
    return fromArrays([{ name: '花名册', cells: cells as never }]);
  }

  it('reads the fonts of a long roster in blocks under 4 MB, cell by cell only where a block has a struck cell', async () => {
    const rows = 60_000;
    // 60,000 rows x 3 cells of {"format":{"font":{"strikethrough":false}}} is ~7.7 MB: two blocks of ~31,000 rows.
    // Both struck rows are in the first: the second answers "struck nowhere" and costs a few bytes.
    fixture = withHost(longRoster(rows, [10, 20]));
    await fixture.adapter.workbookInfo();
    fixture.host.resetStats();
    await fixture.adapter.readSheets(['花名册']);
    const received = (requests: ReadonlyArray<{ bytesReceived: number }>) => requests.reduce((sum, r) => sum + r.bytesReceived, 0);
    const valuesOnly = received(fixture.host.stats.requests);
    fixture.host.resetStats();
    const [grid] = await fixture.adapter.readSheets(['花名册'], { struckRows: true });
    expect(grid.struckRows).toEqual([11, 21]);
    const { requests } = fixture.host.stats;
    expect(requests.every((r) => r.rejected === undefined)).toBe(true);
    const fonts = received(requests) - valuesOnly;
    expect(fonts).toBeGreaterThan(3_000_000);
    expect(fonts).toBeLessThan(BLOCK_BYTES_BUDGET);
  });

  it('halves a block of fonts that Excel still refuses as too large', async () => {
    const rows = 12_000;
    fixture = withHost(longRoster(rows, [rows - 1]), { payloadLimitBytes: 1_000_000 });
    const [grid] = await fixture.adapter.readSheets(['花名册'], { struckRows: true });
    expect(grid.struckRows).toEqual([rows]);
    const { requests } = fixture.host.stats;
    expect(requests.some((r) => r.rejected === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });
});
