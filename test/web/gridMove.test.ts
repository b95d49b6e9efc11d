import { gridMove } from '../../src/web/components/gridMove';

const size = { rows: 100, columns: 8, page: 20 };
const move = (row: number, column: number, key: string, ctrl = false) => gridMove({ row, column }, { key, ctrl }, size);

describe('gridMove: where a key takes the active cell of the page’s grid', () => {
  it('moves one cell with the arrows, and stops at the edges', () => {
    expect([move(5, 3, 'ArrowUp'), move(5, 3, 'ArrowDown'), move(5, 3, 'ArrowLeft'), move(5, 3, 'ArrowRight')]).toEqual([
      { row: 4, column: 3 },
      { row: 6, column: 3 },
      { row: 5, column: 2 },
      { row: 5, column: 4 },
    ]);
    expect([move(0, 0, 'ArrowUp'), move(0, 0, 'ArrowLeft'), move(99, 7, 'ArrowDown'), move(99, 7, 'ArrowRight')]).toEqual([
      { row: 0, column: 0 },
      { row: 0, column: 0 },
      { row: 99, column: 7 },
      { row: 99, column: 7 },
    ]);
  });

  it('goes to the row’s ends with Home / End and the sheet’s with Ctrl', () => {
    expect([move(5, 3, 'Home'), move(5, 3, 'End'), move(5, 3, 'Home', true), move(5, 3, 'End', true)]).toEqual([
      { row: 5, column: 0 },
      { row: 5, column: 7 },
      { row: 0, column: 0 },
      { row: 99, column: 7 },
    ]);
  });

  it('moves a screen of rows with PageUp / PageDown, no further than the sheet', () => {
    expect([move(50, 2, 'PageUp'), move(50, 2, 'PageDown'), move(10, 2, 'PageUp'), move(90, 2, 'PageDown')]).toEqual([
      { row: 30, column: 2 },
      { row: 70, column: 2 },
      { row: 0, column: 2 },
      { row: 99, column: 2 },
    ]);
  });

  it('starts at the first cell with no active one, and ignores other keys and an empty sheet', () => {
    expect(gridMove(null, { key: 'ArrowDown', ctrl: false }, size)).toEqual({ row: 1, column: 0 });
    expect(move(5, 3, 'a')).toBeNull();
    expect(gridMove({ row: 0, column: 0 }, { key: 'ArrowDown', ctrl: false }, { rows: 0, columns: 0, page: 10 })).toBeNull();
  });
});
