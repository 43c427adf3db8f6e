import { ErrorCode, type RoundStatus } from '@concordia/contracts';
import { ConflictError, ForbiddenError } from '../errors/domain-errors';
import { closedState } from '../rounds/round-rules';

export const positionsNotVisible = () =>
  new ForbiddenError(
    "This round's positions are shared only with the delegations taking part in it",
    ErrorCode.PositionsNotVisible,
  );
export const notOwnDelegation = () =>
  new ForbiddenError(
    'A head of delegation records positions for their own delegation only',
    ErrorCode.PositionNotOwnDelegation,
  );
export const delegationNotInRound = () =>
  new ForbiddenError('Your delegation does not take part in this round', ErrorCode.DelegationNotInRound);
export const positionsClosed = (round: { status: RoundStatus; closesAt: Date }) =>
  new ConflictError(
    ErrorCode.RoundNotOpen,
    `The round is ${closedState(round)}; positions are recorded only while it is open`,
  );
