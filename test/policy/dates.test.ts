import { addMonths, contractMonths, formatDate, isoToSerial, readDate, readRequiredDate, serialToYmd, ymdToSerial } from '../../src/policy';

describe('Excel serial days (1900 system, day 0 = 1899-12-30)', () => {
  it.each([
    ['1900-03-01', 61],
    ['2020-01-01', 43831],
    ['2022-03-01', 44621],
    ['9999-12-31', 2958465],
  ])('%s is serial %i as in Excel', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(formatDate(serial)).toBe(iso);
  });
  it('round-trips every day of a leap year', () => {
    for (let s = ymdToSerial(2024, 1, 1); s <= ymdToSerial(2024, 12, 31); s++) {
      const { y, m, d } = serialToYmd(s);
      expect(ymdToSerial(y, m, d)).toBe(s);
    }
  });
});

describe('addMonths clamps to the month end as EDATE does', () => {
  it.each([
    ['2022-01-31', 1, '2022-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2022-01-31', 6, '2022-07-31'],
    ['2022-08-31', 6, '2023-02-28'],
    ['2022-03-15', -3, '2021-12-15'],
    ['2022-12-31', 2, '2023-02-28'],
  ])('%s + %i months = %s', (from, n, to) => {
    expect(formatDate(addMonths(isoToSerial(from), n))).toBe(to);
  });
});

describe('contractMonths (MEASURES.md: N months when end >= start + N months - 1 day)', () => {
  it.each([
    ['2022-03-01', '2022-08-31', 6],
    ['2022-03-01', '2022-08-30', 5],
    ['2022-01-31', '2022-07-30', 6],
    ['2022-01-31', '2022-07-29', 5],
    ['2022-03-15', '2023-03-14', 12],
    ['2022-03-15', '2022-03-15', 0],
    ['2022-03-15', '2022-03-01', 0],
  ])('%s to %s is %i whole months', (start, end, months) => {
    expect(contractMonths(isoToSerial(start), isoToSerial(end))).toBe(months);
  });
});

describe('readDate takes the forms MEASURES.md lists and nothing else', () => {
  const march1 = isoToSerial('2022-03-01');
  it.each(['2022-03-01', '2022/3/1', '2022.3.1', '2022年3月1日', '20220301', '２０２２-０３-０１', ' 2022-3-1 '])('reads %p', (v) => {
    expect(readDate(v)).toEqual({ ok: true, value: march1 });
  });
  it('reads a serial, and 20220301 typed as a number', () => {
    expect(readDate(44621)).toEqual({ ok: true, value: march1 });
    expect(readDate(44621.75)).toEqual({ ok: true, value: march1 });
    expect(readDate(20220301)).toEqual({ ok: true, value: march1 });
  });
  it.each([
    ['2022-02-30', 'DATE_IMPOSSIBLE'],
    ['2022-13-01', 'DATE_IMPOSSIBLE'],
    ['March 1, 2022', 'DATE_UNREADABLE'],
    ['1/3/2022', 'DATE_UNREADABLE'],
    ['#N/A', 'CELL_ERROR'],
    ['', 'EMPTY'],
    [-5, 'DATE_OUT_OF_RANGE'],
    [true, 'DATE_UNREADABLE'],
  ])('rejects %p with %s', (v, code) => {
    const r = readDate(v);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.zh.length).toBeGreaterThan(0);
      expect(r.error.message.en.length).toBeGreaterThan(0);
    }
  });
  it('a required date arriving as 0 is an empty cell, not 1899-12-30', () => {
    const r = readRequiredDate(0);
    expect(r.ok || r.error.code).toBe('EMPTY');
  });
});
