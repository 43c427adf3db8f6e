import { moveInGrid } from './grid-keys';

describe('moving the focus in the heatmap with the keyboard', () => {
  const middle = { row: 5, col: 5 };

  it('moves one cell with the arrows', () => {
    expect(moveInGrid('ArrowRight', false, middle, 193, 300)).toEqual({ row: 5, col: 6 });
    expect(moveInGrid('ArrowLeft', false, middle, 193, 300)).toEqual({ row: 5, col: 4 });
    expect(moveInGrid('ArrowDown', false, middle, 193, 300)).toEqual({ row: 6, col: 5 });
    expect(moveInGrid('ArrowUp', false, middle, 193, 300)).toEqual({ row: 4, col: 5 });
  });

  it('stops at the edges instead of wrapping to the next row', () => {
    expect(moveInGrid('ArrowLeft', false, { row: 3, col: 0 }, 193, 300)).toEqual({ row: 3, col: 0 });
    expect(moveInGrid('ArrowRight', false, { row: 3, col: 299 }, 193, 300)).toEqual({ row: 3, col: 299 });
    expect(moveInGrid('ArrowUp', false, { row: 0, col: 3 }, 193, 300)).toEqual({ row: 0, col: 3 });
    expect(moveInGrid('ArrowDown', false, { row: 192, col: 3 }, 193, 300)).toEqual({ row: 192, col: 3 });
    expect(moveInGrid('PageDown', false, { row: 188, col: 3 }, 193, 300)).toEqual({ row: 192, col: 3 });
  });

  it("goes to the row's ends with Home and End, and to the grid's with Ctrl", () => {
    expect(moveInGrid('Home', false, middle, 193, 300)).toEqual({ row: 5, col: 0 });
    expect(moveInGrid('End', false, middle, 193, 300)).toEqual({ row: 5, col: 299 });
    expect(moveInGrid('Home', true, middle, 193, 300)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid('End', true, middle, 193, 300)).toEqual({ row: 192, col: 299 });
  });

  it('leaves other keys, and an empty grid, alone', () => {
    expect(moveInGrid('Enter', false, middle, 193, 300)).toBeNull();
    expect(moveInGrid('a', false, middle, 193, 300)).toBeNull();
    expect(moveInGrid('ArrowRight', false, { row: 0, col: 0 }, 0, 300)).toBeNull();
  });
});
