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
 * narrowest.
 */
export const heatmapCellWidth = (frame: number, columns: number): number => {
  if (columns === 0 || frame <= 0) return MIN_CELL_PX;
  const fit = Math.floor((frame - LABEL_PX - 2) / columns) - CELL_MARGINS_PX;
  return Math.min(MAX_CELL_PX, Math.max(MIN_CELL_PX, fit));
};

/** Shortest cell: 193 delegations stay a column to scroll, as before. */
const MIN_CELL_HEIGHT_PX = 12;
/** Tallest: the 24 px a pointer target needs (WCAG 2.2, 2.5.8), and no bars. */
const MAX_CELL_HEIGHT_PX = 24;
/** About the height a matrix may take on a laptop's screen, under the page's title and filters. */
const GRID_PX = 520;

/**
 * A cell's height for `rows` delegations, cells `cellWidth` wide: a round of six delegations got
 * cells 24 × 12 px, hard to read and to hit, on a page with room to spare. Few rows grow to the
 * 24 px a pointer needs, never taller than wide; many keep the narrowest, so 193 fit as before.
 */
export const heatmapCellHeight = (rows: number, cellWidth: number): number => {
  if (rows <= 0) return MIN_CELL_HEIGHT_PX;
  const fit = Math.floor(GRID_PX / rows) - CELL_MARGINS_PX;
  return Math.max(MIN_CELL_HEIGHT_PX, Math.min(MAX_CELL_HEIGHT_PX, cellWidth, fit));
};
