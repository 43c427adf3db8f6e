import { heatmapCellWidth } from './heatmap-cell-width';

describe('the width of a heatmap cell', () => {
  it('shares a 1280-px page among the paragraphs of a short text', () => {
    // The positions page's frame at 1280 px: about 975 px; 34 paragraphs.
    const width = heatmapCellWidth(975, 34);
    expect(width).toBe(24);
    expect(72 + 2 + 34 * (width + 2)).toBeLessThanOrEqual(975);
    expect(72 + 2 + 34 * (width + 3)).toBeGreaterThan(975);
  });

  it('stays a strip to scroll for a long text', () => {
    expect(heatmapCellWidth(975, 300)).toBe(12);
  });

  it('does not stretch a handful of paragraphs into bars', () => {
    expect(heatmapCellWidth(975, 3)).toBe(36);
  });

  it('keeps the narrowest width before the frame is measured', () => {
    expect(heatmapCellWidth(0, 34)).toBe(12);
    expect(heatmapCellWidth(975, 0)).toBe(12);
  });
});
