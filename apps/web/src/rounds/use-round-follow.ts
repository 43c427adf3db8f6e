import { roundJoinedSchema, streams, type RoundEvent } from '@concordia/contracts';
import { useEffect, useRef, useState } from 'react';
import { liveState, type LiveState } from '../annotations/use-round-live';
import { readStreamPayload } from '../annotations/stream-payload';
import { useSocket } from '../socket/socket-context';

/** What the round's own stream says about the round itself: its status, or its closing time. */
export type RoundChange = Extract<RoundEvent, { type: 'round.status' | 'round.closing' }>;

/**
 * Follows a round's status and closing time over the signed-in user's socket, for a page that
 * shows the round but not its annotations (the round page): it joins the round's streams from
 * now on, without the replay and annotation snapshot the reading page needs. `onChange` runs
 * when the chair opens, closes or concludes the round or moves its closing time, and with null
 * after every (re)join, since a change may have come while the link was down or being set up:
 * the page reloads the round then.
 */
export const useRoundFollow = (roundId: string, onChange: (change: RoundChange | null) => void): LiveState => {
  const { socket, status } = useSocket();
  const [joined, setJoined] = useState(false);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  useEffect(() => {
    if (!socket) return undefined;
    const join = () => {
      setJoined(false);
      socket.emit('round:join', { roundId, lastSeq: {} });
    };
    const onJoined = (payload: unknown) => {
      const parsed = roundJoinedSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      setJoined(true);
      latest.current(null);
    };
    const onEvent = (payload: unknown) => {
      const read = readStreamPayload(payload, roundId);
      if (read?.kind !== 'event' || read.event.stream !== streams.round(roundId)) return;
      const { event } = read.event;
      if (event.type === 'round.status' || event.type === 'round.closing') latest.current(event);
    };
    socket.on('round:joined', onJoined);
    socket.on('stream:event', onEvent);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off('round:joined', onJoined);
      socket.off('stream:event', onEvent);
      socket.off('connect', join);
      if (socket.connected) socket.emit('round:leave', { roundId });
      setJoined(false);
    };
  }, [socket, roundId]);

  return liveState(status, joined);
};
