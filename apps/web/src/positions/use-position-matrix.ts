import {
  roundJoinedSchema,
  streamEventSchema,
  streamResetSchema,
  type Position,
  type PositionEvolution,
  type PositionMatrix,
} from '@concordia/contracts';
import { useEffect, useRef, useState } from 'react';
import { api, type PositionFilters } from '../api/endpoints';
import { useSocket } from '../socket/socket-context';
import { applyToEvolution, applyToMatrix, CellSeqs } from './position-merge';

export interface PositionMatrixState {
  matrix: PositionMatrix | null;
  evolution: PositionEvolution | null;
  error: unknown;
  loading: boolean;
  /** Joined the round's streams: changes arrive as they are recorded. */
  live: boolean;
}

/**
 * The matrix and evolution of a round, kept current from `position.recorded` events. The page
 * joins the round first and loads the snapshot once joined, re-applying the events that arrive
 * meanwhile in order, so nothing recorded in between is missed. After a reconnect it rejoins
 * from the last sequence seen on each stream and the server replays what was missed; a cell
 * never goes back to an older position (CellSeqs).
 */
export const usePositionMatrix = (roundId: string, filters: PositionFilters): PositionMatrixState => {
  const { socket } = useSocket();
  const [matrix, setMatrix] = useState<PositionMatrix | null>(null);
  const [evolution, setEvolution] = useState<PositionEvolution | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [live, setLive] = useState(false);
  const [joinedAt, setJoinedAt] = useState(0);
  const seqs = useRef(new CellSeqs());
  // Events that arrive while a snapshot loads, applied over it once it is in.
  const pending = useRef<Position[] | null>(null);
  const filterKey = `${filters.region.join(',')}|${filters.kind.join(',')}`;
  const filtersRef = useRef(filters);
  useEffect(() => {
    filtersRef.current = filters;
  });

  useEffect(() => {
    if (!socket) return undefined;
    const lastSeq: Record<string, number> = {};
    const join = () => socket.emit('round:join', { roundId, lastSeq: { ...lastSeq } });
    const onJoined = (payload: unknown) => {
      const parsed = roundJoinedSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      for (const [stream, seq] of Object.entries(parsed.data.streams)) lastSeq[stream] ??= seq;
      setLive(true);
      setJoinedAt((n) => (n === 0 ? 1 : n));
    };
    const onEvent = (payload: unknown) => {
      const parsed = streamEventSchema.safeParse(payload);
      if (!parsed.success || !parsed.data.stream.startsWith(`round:${roundId}`)) return;
      lastSeq[parsed.data.stream] = Math.max(lastSeq[parsed.data.stream] ?? 0, parsed.data.seq);
      const inner = parsed.data.event;
      if (inner.type !== 'position.recorded' || !seqs.current.accept(inner.position)) return;
      pending.current?.push(inner.position);
      setMatrix((current) => (current ? applyToMatrix(current, inner.position) : current));
      setEvolution((current) => (current ? applyToEvolution(current, inner.position) : current));
    };
    const onReset = (payload: unknown) => {
      const parsed = streamResetSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      lastSeq[parsed.data.stream] = parsed.data.seq;
      setJoinedAt((n) => n + 1);
    };
    const onDisconnect = () => setLive(false);
    socket.on('round:joined', onJoined);
    socket.on('stream:event', onEvent);
    socket.on('stream:reset', onReset);
    socket.on('connect', join);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) join();
    return () => {
      socket.off('round:joined', onJoined);
      socket.off('stream:event', onEvent);
      socket.off('stream:reset', onReset);
      socket.off('connect', join);
      socket.off('disconnect', onDisconnect);
      if (socket.connected) socket.emit('round:leave', { roundId });
      setLive(false);
    };
  }, [socket, roundId]);

  // The snapshot: once joined (or straight away without a socket), and again on a filter change.
  const ready = socket === null || !socket.connected || joinedAt > 0;
  useEffect(() => {
    if (!ready) return undefined;
    const controller = new AbortController();
    pending.current = [];
    setLoading(true);
    Promise.all([
      api.positions.matrix(roundId, filtersRef.current, controller.signal),
      api.positions.evolution(roundId, filtersRef.current, controller.signal),
    ]).then(
      ([loadedMatrix, loadedEvolution]) => {
        if (controller.signal.aborted) return;
        const missed = pending.current ?? [];
        pending.current = null;
        setMatrix(missed.reduce(applyToMatrix, loadedMatrix));
        setEvolution(missed.reduce(applyToEvolution, loadedEvolution));
        setError(undefined);
        setLoading(false);
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        pending.current = null;
        setError(caught);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [roundId, filterKey, ready, joinedAt]);

  return { matrix, evolution, error, loading, live };
};
