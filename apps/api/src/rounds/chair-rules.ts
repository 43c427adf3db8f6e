import { ErrorCode } from '@concordia/contracts';
import type { RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import type { Principal } from '../authz/principal';
import { ConflictError, ForbiddenError } from '../errors/domain-errors';

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

/** A live session (floor, silence) happens while the round is open. */
export function assertRoundOpen(round: Pick<RoundRecord, 'status'>): void {
  if (round.status !== 'open') {
    throw new ConflictError(ErrorCode.RoundNotOpen, `The round is ${round.status}; this needs an open round`);
  }
}

/** The caller's delegation, if it is one of the round's participating delegations. */
export function participatingDelegation(
  access: ProcessAccess,
  round: Pick<RoundRecord, 'delegationIds'>,
): Types.ObjectId {
  const own = access.membership?.delegationId ?? null;
  if (own === null || !round.delegationIds.some((d) => d.equals(own))) {
    throw new ForbiddenError('Your delegation does not take part in this round', ErrorCode.DelegationNotInRound);
  }
  return own;
}
