import type { PositionChange } from '@concordia/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/endpoints';
import { withPositionChange } from './position-changes';
import { useLivePositions } from './use-live-positions';

/**
 * The positions recorded in the round since `since` (the reader's previous visit), and those
 * arriving live while they read. Where the round keeps positions from the reader (an observer of
 * a delegations-only round) the server refuses the list and sends no live positions: nothing is
 * counted. The reader's own delegation's are left for newSinceVisit to drop.
 */
export const usePositionChanges = (roundId: string, since: string | null): readonly PositionChange[] => {
  const asked = since === null ? null : `${roundId}@${since}`;
  const [fetched, setFetched] = useState<{ asked: string; items: readonly PositionChange[] } | null>(null);
  const [live, setLive] = useState<{ roundId: string; items: readonly PositionChange[] }>({ roundId, items: [] });

  useEffect(() => {
    if (since === null || asked === null) return undefined;
    const controller = new AbortController();
    api.positions.changes(roundId, since, controller.signal).then(
      (list) => setFetched({ asked, items: list.items }),
      // Not the reader's to read (403), or unknown: better none counted than a wrong count.
      () => undefined,
    );
    return () => controller.abort();
  }, [roundId, since, asked]);

  const onPosition = useCallback(
    (position: PositionChange) =>
      setLive((current) => ({
        roundId,
        items: withPositionChange(current.roundId === roundId ? current.items : [], position),
      })),
    [roundId],
  );
  useLivePositions(roundId, onPosition);

  return useMemo(() => {
    const base = fetched !== null && fetched.asked === asked ? fetched.items : [];
    const arrived = live.roundId === roundId ? live.items : [];
    return arrived.reduce<PositionChange[]>(withPositionChange, [...base]);
  }, [fetched, asked, live, roundId]);
};
