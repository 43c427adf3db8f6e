import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { AA_TEXT_CONTRAST, contrastRatio, readableColors, readableOn } from './readable-colors';
import { theme } from './theme';

const appTheme = mergeMantineTheme(DEFAULT_THEME, theme);
const light = readableColors(appTheme).light;
const variable = (name: `--${string}`): string => {
  const value = light[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const WHITE = '#ffffff';

describe('readable colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // Mantine's grey 6 on white, the dimmed text the app had: 3.32:1, below AA.
    expect(contrastRatio('#868e96', WHITE)).toBeCloseTo(3.32, 2);
  });

  it('keeps a colour that already reads and darkens one that does not', () => {
    expect(readableOn('#495057', WHITE)).toBe('#495057');
    const darkened = readableOn('#868e96', WHITE);
    expect(darkened).not.toBe('#868e96');
    expect(contrastRatio(darkened, WHITE)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it.each(Object.keys(appTheme.colors))('makes %s read at AA as filled, text, outline and light', (name) => {
    const shades = appTheme.colors[name];
    if (!shades) throw new Error(name);
    const filled = variable(`--mantine-color-${name}-filled`);
    // White labels on filled buttons and badges; the colour as text on white and grey cards.
    expect(contrastRatio(WHITE, filled)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(variable(`--mantine-color-${name}-text`), appTheme.colors.gray[1])).toBeGreaterThanOrEqual(
      AA_TEXT_CONTRAST,
    );
    expect(contrastRatio(variable(`--mantine-color-${name}-outline`), WHITE)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    // Light badges: their text on their background, also when hovered.
    const lightText = variable(`--mantine-color-${name}-light-color`);
    expect(contrastRatio(lightText, shades[1])).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(lightText, shades[2])).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it('makes dimmed text, placeholders and links read on white and grey', () => {
    // Mantine's grey 5 placeholder on white: 2.1:1 ("All regions" in a filter could not be read).
    expect(contrastRatio(appTheme.colors.gray[5], WHITE)).toBeLessThan(2.5);
    for (const name of ['--mantine-color-dimmed', '--mantine-color-placeholder', '--mantine-color-anchor'] as const) {
      expect(contrastRatio(variable(name), WHITE)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
      expect(contrastRatio(variable(name), appTheme.colors.gray[1])).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    }
  });
});
