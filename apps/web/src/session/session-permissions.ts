import type { Me, Round } from '@concordia/contracts';

/*
 * Who may use the session instruments, mirroring the API (which decides on every call): the
 * round's own chair runs them; members of a participating delegation ask for the floor; its
 * head breaks silence on the delegation's behalf.
 */

export const isRoundChair = (me: Me, round: Round): boolean => round.chairUserId === me.user.id;

const participation = (me: Me, round: Round) =>
  me.memberships.find(
    (m) =>
      m.processId === round.processId &&
      (m.role === 'head_of_delegation' || m.role === 'delegate') &&
      m.delegationId !== null &&
      round.delegationIds.includes(m.delegationId),
  ) ?? null;

/** The caller's participating delegation in the round, if any. */
export const myRoundDelegation = (me: Me, round: Round): string | null =>
  participation(me, round)?.delegationId ?? null;

export const canRequestFloor = (me: Me, round: Round): boolean => participation(me, round) !== null;

export const canBreakSilence = (me: Me, round: Round): boolean =>
  participation(me, round)?.role === 'head_of_delegation';

/** The speaking time and the record of the floor: the round's chair and the process's secretariat. */
export const canManageSpeakers = (me: Me, round: Round): boolean =>
  isRoundChair(me, round) || me.memberships.some((m) => m.processId === round.processId && m.role === 'secretariat');
