import { ErrorCode, roundAcceptsInput } from '@concordia/contracts';
import type { RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import type { Principal } from '../authz/principal';
import { ConflictError, ForbiddenError } from '../errors/domain-errors';
import { closedState } from './round-rules';

/** The policy lets every chair of the process through; the instruments belong to the round's own chair. */
export function assertRoundChair(round: Pick<RoundRecord, 'chairUserId'>, principal: Principal): void {
  if (!round.chairUserId.equals(principal.userId)) {
    throw new ForbiddenError('Only the chair of this round can do this', ErrorCode.NotRoundChair);
  }
}

/** The policy lets every chair of the process through; a chair runs their own rounds only, the secretariat any. */
export function assertChairOrSecretariat(
  access: ProcessAccess,
  round: Pick<RoundRecord, 'chairUserId'>,
  principal: Principal,
  what: string,
): void {
  if (!access.can('rounds.manage') && !round.chairUserId.equals(principal.userId)) {
    throw new ForbiddenError(`Only the chair of this round or the secretariat can ${what}`);
  }
}

/**
 * The live instruments that start something (asking for or giving the floor, ordering the queue,
 * starting a silence procedure) work while the round takes input: open and before its closing
 * time, as for annotations and positions, without waiting for the worker to close the round.
 * `what` completes the refusal: "The round is past its closing time (…); <what> only while it is open".
 */
export function assertRoundLive(round: Pick<RoundRecord, 'status' | 'closesAt'>, what: string, now = new Date()): void {
  if (!roundAcceptsInput(round, now)) {
    throw new ConflictError(
      ErrorCode.RoundNotOpen,
      `The round is ${closedState(round)}; ${what} only while it is open`,
    );
  }
}

/** The caller's delegation if it is one of the round's participating delegations, else null. */
export function ownRoundDelegation(
  access: ProcessAccess,
  round: Pick<RoundRecord, 'delegationIds'>,
): Types.ObjectId | null {
  const own = access.membership?.delegationId ?? null;
  return own !== null && round.delegationIds.some((d) => d.equals(own)) ? own : null;
}

/** The caller's delegation, if it is one of the round's participating delegations; else 403. */
export function participatingDelegation(
  access: ProcessAccess,
  round: Pick<RoundRecord, 'delegationIds'>,
): Types.ObjectId {
  const own = ownRoundDelegation(access, round);
  if (own === null) {
    throw new ForbiddenError('Your delegation does not take part in this round', ErrorCode.DelegationNotInRound);
  }
  return own;
}
