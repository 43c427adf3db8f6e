import { createHash } from 'node:crypto';

/**
 * A stable digest of a create request, stored with the annotation: a retry (same clientId, same
 * content) is recognised and answered with the first result, while a different request reusing
 * the clientId is a client bug reported as CLIENT_ID_CONFLICT. Keys are sorted so property
 * order does not matter.
 */
export function fingerprint(request: unknown): string {
  return createHash('sha256').update(canonical(request)).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
