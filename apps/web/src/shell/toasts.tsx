import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { NAVBAR_WIDTH } from './app-layout';

/** Mantine's distance of the toasts from the window's edges (spacing md). */
const TOAST_OFFSET = 16;

/**
 * Bottom left, as narrow as the navigation column: on wide screens they lie over the empty foot
 * of the navigation, where a message is expected (a mail client's "Message sent") and no control
 * of the page is. Bottom right covered the reading page's side panel and its composer's Post
 * button; at the top they covered the header's bell and account menu; wider, they reached an
 * import's Accept bar. They close on their own.
 *
 * Where the navigation is a menu (phones), that corner is the page's: the composer's buttons and
 * the comments drawer's foot. There they drop just under the header, across the width.
 */
export const Toasts = () => {
  const theme = useMantineTheme();
  // The query AppShell's navbar breakpoint uses: the column is there exactly when this matches.
  const withNavbar = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true) ?? true;
  return withNavbar ? (
    <Notifications position="bottom-left" containerWidth={NAVBAR_WIDTH - 2 * TOAST_OFFSET} />
  ) : (
    <Notifications position="top-center" containerWidth={480} className="toasts-under-header" />
  );
};
