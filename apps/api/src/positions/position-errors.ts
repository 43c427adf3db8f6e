import { ErrorCode } from '@concordia/contracts';
import { ConflictError, ForbiddenError } from '../errors/domain-errors';

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
export const positionsClosed = (status: string) =>
  new ConflictError(ErrorCode.RoundNotOpen, `The round is ${status}; positions are recorded only while it is open`);
