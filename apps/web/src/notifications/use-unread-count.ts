import { useEffect, useRef, useState } from 'react';
import { useSocket } from '../socket/socket-context';
import { notificationsApi } from './notifications-api';
import { UnreadBellState } from './unread-bell-state';

/**
 * The signed-in user's unread count: read once over HTTP (and again on every reconnect, since
 * pushes may have been missed), then kept current by the `notifications:unread` pushes that the
 * worker and the API send to the user's room. A push that overtakes the HTTP answer wins.
 */
export const useUnreadCount = (): number | null => {
  const { socket, status } = useSocket();
  const bell = useRef(new UnreadBellState());
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    if (status !== 'connected' && status !== 'offline') return undefined;
    const controller = new AbortController();
    const ticket = bell.current.asked();
    notificationsApi.unreadCount(controller.signal).then(
      (result) => {
        if (bell.current.answered(ticket, result.unread)) setUnread(bell.current.unread);
      },
      () => undefined, // the bell simply shows no count
    );
    return () => controller.abort();
  }, [status]);

  useEffect(() => {
    if (!socket) return undefined;
    const onUnread = (payload: { unread: number }) => {
      bell.current.pushed(payload.unread);
      setUnread(bell.current.unread);
    };
    socket.on('notifications:unread', onUnread);
    return () => {
      socket.off('notifications:unread', onUnread);
    };
  }, [socket]);

  return unread;
};
