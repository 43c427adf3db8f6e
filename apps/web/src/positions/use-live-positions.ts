import { streamEventSchema, type Position } from '@concordia/contracts';
import { useEffect, useRef } from 'react';
import { useSocket } from '../socket/socket-context';

/**
 * Calls `onPosition` for every position of the round that arrives on the socket. It does not
 * join the round: the page it sits in does (the reader, or the matrix page), and replays after
 * a reconnect come through the same event.
 */
export const useLivePositions = (roundId: string, onPosition: (position: Position) => void): void => {
  const { socket } = useSocket();
  const callback = useRef(onPosition);
  useEffect(() => {
    callback.current = onPosition;
  });
  useEffect(() => {
    if (!socket) return undefined;
    const onEvent = (payload: unknown) => {
      const parsed = streamEventSchema.safeParse(payload);
      if (!parsed.success) return;
      const inner = parsed.data.event;
      if (inner.type === 'position.recorded' && inner.position.roundId === roundId) callback.current(inner.position);
    };
    socket.on('stream:event', onEvent);
    return () => {
      socket.off('stream:event', onEvent);
    };
  }, [socket, roundId]);
};
