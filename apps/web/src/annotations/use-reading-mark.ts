import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import { newClientId } from './annotation-rules';

/** From when what others post is new to the reader on this visit. */
export interface NewSince {
  /** A server time: the previous visit's mark, or on a first visit this visit's own. */
  since: string;
  /** Nothing was there to be new before this visit: only what arrives while it lasts is. */
  firstVisit: boolean;
}

/**
 * The reader's previous visit to the round, kept for the whole of this visit so that what was
 * new stays marked while they read (null while asked, or if it could not be: nothing is new). The server moves the mark to now as
 * the page opens, and again as the reader leaves it (another page, or the tab closed), so what
 * they saw arrive live is not new again next time. The visit's id makes every call of one visit
 * get the same previous mark. A reader who does not take part in the round (`marked` false: an
 * observer of a delegations-only round, a delegation outside it) has no mark: the server refuses
 * it, so nothing is asked and nothing is new.
 */
export const useReadingMark = (roundId: string, marked: boolean): NewSince | null => {
  const [visit, setVisit] = useState(() => ({ roundId, id: newClientId() }));
  if (visit.roundId !== roundId) setVisit({ roundId, id: newClientId() });
  const [mark, setMark] = useState<{ visitId: string; newSince: NewSince | null } | null>(null);

  useEffect(() => {
    if (visit.roundId !== roundId || !marked) return;
    const controller = new AbortController();
    const body = { visitId: visit.id };
    api.readingMarks.visit(roundId, body, { signal: controller.signal }).then(
      (answer) =>
        setMark({
          visitId: visit.id,
          newSince: { since: answer.previousMark ?? answer.mark, firstVisit: answer.previousMark === null },
        }),
      () => {
        // Unknown: better nothing marked new than everything.
        if (!controller.signal.aborted) setMark({ visitId: visit.id, newSince: null });
      },
    );
    const leave = () => {
      api.readingMarks.visit(roundId, body, { keepalive: true }).catch(() => undefined);
    };
    window.addEventListener('pagehide', leave);
    return () => {
      controller.abort();
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [roundId, visit, marked]);

  return marked && mark?.visitId === visit.id ? mark.newSince : null;
};
