import type { PresenceState } from '@concordia/contracts';

type Readers = PresenceState['readers'];

const sameReaders = (a: Readers[string], b: Readers[string]): boolean =>
  a.length === b.length &&
  a.every((r, i) => r.userId === b[i]?.userId && r.name === b[i]?.name && r.delegationName === b[i]?.delegationName);

/**
 * A presence message names everyone reading every paragraph: the lists of the paragraphs whose
 * readers did not change keep their previous arrays, so only the rows it changed are drawn again.
 */
export const keepSameReaders = (previous: Readers, next: Readers): Readers => {
  const kept: Readers = {};
  for (const [key, readers] of Object.entries(next)) {
    const before = previous[key];
    kept[key] = before && sameReaders(before, readers) ? before : readers;
  }
  return kept;
};
