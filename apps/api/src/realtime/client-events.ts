import { clientEventSchemas, ErrorCode, type ClientToServerEvents, type SocketError } from '@concordia/contracts';
import type { z } from 'zod';
import { toFieldIssues } from '../errors/error-mapper';

type ClientEvent = keyof ClientToServerEvents;
export type ClientPayload<E extends ClientEvent> = z.infer<(typeof clientEventSchemas)[E]>;

export type ParsedClientEvent<E extends ClientEvent> =
  { ok: true; payload: ClientPayload<E> } | { ok: false; error: SocketError };

/** Validates a client event's payload with its contract schema; the error is ready to emit. */
export function parseClientEvent<E extends ClientEvent>(event: E, payload: unknown): ParsedClientEvent<E> {
  // Indexing the map with a generic key widens the schema to the union of all of them.
  const schema: z.ZodType = clientEventSchemas[event];
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, payload: result.data as ClientPayload<E> };
  const issues = toFieldIssues(result.error.issues);
  const detail = issues.map((i) => `${i.path || 'payload'}: ${i.message}`).join('; ');
  return {
    ok: false,
    error: { code: ErrorCode.SocketEventInvalid, message: `Invalid ${event} payload (${detail})`, event },
  };
}
