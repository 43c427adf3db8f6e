import { createTheme, DrawerHeader, ModalHeader } from '@mantine/core';

/**
 * Mantine draws a dialog's and a drawer's title bar as a <header>. Inside their
 * `section[role=dialog]` that header is not scoped by a sectioning element, so assistive
 * technologies (and axe: landmark-no-duplicate-banner) take it for a second page banner beside the
 * app's own header. A plain box looks the same and leaves one banner.
 */
const titleBar = { defaultProps: { component: 'div' } } as const;

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  // Keyboard users always see where they are; mouse clicks do not leave rings behind.
  focusRing: 'auto',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: { ModalHeader: ModalHeader.extend(titleBar), DrawerHeader: DrawerHeader.extend(titleBar) },
});
