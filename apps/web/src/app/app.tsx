import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from '../auth/auth-context';
import { SocketProvider } from '../socket/socket-context';
import { AppRoutes } from './routes';
import { readableColors } from './readable-colors';
import { theme } from './theme';

export const App = () => (
  <MantineProvider theme={theme} cssVariablesResolver={readableColors} defaultColorScheme="light">
    {/* Bottom right: at the top they covered the header's bell, language and account menu; down
        here they cover neither the header nor the actions pages keep bottom left (an import's
        Accept), and they close on their own. */}
    <Notifications position="bottom-right" />
    <BrowserRouter>
      <AuthProvider>
        <SocketProvider>
          <AppRoutes />
        </SocketProvider>
      </AuthProvider>
    </BrowserRouter>
  </MantineProvider>
);
