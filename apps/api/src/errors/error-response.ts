import type { ErrorResponse } from '@concordia/contracts';
import type { Request, Response } from 'express';
import { mapError, type MappedError } from './error-mapper';

/** pino-http (mounted first) sets `req.id` from x-request-id or a fresh uuid. */
export function requestIdOf(req: Request): string {
  const id: unknown = req.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : 'unknown';
}

export function toErrorBody(mapped: MappedError, requestId: string): ErrorResponse {
  return {
    // Extra fields first, so they can never overwrite the four that every error body has.
    ...mapped.extra,
    code: mapped.code,
    message: mapped.message,
    requestId,
    ...(mapped.issues && mapped.issues.length > 0 ? { issues: mapped.issues } : {}),
  };
}

/** Maps, logs when unexpected, and writes the ErrorResponse body. */
export function sendError(error: unknown, req: Request, res: Response): void {
  const mapped = mapError(error);
  const requestId = requestIdOf(req);
  if (mapped.severity === 'error') {
    req.log?.error({ err: error, requestId, code: mapped.code }, 'request failed unexpectedly');
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(mapped.status).json(toErrorBody(mapped, requestId));
}
