import { HttpException, NotFoundException } from '@nestjs/common';
import { ErrorCode, FieldIssueCode, fieldIssueOf, LIMITS, type KnownFieldIssue } from '@concordia/contracts';
import { isDuplicateKeyError } from '@concordia/dal';
import { DraftingError } from '@concordia/drafting';
import { ZodSerializationException, ZodValidationException } from 'nestjs-zod';
import type { z } from 'zod';
import { DomainError } from './domain-errors';

/** What the client receives for an error, and how loudly the server logs it. */
export interface MappedError {
  status: number;
  code: ErrorCode;
  message: string;
  issues?: KnownFieldIssue[];
  /** 'error' for the unexpected (bugs, outages); client mistakes are not worth an error log. */
  severity: 'client' | 'error';
  /** Extra body fields of some codes (VERSION_STALE carries the current version). */
  extra?: Readonly<Record<string, unknown>>;
}

/** The pure drafting library speaks our codes; only the HTTP status is decided here (else 400). */
const DRAFTING_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.ParagraphNotFound]: 404,
  [ErrorCode.SectionNotFound]: 404,
  [ErrorCode.SectionNotEmpty]: 409,
  [ErrorCode.ImportDuplicateNumbers]: 422,
  [ErrorCode.ImportNoParagraphs]: 422,
};

const GENERIC_500 = 'An unexpected error occurred. It has been logged with the request id.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function zodIssuesOf(error: unknown): z.core.$ZodIssue[] | null {
  if (!isRecord(error) || !Array.isArray(error.issues)) return null;
  return error.issues as z.core.$ZodIssue[];
}

/**
 * Flattens zod issues into `{path, code, params, message}`, the code saying why for clients to
 * word it in their language; unknown keys get one issue each, named.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): KnownFieldIssue[] {
  return issues.flatMap((issue): KnownFieldIssue[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        code: FieldIssueCode.UnknownField,
        message: 'is not an accepted field',
      }));
    }
    return [{ path: base, ...fieldIssueOf(issue), message: issue.message }];
  });
}

function fromValidation(issues: z.core.$ZodIssue[]): MappedError {
  const fieldIssues = toFieldIssues(issues);
  const first = fieldIssues[0];
  const summary = first ? `${first.path || 'body'}: ${first.message}` : 'invalid request';
  return {
    status: 400,
    code: ErrorCode.ValidationFailed,
    message: `The request is not valid (${summary}${fieldIssues.length > 1 ? `, and ${fieldIssues.length - 1} more` : ''})`,
    issues: fieldIssues,
    severity: 'client',
  };
}

/** body-parser (through Express) reports its failures as http-errors with a `type`. */
function fromBodyParser(error: Record<string, unknown>): MappedError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return {
        status: 400,
        code: ErrorCode.MalformedJson,
        message: 'The request body is not valid JSON',
        severity: 'client',
      };
    case 'entity.too.large':
      return {
        status: 413,
        code: ErrorCode.PayloadTooLarge,
        message: `The request body is larger than ${LIMITS.jsonBodyBytes} bytes`,
        severity: 'client',
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
    case 'request.size.invalid':
    case 'request.aborted':
    case 'stream.encoding.set':
    case 'parameters.too.many':
      return {
        status: typeof error.status === 'number' && error.status < 500 ? error.status : 400,
        code: ErrorCode.ValidationFailed,
        message: typeof error.message === 'string' ? error.message : 'The request body could not be read',
        severity: 'client',
      };
    default:
      return null;
  }
}

function fromHttpStatus(status: number, message: string): MappedError {
  const client = (code: ErrorCode): MappedError => ({ status, code, message, severity: 'client' });
  switch (status) {
    case 400:
      return client(ErrorCode.ValidationFailed);
    case 401:
      return client(ErrorCode.AuthRequired);
    case 403:
      return client(ErrorCode.Forbidden);
    case 404:
      return client(ErrorCode.NotFound);
    case 409:
      return client(ErrorCode.Conflict);
    case 413:
      return client(ErrorCode.PayloadTooLarge);
    case 429:
      return client(ErrorCode.RateLimited);
    case 503:
      return { status, code: ErrorCode.ServiceUnavailable, message, severity: 'error' };
    default:
      return status >= 400 && status < 500
        ? client(ErrorCode.ValidationFailed)
        : { status: 500, code: ErrorCode.Internal, message: GENERIC_500, severity: 'error' };
  }
}

/**
 * The single place that turns anything thrown into the response a client sees. Used by the
 * global Nest filter, by the Express error handler in front of Nest (body parsing) and by the
 * socket gateway, so every transport speaks the same codes.
 */
export function mapError(error: unknown): MappedError {
  if (error instanceof DomainError) {
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      issues: error.issues,
      severity: 'client',
      ...(error.body ? { extra: error.body } : {}),
    };
  }
  if (error instanceof DraftingError) {
    return {
      status: DRAFTING_STATUS[error.code] ?? 400,
      code: error.code,
      message: error.message,
      severity: 'client',
    };
  }
  // nestjs-zod's ZodValidationException (a 400 HttpException) wraps the ZodError.
  if (error instanceof ZodValidationException || error instanceof ZodSerializationException) {
    const issues = zodIssuesOf(error.getZodError());
    if (error instanceof ZodValidationException && issues) return fromValidation(issues);
    return { status: 500, code: ErrorCode.Internal, message: GENERIC_500, severity: 'error' };
  }
  if (isRecord(error) && error.name === 'ZodError') {
    const issues = zodIssuesOf(error);
    if (issues) return fromValidation(issues);
  }
  if (isRecord(error) && typeof error.type === 'string') {
    const mapped = fromBodyParser(error);
    if (mapped) return mapped;
  }
  // Nest raises NotFoundException only from its router: our own code throws NotFoundError.
  if (error instanceof NotFoundException) {
    return { status: 404, code: ErrorCode.RouteNotFound, message: 'No such route', severity: 'client' };
  }
  if (error instanceof HttpException) {
    const response = error.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : isRecord(response) && typeof response.message === 'string'
          ? response.message
          : error.message;
    return fromHttpStatus(error.getStatus(), message);
  }
  if (isDuplicateKeyError(error)) {
    return { status: 409, code: ErrorCode.Conflict, message: 'This already exists', severity: 'client' };
  }
  if (isRecord(error) && error.name === 'CastError' && error.kind === 'ObjectId') {
    const field = typeof error.path === 'string' ? error.path : 'id';
    return {
      status: 400,
      code: ErrorCode.InvalidId,
      message: `${field} must be a 24-character hexadecimal id`,
      severity: 'client',
    };
  }
  return { status: 500, code: ErrorCode.Internal, message: GENERIC_500, severity: 'error' };
}
