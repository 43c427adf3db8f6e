import {
  presenceStateSchema,
  roundJoinedSchema,
  streamResetSchema,
  TYPING_TTL_MS,
  typingStateSchema,
  type Annotation,
  type AnnotationVisibility,
  type PresenceState,
  type RoundEvent,
  type StreamEvent,
} from '@concordia/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/endpoints';
import { useSocket, type SocketStatus } from '../socket/socket-context';
import { useOptionalMe } from '../auth/auth-context';
import { applyFromStream, applyRoundEvent } from './moderation-merge';
import { overSnapshot, RecentEvents } from './snapshot-merge';
import { applyToAnnotations, EventSequencer, StreamCursor } from './stream-cursor';
import { keepSameReaders } from './presence-lists';
import { readStreamPayload } from './stream-payload';

/** offline: no socket; reconnecting: link lost; catching-up: joined, replaying what was missed. */
export type LiveState = 'offline' | 'reconnecting' | 'catching-up' | 'live';

export type Reader = PresenceState['readers'][string][number];

export interface RoundLive {
  annotations: ReadonlyMap<string, Annotation>;
  loading: boolean;
  error: unknown;
  state: LiveState;
  /** paragraphKey -> who reads it now. */
  readers: Readonly<Record<string, Reader[]>>;
  /** paragraphKey -> who is typing in its thread now. */
  typing: Readonly<Record<string, Reader[]>>;
  /** Shows an annotation this tab just saved without waiting for its event. */
  upsert: (annotation: Annotation) => void;
  setPresence: (paragraphKey: string | null) => void;
  /** `visibility` is the thread's: the server tells only those who may read it. */
  setTyping: (paragraphKey: string, typing: boolean, visibility: AnnotationVisibility) => void;
  /** Events of the round that are not about annotations, for the page to react to. */
  lastOther: RoundEvent | null;
}

/** How long an event may wait for the ones before it before the tab rejoins to get them. */
const GAP_PATIENCE_MS = 3000;

export const liveState = (status: SocketStatus, current: boolean): LiveState => {
  if (status === 'offline') return 'offline';
  if (status !== 'connected') return 'reconnecting';
  return current ? 'live' : 'catching-up';
};

const sessionStore = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/**
 * The annotations of one round, kept current over the socket. Every event carries a per-stream
 * sequence number: the tab joins with the last number it saw on each stream and the server
 * replays what it missed, in order; an event at or below that number is a replay already applied.
 * When the tab has nothing to resume from (first join, or the server says the gap is older than
 * its log) it joins first and only then loads the list over HTTP, re-applying the events that
 * arrive meanwhile and those of the last seconds before (a new annotation is sent while its insert
 * is on its way): an event can then be applied twice, never missed.
 */
export const useRoundLive = (roundId: string): RoundLive => {
  const { socket, status, reportCatchingUp } = useSocket();
  const [annotations, setAnnotations] = useState<ReadonlyMap<string, Annotation>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [joined, setJoined] = useState(false);
  const [caughtUp, setCaughtUp] = useState(false);
  const [readers, setReaders] = useState<Record<string, Reader[]>>({});
  // paragraphKey -> typing scope -> typists: a paragraph's public and internal threads are
  // reported apart, each state replacing only its own scope.
  const [typingByScope, setTypingState] = useState<Record<string, Record<string, Reader[]>>>({});
  const [lastOther, setLastOther] = useState<RoundEvent | null>(null);
  const presence = useRef<string | null>(null);
  const me = useOptionalMe();
  const userId = useRef<string | null>(null);
  userId.current = me?.user.id ?? null;

  useEffect(() => {
    if (!socket) {
      // No live link yet (it is being set up): show the list meanwhile.
      const controller = new AbortController();
      api.annotations.list(roundId, controller.signal).then(
        (list) => {
          setAnnotations(new Map(list.items.map((a) => [a.id, a] as const)));
          setLoading(false);
        },
        (caught: unknown) => {
          if (controller.signal.aborted) return;
          setError(caught);
          setLoading(false);
        },
      );
      return () => controller.abort();
    }
    const cursor = new StreamCursor(roundId, sessionStore());
    const sequencer = new EventSequencer(cursor);
    let gapTimer: ReturnType<typeof setTimeout> | undefined;
    let targets: Record<string, number> = {};
    let needsSnapshot = true;
    // Events received while a snapshot loads, re-applied over it once it arrives (and see RecentEvents).
    let buffered: StreamEvent[] | null = null;
    const recent = new RecentEvents();
    let loadController: AbortController | null = null;
    let disposed = false;
    // A typing state not renewed in time is dropped: its typist may be gone without a word.
    const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();

    const applyEvent = (event: StreamEvent) => {
      const inner = event.event;
      if (
        inner.type === 'annotation.created' ||
        inner.type === 'annotation.updated' ||
        inner.type === 'annotation.retracted'
      ) {
        setAnnotations((current) => applyRoundEvent(current, inner));
      } else if (inner.type === 'annotation.hidden' || inner.type === 'annotation.unhidden') {
        setAnnotations((current) => applyFromStream(current, inner.annotation));
        // The stream carries a hidden annotation emptied for everyone: its author reloads the
        // list, which the server shapes for each reader, to keep reading it with the reason.
        if (inner.type === 'annotation.hidden' && inner.annotation.authorId === userId.current) loadSnapshot();
        setLastOther(inner);
      } else {
        setLastOther(inner);
      }
    };

    const join = () => {
      setJoined(false);
      setCaughtUp(false);
      socket.emit('round:join', { roundId, lastSeq: cursor.snapshot() });
    };

    const loadSnapshot = () => {
      loadController?.abort();
      const controller = new AbortController();
      loadController = controller;
      buffered = [];
      const before = recent.since(Date.now());
      setLoading(true);
      api.annotations.list(roundId, controller.signal).then(
        (list) => {
          if (controller.signal.aborted || disposed) return;
          const pending = buffered ?? [];
          buffered = null;
          setAnnotations(overSnapshot(list.items, before, pending));
          setError(undefined);
          setLoading(false);
        },
        (caught: unknown) => {
          if (controller.signal.aborted || disposed) return;
          buffered = null;
          setError(caught);
          setLoading(false);
        },
      );
    };

    const checkCaughtUp = () => {
      if (cursor.reached(targets)) setCaughtUp(true);
    };

    const onJoined = (payload: unknown) => {
      const parsed = roundJoinedSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      targets = parsed.data.streams;
      cursor.adopt(targets);
      setJoined(true);
      if (needsSnapshot) {
        needsSnapshot = false;
        loadSnapshot();
      }
      checkCaughtUp();
      if (presence.current !== null) socket.emit('presence:update', { roundId, paragraphKey: presence.current });
    };

    const applyReady = (ready: StreamEvent[]) => {
      for (const event of ready) {
        buffered?.push(event);
        recent.add(event, Date.now());
        applyEvent(event);
      }
      checkCaughtUp();
      clearTimeout(gapTimer);
      // A held event normally waits for the replay in flight; if the gap stays open, ask again.
      if (sequencer.waiting) gapTimer = setTimeout(join, GAP_PATIENCE_MS);
    };

    // Carry on from `seq` over a fresh snapshot (events arriving while it loads are re-applied on top of it).
    const resetStream = (stream: string, seq: number) => {
      cursor.reset(stream, seq);
      loadSnapshot();
      applyReady(sequencer.release(stream));
    };

    const onEvent = (payload: unknown) => {
      const read = readStreamPayload(payload, roundId);
      if (read?.kind === 'event') applyReady(sequencer.accept(read.event));
      else if (read?.kind === 'unknown' && cursor.verdict(read) !== 'duplicate') resetStream(read.stream, read.seq);
    };

    const onReset = (payload: unknown) => {
      const parsed = streamResetSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      // The missed events are gone from the server's log: carry on from its current number.
      resetStream(parsed.data.stream, parsed.data.seq);
    };

    const onPresence = (payload: unknown) => {
      const parsed = presenceStateSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      const { readers: next } = parsed.data;
      setReaders((current) => keepSameReaders(current, next));
    };

    const onTyping = (payload: unknown) => {
      const parsed = typingStateSchema.safeParse(payload);
      if (!parsed.success || parsed.data.roundId !== roundId) return;
      const { paragraphKey, scope, users } = parsed.data;
      setTypingState((current) => ({ ...current, [paragraphKey]: { ...current[paragraphKey], [scope]: users } }));
      const timerKey = JSON.stringify([paragraphKey, scope]);
      clearTimeout(typingTimers.get(timerKey));
      typingTimers.delete(timerKey);
      if (users.length === 0) return;
      typingTimers.set(
        timerKey,
        setTimeout(() => {
          typingTimers.delete(timerKey);
          setTypingState((current) => ({ ...current, [paragraphKey]: { ...current[paragraphKey], [scope]: [] } }));
        }, TYPING_TTL_MS),
      );
    };

    socket.on('round:joined', onJoined);
    socket.on('stream:event', onEvent);
    socket.on('stream:reset', onReset);
    socket.on('presence:state', onPresence);
    socket.on('typing:state', onTyping);
    // Every (re)connection is a new server-side session: join again from the cursor.
    socket.on('connect', join);
    if (socket.connected) join();
    // Not connected yet: the text should not wait for the socket. The join reloads it afterwards.
    else loadSnapshot();

    return () => {
      disposed = true;
      clearTimeout(gapTimer);
      for (const timer of typingTimers.values()) clearTimeout(timer);
      loadController?.abort();
      socket.off('round:joined', onJoined);
      socket.off('stream:event', onEvent);
      socket.off('stream:reset', onReset);
      socket.off('presence:state', onPresence);
      socket.off('typing:state', onTyping);
      socket.off('connect', join);
      if (socket.connected) socket.emit('round:leave', { roundId });
      setAnnotations(new Map());
      setReaders({});
      setTypingState({});
    };
  }, [socket, roundId]);

  const upsert = useCallback(
    (annotation: Annotation) => setAnnotations((current) => applyToAnnotations(current, annotation)),
    [],
  );

  const setPresence = useCallback(
    (paragraphKey: string | null) => {
      if (presence.current === paragraphKey) return;
      presence.current = paragraphKey;
      if (socket?.connected) socket.emit('presence:update', { roundId, paragraphKey });
    },
    [socket, roundId],
  );

  const setTyping = useCallback(
    (paragraphKey: string, isTyping: boolean, visibility: AnnotationVisibility) => {
      if (socket?.connected) socket.emit('typing:update', { roundId, paragraphKey, typing: isTyping, visibility });
    },
    [socket, roundId],
  );

  const typing = useMemo(() => {
    const merged: Record<string, Reader[]> = {};
    for (const [paragraphKey, scopes] of Object.entries(typingByScope)) {
      const users = new Map<string, Reader>();
      for (const list of Object.values(scopes)) for (const user of list) users.set(user.userId, user);
      merged[paragraphKey] = [...users.values()];
    }
    return merged;
  }, [typingByScope]);

  const state = liveState(status, joined && caughtUp);
  const catchingUp = state === 'catching-up';
  useEffect(() => {
    reportCatchingUp(`round:${roundId}`, catchingUp);
    return () => reportCatchingUp(`round:${roundId}`, false);
  }, [reportCatchingUp, roundId, catchingUp]);

  return { annotations, loading, error, state, readers, typing, upsert, setPresence, setTyping, lastOther };
};
