import { ErrorCode } from '@concordia/contracts';
import { ConflictError, NotFoundError } from '../errors/domain-errors';

export const annotationNotFound = () => new NotFoundError('Annotation not found', ErrorCode.AnnotationNotFound);
export const roundNotOpen = (status: string) =>
  new ConflictError(ErrorCode.RoundNotOpen, `The round is ${status}; annotations are accepted only while it is open`);
export const annotationWithdrawn = () =>
  new ConflictError(ErrorCode.AnnotationWithdrawn, 'The annotation has been withdrawn by its author');
