import type { PositionChange } from '@concordia/contracts';
import { useCallback, useMemo, useState } from 'react';
import { api } from '../api/endpoints';
import { useApiQuery } from '../common/use-api-query';
import { withPositionChange } from './position-changes';
import { useLivePositions } from './use-live-positions';

/**
 * The positions recorded in the round since `since` (the reader's previous visit), and those
 * arriving live while they read. Where the round keeps positions from the reader (`readable`
 * false: an observer of a delegations-only round) nothing is asked, as the server would refuse
 * the list and sends no live positions: nothing is counted. The reader's own delegation's are
 * left for newSinceVisit to drop.
 */
export const usePositionChanges = (
  roundId: string,
  since: string | null,
  readable: boolean,
): readonly PositionChange[] => {
  const asked = since === null || !readable ? null : `${roundId}@${since}`;
  // Tagged with what was asked: a list of the previous round or visit is never counted for this one.
  const fetched = useApiQuery(asked, async (signal) => {
    const list = since === null ? { items: [] } : await api.positions.changes(roundId, since, signal);
    return { asked, items: list.items };
  });
  const [live, setLive] = useState<{ roundId: string; items: readonly PositionChange[] }>({ roundId, items: [] });

  const onPosition = useCallback(
    (position: PositionChange) =>
      setLive((current) => ({
        roundId,
        items: withPositionChange(current.roundId === roundId ? current.items : [], position),
      })),
    [roundId],
  );
  useLivePositions(roundId, onPosition);

  // A failed list (refused, or unknown) leaves none counted: better none than a wrong count.
  const base = fetched.data?.asked === asked ? fetched.data.items : null;
  return useMemo(() => {
    const arrived = live.roundId === roundId ? live.items : [];
    return arrived.reduce<PositionChange[]>(withPositionChange, [...(base ?? [])]);
  }, [base, live, roundId]);
};
