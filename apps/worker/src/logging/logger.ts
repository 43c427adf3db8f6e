import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/worker-config';

/** Injection token of the root pino logger. */
export const LOGGER = Symbol('LOGGER');

/**
 * JSON lines on stdout with level names (not pino's numbers) so log shippers and the start
 * script can match `"msg":"worker ready"` without knowing pino's level table.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'worker', pid: process.pid },
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
