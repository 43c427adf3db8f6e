import {
  type AgendaOwnProposals,
  type Annotation,
  type DispositionValue,
  isProposalOf,
  isSponsoredBy,
} from '@concordia/contracts';

/**
 * What the agenda keeps of a delegation's proposals in a round: the same for each of its members
 * (they read the same threads of their own delegation), so it is computed once and shared, and
 * each reader's "since your last visit" is counted from it.
 */
export interface ProposalFacts {
  /** Each open proposal's disposition and when it was given (ms since the epoch). */
  proposals: { disposition: DispositionValue | null; disposedAt: number | null }[];
  /** Each open amendment the delegation co-sponsors, by its disposition. */
  sponsored: (DispositionValue | null)[];
  /** When each reply from outside the delegation to those proposals was written (ms). */
  repliesAt: number[];
}

/**
 * A delegation's proposals among a round's annotations as one of its members lists them: the
 * open threads its members put to the round or the secretariat (its internal notes are put to no
 * one: the secretariat cannot read, let alone dispose of, them), the replies others wrote in
 * them, and the amendments it co-sponsors.
 */
export function proposalFacts(listed: readonly Annotation[], delegationId: string): ProposalFacts {
  const own = new Set<string>();
  const proposals: ProposalFacts['proposals'] = [];
  const sponsored: ProposalFacts['sponsored'] = [];
  for (const a of listed) {
    if (isSponsoredBy(a, delegationId)) sponsored.push(a.disposition?.value ?? null);
    if (!isProposalOf(a, delegationId)) continue;
    own.add(a.id);
    proposals.push({
      disposition: a.disposition?.value ?? null,
      disposedAt: a.disposition ? Date.parse(a.disposition.at) : null,
    });
  }
  // Replies withdrawn or hidden by the chair say nothing to the delegation: not counted.
  const repliesAt = listed
    .filter(
      (a) =>
        a.parentId !== null &&
        own.has(a.parentId) &&
        a.delegationId !== delegationId &&
        a.status === 'open' &&
        !a.moderation,
    )
    .map((a) => Date.parse(a.createdAt));
  return { proposals, sponsored, repliesAt };
}

/** The proposals by disposition, and what happened to them after the reader's last visit. */
export function ownProposals(facts: ProposalFacts, delegationId: string, lastVisit: Date | null): AgendaOwnProposals {
  const after = (at: number | null) => at !== null && lastVisit !== null && at > lastVisit.getTime();
  return {
    delegationId,
    byDisposition: countByDisposition(facts.proposals.map((p) => p.disposition)),
    sponsoredByDisposition: countByDisposition(facts.sponsored),
    lastVisit: lastVisit?.toISOString() ?? null,
    disposedSinceVisit: facts.proposals.filter((p) => after(p.disposedAt)).length,
    repliesSinceVisit: facts.repliesAt.filter(after).length,
  };
}

function countByDisposition(dispositions: readonly (DispositionValue | null)[]): AgendaOwnProposals['byDisposition'] {
  const counts = { accepted: 0, partly_accepted: 0, not_retained: 0, none: 0 };
  for (const d of dispositions) counts[d ?? 'none'] += 1;
  return counts;
}
