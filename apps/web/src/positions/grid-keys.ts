/** A cell of the heatmap: its row (delegation) and column (paragraph). */
export interface GridCell {
  row: number;
  col: number;
}

/** Rows a Page Up or Page Down moves by: about a screenful of 14-px rows. */
export const PAGE_ROWS = 10;

/**
 * Where a key moves the focus in a grid of `rows` × `cols` cells, as the ARIA grid pattern has it:
 * arrows one cell, Home/End the row's first and last, with Ctrl the grid's, Page Up/Down a
 * screenful. Null for any other key, or an empty grid. Moves stop at the edges, never wrap.
 */
export const moveInGrid = (key: string, ctrl: boolean, from: GridCell, rows: number, cols: number): GridCell | null => {
  if (rows === 0 || cols === 0) return null;
  const clamp = (row: number, col: number): GridCell => ({
    row: Math.min(rows - 1, Math.max(0, row)),
    col: Math.min(cols - 1, Math.max(0, col)),
  });
  switch (key) {
    case 'ArrowRight':
      return clamp(from.row, from.col + 1);
    case 'ArrowLeft':
      return clamp(from.row, from.col - 1);
    case 'ArrowDown':
      return clamp(from.row + 1, from.col);
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'Home':
      return clamp(ctrl ? 0 : from.row, 0);
    case 'End':
      return clamp(ctrl ? rows - 1 : from.row, cols - 1);
    case 'PageDown':
      return clamp(from.row + PAGE_ROWS, from.col);
    case 'PageUp':
      return clamp(from.row - PAGE_ROWS, from.col);
    default:
      return null;
  }
};
