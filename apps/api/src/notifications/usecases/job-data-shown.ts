/** Fields of a job's data that open an account or an invitation: never shown, not even to admins. */
const SECRET_FIELDS = new Set(['token']);

/**
 * A failed job's data as the admins' list shows it. The links of invitations and password resets
 * travel only in their job's data (the database keeps hashes); a job that failed keeps it for its
 * retry, but a reader of the list must not be able to use it.
 */
export function jobDataShown(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, SECRET_FIELDS.has(key) ? '[redacted]' : value]),
  );
}
