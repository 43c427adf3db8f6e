import type { MembershipSummary, Round } from '@concordia/contracts';

/**
 * The rounds a member's card speaks of: a delegation's head and delegates, those their delegation
 * takes part in; a chair, those they chair (all while they chair none); observers and the
 * secretariat, every round (what an observer may read depends on each round's confidentiality,
 * not on its delegations).
 */
export const roundsFor = (rounds: readonly Round[], membership: MembershipSummary, userId: string): Round[] => {
  const { delegationId, role } = membership;
  if ((role === 'head_of_delegation' || role === 'delegate') && delegationId !== null) {
    return rounds.filter((r) => r.delegationIds.includes(delegationId));
  }
  if (role === 'chair') {
    // A chair of none of them yet (a co-chair, a successor) still sees the process's rounds.
    const chaired = rounds.filter((r) => r.chairUserId === userId);
    return chaired.length > 0 ? chaired : [...rounds];
  }
  return [...rounds];
};

const byClosing = (a: Round, b: Round) => a.closesAt.localeCompare(b.closesAt);

/**
 * The round that matters now: of the open ones, the one closing first (a process may negotiate
 * two texts at once); else the next scheduled; else the latest.
 */
export const currentRound = (rounds: readonly Round[]): Round | null =>
  rounds.filter((r) => r.status === 'open').sort(byClosing)[0] ??
  rounds.filter((r) => r.status === 'scheduled').sort((a, b) => a.opensAt.localeCompare(b.opensAt))[0] ??
  [...rounds].sort(byClosing).at(-1) ??
  null;
