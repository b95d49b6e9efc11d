import { readBoolean, readCount, readMoneyFen, readNumber } from '../../src/policy';

describe('money is read in fen', () => {
  it.each([
    [1600, 160000],
    [0.1 + 0.2, 30],
    [1234.565, 123457],
    ['1,600.00', 160000],
    ['￥1600', 160000],
    ['1600元', 160000],
    ['１６００', 160000],
  ])('%p yuan is %i fen', (v, fen) => {
    expect(readMoneyFen(v)).toEqual({ ok: true, value: fen });
  });
  it.each([
    [-1, 'NEGATIVE'],
    ['abc', 'NOT_A_NUMBER'],
    [true, 'NOT_A_NUMBER'],
    [null, 'EMPTY'],
    ['#VALUE!', 'CELL_ERROR'],
  ])('rejects %p with %s', (v, code) => {
    const r = readMoneyFen(v);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });
});

describe('counts', () => {
  it('a fraction is an error where whole numbers are required', () => {
    const r = readCount(2.5, { whole: true });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_WHOLE');
    expect(readCount(2.5)).toEqual({ ok: true, value: 2.5 });
  });
  it('text numbers are numbers', () => {
    expect(readNumber(' 12 ')).toEqual({ ok: true, value: 12 });
  });
});

describe('booleans', () => {
  it.each([
    [true, true],
    ['TRUE', true],
    ['是', true],
    ['否', false],
    [0, false],
  ])('%p is %p', (v, b) => {
    expect(readBoolean(v)).toEqual({ ok: true, value: b });
  });
  it('rejects other text', () => {
    expect(readBoolean('maybe').ok).toBe(false);
  });
});
