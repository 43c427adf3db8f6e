import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from '../auth/auth-context';
import { NAVBAR_WIDTH } from '../shell/app-layout';
import { SocketProvider } from '../socket/socket-context';
import { AppRoutes } from './routes';
import { readableColors } from './readable-colors';
import { theme } from './theme';

/** Mantine's distance of the toasts from the window's edges (spacing md). */
const TOAST_OFFSET = 16;

export const App = () => (
  <MantineProvider theme={theme} cssVariablesResolver={readableColors} defaultColorScheme="light">
    {/* Bottom left, as narrow as the navigation column: on wide screens they lie over the empty
        foot of the navigation, where a message is expected (a mail client's "Message sent") and
        no control of the page is. Bottom right covered the reading page's side panel and its
        composer's Post button; at the top they covered the header's bell and account menu; wider,
        they reached an import's Accept bar. They close on their own. */}
    <Notifications position="bottom-left" containerWidth={NAVBAR_WIDTH - 2 * TOAST_OFFSET} />
    <BrowserRouter>
      <AuthProvider>
        <SocketProvider>
          <AppRoutes />
        </SocketProvider>
      </AuthProvider>
    </BrowserRouter>
  </MantineProvider>
);
