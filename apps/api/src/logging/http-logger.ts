import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { AppConfig } from '../config/app-config';
import { pickRequestId } from './request-id';

/** Secrets never reach the logs, whatever object they travel in. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'accessToken',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.passwordHash',
  '*.token',
  '*.accessToken',
];

export function createRootLogger(config: AppConfig): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'api' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    // Lines are written off the event loop (a write to stdout per request was the largest
    // single cost of a request in the profile); pino flushes what is pending when the process exits.
    pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * The request logger, mounted first in Express so that even requests rejected before Nest
 * (unparseable or oversized bodies) get a request id, the x-request-id header and a log line.
 */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = pickRequestId(req.headers['x-request-id']);
      res.setHeader('x-request-id', id);
      return id;
    },
    // Response headers add nothing but noise (the request id is already on the line).
    serializers: { res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health/live') },
  });
}
