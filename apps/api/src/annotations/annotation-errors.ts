import { ErrorCode, type RoundStatus } from '@concordia/contracts';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { closedState } from '../rounds/round-rules';

export const annotationNotFound = () => new NotFoundError('Annotation not found', ErrorCode.AnnotationNotFound);
/** The same refusal for a closed round and an open one past its closing time, which the worker has yet to close. */
export const roundNotOpen = (round: { status: RoundStatus; closesAt: Date }) =>
  new ConflictError(
    ErrorCode.RoundNotOpen,
    `The round is ${closedState(round)}; annotations are accepted only while it is open`,
  );
export const annotationWithdrawn = () =>
  new ConflictError(ErrorCode.AnnotationWithdrawn, 'The annotation has been withdrawn by its author');
