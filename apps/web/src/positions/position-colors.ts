import type { PositionValue } from '@concordia/contracts';

/** Mantine colours of each position; one scale everywhere (panel, heatmap, chart, legend). */
export const POSITION_COLORS: Readonly<Record<PositionValue | 'none', string>> = {
  support: 'teal',
  support_with_amendments: 'lime',
  reservation: 'yellow',
  objection: 'red',
  no_position: 'gray',
  none: 'gray.2',
};

/** Plain CSS colours for the heatmap cells and the chart, matching the badges above. */
export const POSITION_FILLS: Readonly<Record<PositionValue | 'none', string>> = {
  support: 'var(--mantine-color-teal-6)',
  support_with_amendments: 'var(--mantine-color-lime-5)',
  reservation: 'var(--mantine-color-yellow-5)',
  objection: 'var(--mantine-color-red-6)',
  no_position: 'var(--mantine-color-gray-5)',
  none: 'var(--mantine-color-gray-1)',
};
