import { darken, luminance, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

/** WCAG 2.1 success criterion 1.4.3 (AA): normal-size text needs 4.5:1 against its background. */
export const AA_TEXT_CONTRAST = 4.5;

/** The contrast ratio of two colours as WCAG defines it, from Mantine's relative luminance. */
export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/**
 * `color` darkened in steps of 5 % until it reaches AA against `background`. Darkening also
 * raises the contrast of white text on it, so one function serves text colours and the
 * backgrounds of filled buttons and badges.
 */
export const readableOn = (color: string, background: string): string => {
  for (let step = 0; step <= 20; step += 1) {
    const candidate = step === 0 ? color : darken(color, step * 0.05);
    if (contrastRatio(candidate, background) >= AA_TEXT_CONTRAST) return candidate;
  }
  return '#000000';
};

/**
 * Mantine's default palette fails AA in most of its "filled" shades (white on indigo 6 is 4.3:1,
 * on teal 6 2.6:1), its "light" badges (teal 9 on teal 1 is 4.3:1, yellow 2.7:1) and its dimmed
 * grey (3.3:1): screen-magnifier and low-vision readers among the delegations could not read
 * statuses, secondary text, placeholders or buttons. Each colour keeps its hue and is only darkened as far as
 * AA needs, measured against the palest background it sits on (grey 0 of cards and table rows,
 * or the light badge's own background), so every `color=` already in the app becomes readable.
 * Only the light scheme is used by the app; the dark one keeps Mantine's values.
 */
export const readableColors: CSSVariablesResolver = (theme: MantineTheme) => {
  const page = theme.colors.gray[1];
  const shade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
  const light: Record<string, string> = {};
  for (const [name, shades] of Object.entries(theme.colors)) {
    const filled = readableOn(shades[shade], page);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    light[`--mantine-color-${name}-text`] = filled;
    light[`--mantine-color-${name}-outline`] = filled;
    // The light variant's text, readable on its background and on the darker one shown on hover.
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[2]);
  }
  light['--mantine-color-anchor'] = readableOn(theme.colors[theme.primaryColor][shade], page);
  light['--mantine-color-dimmed'] = readableOn(theme.colors.gray[6], page);
  // Placeholders carry meaning ("All regions" in a filter is its current choice): grey 5 was 2.1:1.
  light['--mantine-color-placeholder'] = readableOn(theme.colors.gray[5], page);
  return { variables: {}, light, dark: {} };
};
