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
    <Notifications position="top-right" />
    <BrowserRouter>
      <AuthProvider>
        <SocketProvider>
          <AppRoutes />
        </SocketProvider>
      </AuthProvider>
    </BrowserRouter>
  </MantineProvider>
);
