import type { SpanSelectors } from '@concordia/contracts';
import { useMemo } from 'react';
import { useOptionalMe } from '../auth/auth-context';
import { newAnnotationPlaces } from '../unsent/unsent-places';
import { unsentStore } from '../unsent/unsent-store';
import { keptComposerSchema } from './composer';

/**
 * What the user left unsent on this paragraph (newest first), each with the words it was on: the
 * panel offers to continue it, e.g. after signing in again when the session had expired.
 * Read again each time the composer closes, so a text just posted or discarded is not offered.
 */
export const useKeptComposers = (
  roundId: string,
  paragraphKey: string,
  composerOpen: boolean,
): Array<{ selectors: SpanSelectors | null }> => {
  const userId = useOptionalMe()?.user.id ?? null;
  return useMemo(() => {
    if (!userId || composerOpen) return [];
    const prefix = newAnnotationPlaces(roundId, paragraphKey);
    return unsentStore
      .places(userId)
      .filter((place) => place.startsWith(prefix))
      .flatMap((place) => {
        const kept = unsentStore.read(userId, place, keptComposerSchema);
        return kept ? [{ selectors: kept.selectors }] : [];
      });
  }, [userId, roundId, paragraphKey, composerOpen]);
};
