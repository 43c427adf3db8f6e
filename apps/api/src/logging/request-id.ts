import { randomUUID } from 'node:crypto';

/** A client-supplied id is kept only if it is short and made of safe characters (it lands in logs). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function pickRequestId(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}
