import type { TFunction } from 'i18next';
import type { TotalCounts } from './new-since-visit';

/**
 * "2 new", "1 updated", "2 new and 1 updated", "1 new, 3 positions recorded and 1 withdrawn":
 * the counts that are not zero, each agreeing with its number, the last joined by "and" (a comma
 * before the others in English, French and Spanish alike).
 */
export const summaryParts = (t: TFunction, total: TotalCounts): string => {
  const parts: string[] = [
    total.new > 0 || (total.updated === 0 && total.positions === 0 && total.withdrawn === 0)
      ? t('newSinceVisit.newPart', { count: total.new })
      : null,
    total.updated > 0 ? t('newSinceVisit.updatedPart', { count: total.updated }) : null,
    total.positions > 0 ? t('newSinceVisit.positionsPart', { count: total.positions }) : null,
    total.withdrawn > 0 ? t('newSinceVisit.withdrawnPart', { count: total.withdrawn }) : null,
  ].flatMap((part) => (part === null ? [] : [String(part)]));
  const last = parts.pop() ?? '';
  if (parts.length === 0) return last;
  return t('newSinceVisit.bothParts', { news: parts.join(', '), updates: last });
};
