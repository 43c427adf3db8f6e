import { heatmapCellHeight, heatmapCellWidth } from './heatmap-cell-size';

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

describe('the height of a heatmap cell', () => {
  it('gives the cells of a round of a few delegations the height a pointer needs', () => {
    // The demo round: six delegations, cells 24 px wide at 1280 px.
    expect(heatmapCellHeight(6, 24)).toBe(24);
    expect(heatmapCellHeight(20, 24)).toBe(24);
  });

  it('is never taller than the cell is wide', () => {
    expect(heatmapCellHeight(6, 16)).toBe(16);
  });

  it('keeps 193 delegations to the narrowest rows, and the narrowest while nothing is measured', () => {
    expect(heatmapCellHeight(193, 24)).toBe(12);
    expect(heatmapCellHeight(40, 24)).toBe(12);
    expect(heatmapCellHeight(0, 24)).toBe(12);
    expect(heatmapCellHeight(6, 12)).toBe(12);
  });

  it('shrinks between the two as delegations are added', () => {
    expect(heatmapCellHeight(25, 24)).toBe(18);
  });
});
