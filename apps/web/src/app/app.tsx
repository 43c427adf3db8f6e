import { Drawer, MantineProvider, mergeThemeOverrides, Modal } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Outlet } from 'react-router';
// The DOM build of the provider: it can render a navigation synchronously (flushSync) when asked.
import { RouterProvider } from 'react-router/dom';
import { AuthProvider } from '../auth/auth-context';
import { LeaveGuardsProvider } from '../common/leave-guards';
import { Toasts } from '../shell/toasts';
import { SocketProvider } from '../socket/socket-context';
import { appRoutes } from './routes';
import { readableColors } from './readable-colors';
import { theme } from './theme';

/**
 * Mantine's dialogs and drawers draw their close button as a bare ×, with no name for a screen
 * reader or a voice user: every one gets one, in the reader's language, so none can be left out.
 */
const ThemeInReadersLanguage = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const label = t('common.closeDialog');
  const named = useMemo(() => {
    const closeButtonProps = { 'aria-label': label };
    return mergeThemeOverrides(theme, {
      components: {
        Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
        Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      },
    });
  }, [label]);
  return (
    <MantineProvider theme={named} cssVariablesResolver={readableColors} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
};

/**
 * The session, the live connection and which page holds unsaved changes (for the header's sign
 * out), around every page; inside the router, as signing in and out navigates.
 */
const Session = () => (
  <AuthProvider>
    <SocketProvider>
      <LeaveGuardsProvider>
        <Outlet />
      </LeaveGuardsProvider>
    </SocketProvider>
  </AuthProvider>
);

const router = createBrowserRouter(appRoutes(<Session />));

export const App = () => (
  <ThemeInReadersLanguage>
    <Toasts />
    <RouterProvider router={router} />
  </ThemeInReadersLanguage>
);
