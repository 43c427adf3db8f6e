import type { Notification } from '@concordia/contracts';

/** What the notifications page shows: the items loaded so far, newest first, and the cursor to older ones. */
export interface ShownNotifications {
  items: Notification[];
  next: string | null;
}

/**
 * The page after the unread count moved (a notification arrived, or another tab read some): the
 * newest page just fetched replaces the items it covers and the older pages already loaded stay.
 * When more arrived than one page holds, the gap cannot be told, so the fresh page starts over.
 * A count of zero means everything shown was read, wherever it was. Ids are ObjectIds, which
 * order by creation as strings do.
 */
export function mergeLatest(
  shown: ShownNotifications,
  latest: ShownNotifications,
  unread: number,
  readAt: string,
): ShownNotifications {
  const oldestLatest = latest.items[latest.items.length - 1]?.id;
  const newestShown = shown.items[0]?.id;
  const gap =
    latest.next !== null && oldestLatest !== undefined && newestShown !== undefined && oldestLatest > newestShown;
  // Older than the fresh page: still as loaded, and the cursor to what follows them is theirs.
  const kept = shown.items.filter((item) => oldestLatest === undefined || item.id < oldestLatest);
  const merged: ShownNotifications = gap
    ? latest
    : { items: [...latest.items, ...kept], next: kept.length > 0 ? shown.next : latest.next };
  if (unread > 0) return merged;
  return { ...merged, items: merged.items.map((item) => (item.readAt === null ? { ...item, readAt } : item)) };
}
