import { ErrorCode, FieldIssueCode, type KnownFieldIssue } from '@concordia/contracts';

/**
 * An expected failure of a use case: it carries the HTTP status and the stable code that
 * clients branch on. Anything that is not a DomainError (or a known framework error) is a bug
 * and becomes a generic 500.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  /** Extra fields of the error body beyond code/message/requestId (e.g. `current` of VERSION_STALE). */
  readonly body?: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: KnownFieldIssue[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends DomainError {
  readonly status = 400;
}

export class InvalidIdError extends BadRequestError {
  constructor(field: string) {
    super(ErrorCode.InvalidId, `${field} must be a 24-character hexadecimal id`, [
      { path: field, code: FieldIssueCode.InvalidId, message: 'must be a 24-character hexadecimal id' },
    ]);
  }
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  constructor(message = 'You are not allowed to do this', code: ErrorCode = ErrorCode.Forbidden) {
    super(code, message);
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  constructor(message = 'Not found', code: ErrorCode = ErrorCode.NotFound) {
    super(code, message);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
}

export class GoneError extends DomainError {
  readonly status = 410;
}

export class LockedError extends DomainError {
  readonly status = 423;
}

export class UnprocessableError extends DomainError {
  readonly status = 422;
}

export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly status = 415;
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  override readonly body: Readonly<Record<string, unknown>>;
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RateLimited, message);
    this.body = { retryAfterSeconds };
  }
}
