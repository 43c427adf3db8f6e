import { useEffect, useState } from 'react';
import { useSocket } from '../socket/socket-context';
import { notificationsApi } from './notifications-api';

/**
 * The signed-in user's unread count: read once over HTTP (and again on every reconnect, since
 * pushes may have been missed), then kept current by the `notifications:unread` pushes that the
 * worker and the API send to the user's room.
 */
export const useUnreadCount = (): number | null => {
  const { socket, status } = useSocket();
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    if (status !== 'connected' && status !== 'offline') return undefined;
    const controller = new AbortController();
    notificationsApi.unreadCount(controller.signal).then(
      (result) => setUnread(result.unread),
      () => undefined, // the bell simply shows no count
    );
    return () => controller.abort();
  }, [status]);

  useEffect(() => {
    if (!socket) return undefined;
    const onUnread = (payload: { unread: number }) => setUnread(payload.unread);
    socket.on('notifications:unread', onUnread);
    return () => {
      socket.off('notifications:unread', onUnread);
    };
  }, [socket]);

  return unread;
};
