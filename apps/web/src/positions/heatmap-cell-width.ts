/** The delegation column, and each cell's margins (positions.css). */
const LABEL_PX = 72;
const CELL_MARGINS_PX = 2;
/** Narrowest cell: a row of 300 paragraphs stays a strip to scroll. */
const MIN_CELL_PX = 12;
/** Widest cell: wider than this, a row no longer reads as one line of colours. */
const MAX_CELL_PX = 36;

/**
 * A cell's width in a frame `frame` pixels wide: the columns share the frame, so a text of 34
 * paragraphs fills the page instead of a third of it, and one of 300 scrolls sideways at the
 * narrowest. Rows keep their height: 193 delegations stay as tall as before.
 */
export const heatmapCellWidth = (frame: number, columns: number): number => {
  if (columns === 0 || frame <= 0) return MIN_CELL_PX;
  const fit = Math.floor((frame - LABEL_PX - 2) / columns) - CELL_MARGINS_PX;
  return Math.min(MAX_CELL_PX, Math.max(MIN_CELL_PX, fit));
};
