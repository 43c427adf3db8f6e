import { MantineProvider } from '@mantine/core';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from '../auth/auth-context';
import { Toasts } from '../shell/toasts';
import { SocketProvider } from '../socket/socket-context';
import { AppRoutes } from './routes';
import { readableColors } from './readable-colors';
import { theme } from './theme';

export const App = () => (
  <MantineProvider theme={theme} cssVariablesResolver={readableColors} defaultColorScheme="light">
    <Toasts />
    <BrowserRouter>
      <AuthProvider>
        <SocketProvider>
          <AppRoutes />
        </SocketProvider>
      </AuthProvider>
    </BrowserRouter>
  </MantineProvider>
);
