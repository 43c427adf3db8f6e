import { type DraftVersion, ErrorCode } from '@concordia/contracts';
import { ConflictError, NotFoundError } from '../errors/domain-errors';

/** 409 VERSION_STALE; the body carries the version as it now is, so the client can rebase. */
export class VersionStaleError extends ConflictError {
  override readonly body: { current: DraftVersion };

  constructor(current: DraftVersion) {
    super(
      ErrorCode.VersionStale,
      `The version has changed since the revision you edited (it is now at revision ${current.revision}); ` +
        'review the current text and try again',
    );
    this.body = { current };
  }
}

export const versionPublished = () =>
  new ConflictError(ErrorCode.VersionPublished, 'This version is published and can no longer be changed');

export const versionNotFound = () => new NotFoundError('Version not found');
export const draftNotFound = () => new NotFoundError('Draft not found');
