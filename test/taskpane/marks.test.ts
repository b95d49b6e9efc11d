import { fromArrays, snapshotCells, snapshotFormats } from '../../tools/excel-host';
import type { HostCell, HostWorkbook } from '../../tools/excel-host';
import { MARKS_SHEET, NOTE_PREFIX } from '../../src/taskpane/excel/marks';
import { MARK_FILL } from '../../src/taskpane/excel/markPlan';
import type { Fixture } from './hostFixture';
import { withHost } from './hostFixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.uninstall());

const thin = { style: 'Continuous', color: '#000000', weight: 'Thin' };

/** A roster the clerk has formatted: fills (one white), bold red text, borders, text and date formats, a formula. */
function formattedRoster(): HostWorkbook {
  const cell = (c: HostCell) => c;
  return fromArrays([
    {
      name: '花名册',
      cells: [
        [cell({ value: '姓名', format: { fill: '#DDEBF7', font: { bold: true } } }), cell({ value: '身份证号码', format: { borders: { bottom: thin } } }), '月工资', '合计'],
        ['张三', cell({ value: '222424199001011235', numberFormat: '@', format: { font: { color: '#FF0000', italic: true } } }), 1500, cell({ formula: '=C2*2', value: 3000 })],
        ['李四', cell({ value: '22242419900101123X', format: { fill: '#FFFFFF' } }), cell({ value: 1800, numberFormat: '#,##0.00', format: { borders: { top: thin, left: thin, right: thin, bottom: { style: 'Double', color: '#0000FF', weight: 'Thick' } } } }), cell({ formula: '=C3*2', value: 3600 })],
        ['王五', '', cell({ value: 44621, numberFormat: 'yyyy-mm-dd', format: { font: { name: '宋体', size: 9, underline: 'Single', strikethrough: true } } }), null],
      ],
    },
    { name: 'Other', cells: [['不相关']] },
  ]);
}

const FLAGGED = [
  { sheet: '花名册', address: 'A1', severity: 'warning' as const },
  { sheet: '花名册', address: 'B2', severity: 'error' as const },
  { sheet: '花名册', address: 'B3', severity: 'error' as const },
  { sheet: '花名册', address: 'C3', severity: 'warning' as const },
  { sheet: '花名册', address: 'C4', severity: 'error' as const },
  { sheet: '花名册', address: 'B4', severity: 'error' as const },
  { sheet: '花名册', address: 'D2', severity: 'error' as const },
];

describe('marks', () => {
  it('fills the flagged cells without changing any value or formula', async () => {
    fixture = withHost(formattedRoster());
    const before = snapshotCells(fixture.host.workbook, '花名册');
    const count = await fixture.adapter.markCells(FLAGGED);
    expect(count).toBe(FLAGGED.length);
    const formats = snapshotFormats(fixture.host.workbook, '花名册');
    expect(formats.B2.format?.fill).toBe(MARK_FILL.error);
    expect(formats.A1.format?.fill).toBe(MARK_FILL.warning);
    expect(formats.B4.format?.fill).toBe(MARK_FILL.error);
    // The clerk's font on a marked cell stays.
    expect(formats.B2.format?.font).toEqual({ color: '#FF0000', italic: true });
    // An unflagged cell is untouched.
    expect(formats.C2).toBeUndefined();
    expect(snapshotCells(fixture.host.workbook, '花名册')).toEqual(before);
    expect(await fixture.adapter.markedCount()).toBe(FLAGGED.length);
  });

  it('keeps the originals in a very hidden sheet', async () => {
    fixture = withHost(formattedRoster());
    await fixture.adapter.markCells(FLAGGED);
    const store = fixture.host.workbook.sheets.find((s) => s.name === MARKS_SHEET);
    expect(store?.visibility).toBe('VeryHidden');
  });

  it('clearing brings back every fill, font, border and number format exactly, and removes its sheet', async () => {
    fixture = withHost(formattedRoster());
    const cells = snapshotCells(fixture.host.workbook);
    const formats = snapshotFormats(fixture.host.workbook);
    await fixture.adapter.markCells(FLAGGED);
    const cleared = await fixture.adapter.clearMarks();
    expect(cleared).toBe(FLAGGED.length);
    expect(snapshotFormats(fixture.host.workbook)).toEqual(formats);
    expect(snapshotCells(fixture.host.workbook)).toEqual(cells);
    expect(fixture.host.workbook.sheets.map((s) => s.name)).toEqual(['花名册', 'Other']);
    expect(await fixture.adapter.markedCount()).toBe(0);
  });

  it('tells a white fill from no fill when restoring', async () => {
    fixture = withHost(formattedRoster());
    await fixture.adapter.markCells(FLAGGED);
    await fixture.adapter.clearMarks();
    const formats = snapshotFormats(fixture.host.workbook, '花名册');
    expect(formats.B3.format?.fill).toBe('#FFFFFF');
    expect(formats.B4).toBeUndefined();
  });

  it('puts back a format the clerk changed on a marked cell after marking', async () => {
    fixture = withHost(formattedRoster());
    const formats = snapshotFormats(fixture.host.workbook);
    await fixture.adapter.markCells(FLAGGED);
    await fixture.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('花名册').getRange('C3');
      range.numberFormat = [['0']];
      range.format.font.bold = true;
      range.format.borders.getItem('EdgeBottom').style = 'None';
      await context.sync();
    });
    await fixture.adapter.clearMarks();
    expect(snapshotFormats(fixture.host.workbook)).toEqual(formats);
  });

  it('running again replaces the previous marks, and one clear restores the original look', async () => {
    fixture = withHost(formattedRoster());
    const formats = snapshotFormats(fixture.host.workbook);
    await fixture.adapter.markCells(FLAGGED);
    await fixture.adapter.markCells(FLAGGED.slice(0, 2));
    const marked = snapshotFormats(fixture.host.workbook, '花名册');
    // B3 was marked by the first run only: the second run cleared it first.
    expect(marked.B3.format?.fill).toBe('#FFFFFF');
    expect(marked.B2.format?.fill).toBe(MARK_FILL.error);
    await fixture.adapter.clearMarks();
    expect(snapshotFormats(fixture.host.workbook)).toEqual(formats);
  });

  it('clearing when nothing is marked does nothing', async () => {
    fixture = withHost(formattedRoster());
    const formats = snapshotFormats(fixture.host.workbook);
    expect(await fixture.adapter.clearMarks()).toBe(0);
    expect(snapshotFormats(fixture.host.workbook)).toEqual(formats);
  });

  it('marks thousands of cells in a few syncs, each under the payload limit', async () => {
    const cells = [['身份证号码', '姓名']];
    for (let i = 0; i < 5_000; i++) cells.push([`2224241990${String(i).padStart(8, '0')}`, `张${i}`]);
    fixture = withHost(fromArrays([{ name: '花名册', cells }]));
    const marks = Array.from({ length: 5_000 }, (_, i) => ({ sheet: '花名册', address: `A${i + 2}`, severity: 'error' as const }));
    const formats = snapshotFormats(fixture.host.workbook);
    fixture.host.resetStats();
    await fixture.adapter.markCells(marks);
    const markSyncs = fixture.host.stats.syncCount;
    // Per block of 1,000 cells: one sync to read the originals, one to save them and fill.
    expect(markSyncs).toBeLessThan(20);
    expect(fixture.host.stats.largestPayloadBytes).toBeLessThan(4_000_000);
    expect(snapshotFormats(fixture.host.workbook, '花名册').A5001.format?.fill).toBe(MARK_FILL.error);
    await fixture.adapter.clearMarks();
    expect(snapshotFormats(fixture.host.workbook)).toEqual(formats);
    // What is measured is syncs and payloads, not time: a loaded machine takes longer than jest's 5 s default.
  }, 60_000);
});

describe('notes (批注) on marked cells', () => {
  it('puts a note on each marked cell without one, leaves a colleague’s note alone, and clearing removes only its own', async () => {
    const workbook = formattedRoster();
    // The colleague's note is on B2, a cell the check flags, and on A4, one it does not.
    workbook.comments = [
      { id: 'c1', sheetId: workbook.sheets[0].id, row: 1, col: 1, content: '同事：已核实', authorName: 'x', authorEmail: '', creationDate: '2022-06-01T00:00:00Z', resolved: false },
      { id: 'c2', sheetId: workbook.sheets[0].id, row: 3, col: 0, content: '同事：待补', authorName: 'x', authorEmail: '', creationDate: '2022-06-01T00:00:00Z', resolved: false },
    ];
    fixture = withHost(workbook);
    const marks = FLAGGED.map((m) => ({ ...m, note: `${m.address} 有问题` }));
    await fixture.adapter.markCells(marks);
    const notes = fixture.host.workbook.comments.map((c) => [c.row, c.col, c.content] as const);
    const ours = notes.filter(([, , content]) => content.startsWith(NOTE_PREFIX));
    expect(ours).toHaveLength(FLAGGED.length - 1);
    expect(ours.map(([, , content]) => content)).toContain(`${NOTE_PREFIX}C3 有问题`);
    expect(notes.filter(([r, c]) => r === 1 && c === 1).map(([, , content]) => content)).toEqual(['同事：已核实']);

    // Marking again (a second run) replaces the notes, it does not pile them up.
    await fixture.adapter.markCells(marks);
    expect(fixture.host.workbook.comments.filter((c) => c.content.startsWith(NOTE_PREFIX))).toHaveLength(FLAGGED.length - 1);

    await fixture.adapter.clearMarks();
    expect(fixture.host.workbook.comments.map((c) => c.content).sort()).toEqual(['同事：已核实', '同事：待补']);
  });

  it('keeps a note the colleague rewrote: clearing deletes only notes still as the marks wrote them', async () => {
    fixture = withHost(formattedRoster());
    await fixture.adapter.markCells([{ sheet: '花名册', address: 'B2', severity: 'error', note: '校验位不符' }]);
    const [note] = fixture.host.workbook.comments;
    note.content = '同事：已对照原件，号码无误';
    await fixture.adapter.clearMarks();
    expect(fixture.host.workbook.comments.map((c) => c.content)).toEqual(['同事：已对照原件，号码无误']);
  });
});
