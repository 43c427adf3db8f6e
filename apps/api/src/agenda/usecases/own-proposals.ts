import {
  type AgendaOwnProposals,
  type Annotation,
  type DispositionValue,
  isProposalOf,
  isSponsoredBy,
  takesDisposition,
} from '@concordia/contracts';

/** A thread's disposition and when it was given (ms since the epoch). */
interface Disposed {
  disposition: DispositionValue | null;
  disposedAt: number | null;
  /** A comment or amendment: without a disposition, it awaits one (a question never does). */
  takesDisposition: boolean;
}

/**
 * What the agenda keeps of a delegation's proposals in a round: the same for each of its members
 * (they read the same threads of their own delegation), so it is computed once and shared, and
 * each reader's "since your last visit" is counted from it.
 */
export interface ProposalFacts {
  /** Each open proposal's disposition. */
  proposals: Disposed[];
  /** When each reply from outside the delegation to those proposals was written (ms). */
  repliesAt: number[];
  /** Each open amendment the delegation co-sponsors, by its disposition. */
  sponsored: Disposed[];
  /** When each reply from outside the delegation to those amendments was written (ms). */
  sponsoredRepliesAt: number[];
}

/**
 * A delegation's proposals among a round's annotations as one of its members lists them: the
 * open threads its members put to the round or the secretariat (its internal notes are put to no
 * one: the secretariat cannot read, let alone dispose of, them), the amendments it co-sponsors,
 * and the replies others wrote in either.
 */
export function proposalFacts(listed: readonly Annotation[], delegationId: string): ProposalFacts {
  const own = new Set<string>();
  const sponsoredIds = new Set<string>();
  const proposals: Disposed[] = [];
  const sponsored: Disposed[] = [];
  for (const a of listed) {
    const disposed = {
      disposition: a.disposition?.value ?? null,
      disposedAt: disposedAt(a),
      takesDisposition: takesDisposition(a.kind),
    };
    if (isSponsoredBy(a, delegationId)) {
      sponsoredIds.add(a.id);
      sponsored.push(disposed);
    }
    if (!isProposalOf(a, delegationId)) continue;
    own.add(a.id);
    proposals.push(disposed);
  }
  return {
    proposals,
    repliesAt: repliesFromOutside(listed, own, delegationId),
    sponsored,
    // The author's replies count too: to the co-sponsor they are news of an amendment it supports.
    sponsoredRepliesAt: repliesFromOutside(listed, sponsoredIds, delegationId),
  };
}

const disposedAt = (a: Annotation): number | null => (a.disposition ? Date.parse(a.disposition.at) : null);

/**
 * When each reply in those threads was written by someone outside the delegation. Replies
 * withdrawn or hidden by the chair say nothing to the delegation: not counted.
 */
function repliesFromOutside(listed: readonly Annotation[], threads: ReadonlySet<string>, delegationId: string) {
  return listed
    .filter(
      (a) =>
        a.parentId !== null &&
        threads.has(a.parentId) &&
        a.delegationId !== delegationId &&
        a.status === 'open' &&
        !a.moderation,
    )
    .map((a) => Date.parse(a.createdAt));
}

/**
 * The proposals and the co-sponsored amendments by disposition, and what happened to each after
 * the reader's last visit.
 */
export function ownProposals(facts: ProposalFacts, delegationId: string, lastVisit: Date | null): AgendaOwnProposals {
  const after = (at: number | null) => at !== null && lastVisit !== null && at > lastVisit.getTime();
  const disposedAfter = (threads: readonly Disposed[]) => threads.filter((p) => after(p.disposedAt)).length;
  return {
    delegationId,
    byDisposition: countByDisposition(facts.proposals),
    sponsoredByDisposition: countByDisposition(facts.sponsored),
    lastVisit: lastVisit?.toISOString() ?? null,
    disposedSinceVisit: disposedAfter(facts.proposals),
    repliesSinceVisit: facts.repliesAt.filter(after).length,
    sponsoredDisposedSinceVisit: disposedAfter(facts.sponsored),
    sponsoredRepliesSinceVisit: facts.sponsoredRepliesAt.filter(after).length,
  };
}

function countByDisposition(threads: readonly Disposed[]): AgendaOwnProposals['byDisposition'] {
  const counts = { accepted: 0, partly_accepted: 0, not_retained: 0, none: 0 };
  // As Find's `disposition=none` (annotation-search.ts), which the home page links these counts to.
  for (const t of threads) {
    if (t.disposition) counts[t.disposition] += 1;
    else if (t.takesDisposition) counts.none += 1;
  }
  return counts;
}
