import type { TFunction } from 'i18next';

/** "2 new", "1 updated" or "2 new and 1 updated", each agreeing with its number. */
export const summaryParts = (t: TFunction, fresh: number, updated: number): string => {
  const news = t('newSinceVisit.newPart', { count: fresh });
  const updates = t('newSinceVisit.updatedPart', { count: updated });
  if (updated === 0) return news;
  if (fresh === 0) return updates;
  return t('newSinceVisit.bothParts', { news, updates });
};
