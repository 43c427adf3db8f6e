import { useMediaQuery } from '@mantine/hooks';

/**
 * Phones, and tablets held upright: below this width (app.css stacks the layouts here too) the
 * reading page's panel is a drawer over the text and the position matrix reads per paragraph.
 */
export const NARROW_SCREEN = '(max-width: 64em)';

/** Read at the first render, so a phone never draws the wide layout first. */
export const useNarrowScreen = (): boolean =>
  useMediaQuery(NARROW_SCREEN, undefined, { getInitialValueInEffect: false });

/**
 * Phones held upright (app.css's draft reader narrows here too): below this, the reading page
 * folds its choices so that the text starts on the first screen.
 */
export const PHONE_SCREEN = '(max-width: 40em)';

/** Read at the first render, like useNarrowScreen. */
export const usePhoneScreen = (): boolean => useMediaQuery(PHONE_SCREEN, undefined, { getInitialValueInEffect: false });
