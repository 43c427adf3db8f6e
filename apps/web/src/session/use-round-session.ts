import {
  type Consideration,
  newerConsideration,
  streamEventSchema,
  streams,
  type SilenceProcedure,
  type SpeakersList,
} from '@concordia/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import { useSocket } from '../socket/socket-context';

export interface RoundSession {
  silences: SilenceProcedure[];
  speakers: SpeakersList | null;
  /** The paragraph under consideration (null until loaded). */
  consideration: Consideration | null;
  error: unknown;
  /** Shows the answer of this tab's own action before (or instead of) its live event. */
  showSilence: (procedure: SilenceProcedure) => void;
  showSpeakers: (speakers: SpeakersList) => void;
  showConsideration: (consideration: Consideration) => void;
}

const upsert = (list: SilenceProcedure[], procedure: SilenceProcedure): SilenceProcedure[] => {
  const known = list.find((p) => p.id === procedure.id);
  // An ended procedure never runs again: a late replay of an older event does not revive it.
  if (known && known.status !== 'running' && procedure.status === 'running') return list;
  const next = known ? list.map((p) => (p.id === procedure.id ? procedure : p)) : [procedure, ...list];
  return next.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
};

/**
 * The live session of a round: its silence procedures, speakers' list and paragraph under
 * consideration, loaded over HTTP and kept current by the round stream's `silence.*`,
 * `speakers.updated` and `paragraph.considered` events. The page must
 * also hold the round's live connection (useRoundLive joins the round); on every reconnection
 * the state is reloaded, so nothing missed meanwhile is lost. Speakers' lists and considerations
 * carry a revision: an older one arriving late never replaces a newer one.
 */
export const useRoundSession = (roundId: string): RoundSession => {
  const { socket } = useSocket();
  const [silences, setSilences] = useState<SilenceProcedure[]>([]);
  const [speakers, setSpeakers] = useState<SpeakersList | null>(null);
  const [consideration, setConsideration] = useState<Consideration | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  const showSpeakers = useCallback(
    (next: SpeakersList) => setSpeakers((current) => (current && current.revision > next.revision ? current : next)),
    [],
  );
  const showConsideration = useCallback(
    (next: Consideration) => setConsideration((current) => newerConsideration(current, next)),
    [],
  );
  const showSilence = useCallback((procedure: SilenceProcedure) => setSilences((list) => upsert(list, procedure)), []);

  useEffect(() => {
    const controller = new AbortController();
    const load = () => {
      Promise.all([
        api.silence.list(roundId, controller.signal),
        api.speakers.get(roundId, controller.signal),
        api.consideration.get(roundId, controller.signal),
      ]).then(
        ([list, queue, considered]) => {
          setSilences(list.items);
          showSpeakers(queue);
          showConsideration(considered);
          setError(undefined);
        },
        (caught: unknown) => {
          if (!controller.signal.aborted) setError(caught);
        },
      );
    };
    load();
    if (!socket) return () => controller.abort();
    const stream = streams.round(roundId);
    const onEvent = (payload: unknown) => {
      const parsed = streamEventSchema.safeParse(payload);
      if (!parsed.success || parsed.data.stream !== stream) return;
      const event = parsed.data.event;
      if (event.type === 'speakers.updated') showSpeakers(event.speakers);
      else if (event.type === 'paragraph.considered') showConsideration(event.consideration);
      else if (event.type.startsWith('silence.') && 'procedure' in event) showSilence(event.procedure);
    };
    socket.on('stream:event', onEvent);
    socket.on('connect', load);
    return () => {
      controller.abort();
      socket.off('stream:event', onEvent);
      socket.off('connect', load);
    };
  }, [socket, roundId, showSilence, showSpeakers, showConsideration]);

  return { silences, speakers, consideration, error, showSilence, showSpeakers, showConsideration };
};
