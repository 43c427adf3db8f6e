import { socketErrorSchema, type ClientToServerEvents, type ServerToClientEvents } from '@concordia/contracts';
import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import { apiClient } from '../api/endpoints';
import { useOptionalMe } from '../auth/auth-context';
import { i18n } from '../i18n/i18n';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** connecting: first attempt; reconnecting: a live link was lost and is being restored. */
export type SocketStatus = 'offline' | 'connecting' | 'connected' | 'reconnecting';

interface SocketContextValue {
  socket: AppSocket | null;
  status: SocketStatus;
  /** Round trip of the last app:ping, in milliseconds. */
  latencyMs: number | null;
  /** A page is replaying the live events it missed (after a reconnect or on joining a round). */
  catchingUp: boolean;
  /** Pages report their catch-up under an id of their own; the header shows any of them. */
  reportCatchingUp: (id: string, catchingUp: boolean) => void;
}

const SocketContext = createContext<SocketContextValue>({
  socket: null,
  status: 'offline',
  latencyMs: null,
  catchingUp: false,
  reportCatchingUp: () => undefined,
});

const RETRY_DELAYS_MS = [1000, 2000, 5000, 10000, 30000];

/**
 * One socket per signed-in user. The handshake reads the token through a callback, so every
 * (re)connection presents the newest access token; when the server refuses the handshake (token
 * expired) the token is refreshed through the API client and the socket connects again.
 */
export const SocketProvider = ({ children }: { children: ReactNode }) => {
  const me = useOptionalMe();
  const userId = me?.user.id ?? null;
  const [socket, setSocket] = useState<AppSocket | null>(null);
  const [status, setStatus] = useState<SocketStatus>('offline');
  const [latencyMs, setLatencyMs] = useState<number | null>(null);
  const [catchingUpIds, setCatchingUpIds] = useState<ReadonlySet<string>>(new Set());
  const reportCatchingUp = useCallback((id: string, catchingUp: boolean) => {
    setCatchingUpIds((current) => {
      if (current.has(id) === catchingUp) return current;
      const next = new Set(current);
      if (catchingUp) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  useEffect(() => {
    if (!userId) return undefined;
    const client: AppSocket = io({
      path: '/socket.io',
      autoConnect: false,
      auth: (callback) => callback({ token: apiClient.token }),
    });
    let failures = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    // A lost link while the browser knows it has no network is "offline", not "reconnecting":
    // nothing will come back until the network does.
    const lost = (): SocketStatus => (navigator.onLine ? 'reconnecting' : 'offline');

    // The server refused or ended us (bad or expired token): renew it, then try again after a
    // pause. The first time after a working connection, at once: the API ends every socket when
    // its access token expires, and the reader should not see "reconnecting" for a second then.
    const renewAndRetry = () => {
      const delay = failures === 0 ? 0 : RETRY_DELAYS_MS[Math.min(failures - 1, RETRY_DELAYS_MS.length - 1)];
      failures += 1;
      setStatus('reconnecting');
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => {
        apiClient.refresh().then(
          (session) => {
            if (!disposed && session) client.connect();
          },
          () => {
            if (!disposed) renewAndRetry();
          },
        );
      }, delay);
    };

    client.on('connect', () => {
      failures = 0;
      setStatus('connected');
      client.emit('app:ping', { at: Date.now() });
    });
    client.on('app:pong', ({ at }) => setLatencyMs(Date.now() - at));
    client.on('disconnect', (reason) => {
      if (disposed) return;
      if (reason === 'io server disconnect') renewAndRetry();
      else setStatus(lost()); // socket.io retries by itself
    });
    client.on('connect_error', () => {
      if (disposed) return;
      // `active` stays true while socket.io retries a transport failure on its own; false means
      // the server's middleware rejected the handshake.
      if (client.active) setStatus(lost());
      else renewAndRetry();
    });
    client.on('app:error', (payload) => {
      const parsed = socketErrorSchema.safeParse(payload);
      notifications.show({
        color: 'red',
        title: i18n.t('socket.errorTitle'),
        message: parsed.success ? i18n.t(`errors.${parsed.data.code}`) : i18n.t('errors.generic'),
      });
    });

    // A token renewed by an HTTP call revives a socket that had given up.
    const unsubscribe = apiClient.onSession((session) => {
      if (session && !client.connected && !client.active) client.connect();
    });

    // The browser says when the network goes and comes back: show it at once, and reconnect then
    // rather than at socket.io's next backoff attempt (up to several seconds later).
    const onOffline = () => {
      if (!client.connected) setStatus('offline');
    };
    const onOnline = () => {
      if (client.connected) return;
      setStatus('reconnecting');
      if (client.active) client.disconnect();
      client.connect();
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);

    setSocket(client);
    setStatus('connecting');
    client.connect();
    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      unsubscribe();
      client.removeAllListeners();
      client.disconnect();
      setSocket(null);
      setStatus('offline');
      setLatencyMs(null);
    };
  }, [userId]);

  const catchingUp = catchingUpIds.size > 0;
  const value = useMemo(
    () => ({ socket, status, latencyMs, catchingUp, reportCatchingUp }),
    [socket, status, latencyMs, catchingUp, reportCatchingUp],
  );
  return <SocketContext.Provider value={value}>{children}</SocketContext.Provider>;
};

export const useSocket = (): SocketContextValue => useContext(SocketContext);
