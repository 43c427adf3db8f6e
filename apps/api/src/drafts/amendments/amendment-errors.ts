import { ErrorCode } from '@concordia/contracts';
import { BadRequestError, ConflictError, NotFoundError } from '../../errors/domain-errors';

export const amendmentNotFound = () =>
  new NotFoundError('No amendment of this draft’s rounds has this id', ErrorCode.AnnotationNotFound);

export const notAnAmendment = () =>
  new BadRequestError(ErrorCode.NotAnAmendment, 'Only an amendment proposes text that can be applied');

export const amendmentNotApplicable = (reason: 'paragraph_gone' | 'words_gone') =>
  new ConflictError(
    ErrorCode.AmendmentNotApplicable,
    reason === 'paragraph_gone'
      ? 'The paragraph this amendment concerns is no longer in the working version; apply it by hand if it still matters'
      : 'The words this amendment changes are no longer in the paragraph as it now reads; apply it by hand if it still matters',
  );

export const amendmentAlreadyApplied = () =>
  new ConflictError(
    ErrorCode.AmendmentAlreadyApplied,
    'This amendment has already been applied to the working version',
  );

export const amendmentNotApplied = () =>
  new ConflictError(ErrorCode.AmendmentNotApplied, 'This amendment is not applied to the working version');

export const amendmentUndoConflict = () =>
  new ConflictError(
    ErrorCode.AmendmentUndoConflict,
    'The paragraph was changed since this amendment was applied; undo it by editing the paragraph',
  );
