import { MantineProvider } from '@mantine/core';
import { configure, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18nIn } from './translator';

// findBy… and waitFor wait 1 s by default: a dialog's transition or a navigation on two loaded
// cores (CI runs the suites side by side) has taken longer than that.
configure({ asyncUtilTimeout: 5_000 });

/** jsdom lays nothing out: a ResizeObserver (Mantine's scroll areas) that never reports. */
class StillResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * jsdom has no matchMedia, which Mantine reads for the colour scheme and responsive props: every
 * query answers "no match", as on a plain wide screen. Nor ResizeObserver, nor scrollIntoView
 * (a combobox scrolls its active option into view).
 */
const stubLayout = (): void => {
  window.ResizeObserver ??= StillResizeObserver;
  const element: { scrollIntoView?: () => void } = Element.prototype;
  element.scrollIntoView ??= () => undefined;
  if (typeof window.matchMedia === 'function') return;
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
};

/**
 * Renders a component as the app shows it (Mantine theme, the app's catalogues) in one language,
 * for component specs in jsdom: what they assert is what a reader of that language sees.
 */
export const renderInLanguage = async (lng: 'en' | 'fr' | 'es', ui: ReactNode): Promise<RenderResult> => {
  stubLayout();
  const i18n = await i18nIn(lng);
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>{ui}</MantineProvider>
    </I18nextProvider>,
  );
};
