import type { AgendaOwnProposals, Annotation } from '@concordia/contracts';

/**
 * A delegation's proposals among a round's annotations as one reader lists them: the open threads
 * its members put to the round or the secretariat, by disposition, and what happened to them after the reader's last visit.
 * Times are compared as instants (the list gives ISO strings, the mark a Date).
 */
export function ownProposals(
  listed: readonly Annotation[],
  delegationId: string,
  lastVisit: Date | null,
): AgendaOwnProposals {
  const byDisposition = { accepted: 0, partly_accepted: 0, not_retained: 0, none: 0 };
  const after = (at: string) => lastVisit !== null && Date.parse(at) > lastVisit.getTime();
  const own = new Set<string>();
  let disposedSinceVisit = 0;
  for (const a of listed) {
    if (a.parentId !== null || a.delegationId !== delegationId || a.status !== 'open') continue;
    // The delegation's internal notes are put to no one: the secretariat cannot read, let alone dispose of, them.
    if (a.visibility === 'delegation') continue;
    own.add(a.id);
    byDisposition[a.disposition?.value ?? 'none'] += 1;
    if (a.disposition && after(a.disposition.at)) disposedSinceVisit += 1;
  }
  // Replies withdrawn or hidden by the chair say nothing to the delegation: not counted.
  const repliesSinceVisit = listed.filter(
    (a) =>
      a.parentId !== null &&
      own.has(a.parentId) &&
      a.delegationId !== delegationId &&
      a.status === 'open' &&
      !a.moderation &&
      after(a.createdAt),
  ).length;
  return {
    delegationId,
    byDisposition,
    lastVisit: lastVisit?.toISOString() ?? null,
    disposedSinceVisit,
    repliesSinceVisit,
  };
}
