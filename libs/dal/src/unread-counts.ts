/**
 * Each user's number of unread notifications, kept in Redis next to the source of truth (the
 * `notifications` collection): on FerretDB a count by user scans and decodes the whole
 * collection, which the worker would otherwise do for every event it dispatches.
 *
 * - The worker adds one to the counter of each user it stored a notification for, and counts
 *   in the database only for users without a counter (expired, or never kept).
 * - The API counts in the database whenever it answers with a count (list, unread count, mark
 *   read) and stores the result, so every page load corrects the counter.
 * - Counters lapse UNREAD_COUNT_TTL_MS after their last write: a user notified less often than
 *   that costs a database count now and then instead of a counter kept forever, and a counter
 *   left wrong (below) lasts at most that long even if the user never comes back.
 *
 * There is no transaction between the two stores: a notification stored while the same user
 * marks notifications read can leave the counter one off, until that user's next page load
 * or mark-read (or the counter's expiry). The count is what the bell shows; the list itself
 * always comes from the database.
 */

export const UNREAD_COUNT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The few Redis commands the counters need (ioredis' client has them). */
export interface UnreadRedis {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  set(key: string, value: number, px: 'PX', ttl: number): Promise<unknown>;
  del(...keys: string[]): Promise<number>;
}

export const unreadCountKey = (prefix: string, userId: string): string => `${prefix}:unread:${userId}`;

// One more for each counter that exists (its new value), -1 for each that does not.
const INCREMENT_EXISTING = `
local out = {}
for i, key in ipairs(KEYS) do
  if redis.call('exists', key) == 1 then
    out[i] = redis.call('incr', key)
    redis.call('pexpire', key, ARGV[1])
  else
    out[i] = -1
  end
end
return out`;

// Stores each count unless a counter appeared meanwhile (ARGV: ttl, then one count per key).
const STORE_MISSING = `
for i, key in ipairs(KEYS) do
  redis.call('set', key, ARGV[i + 1], 'PX', ARGV[1], 'NX')
end
return 0`;

/** Counters are per key, so at most this many keys go into one script call. */
const KEYS_PER_CALL = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += KEYS_PER_CALL) out.push(items.slice(i, i + KEYS_PER_CALL));
  return out;
}

/**
 * After one new notification each: the new counts of the users who had a counter; the others
 * are missing from the map and must be counted in the database (then {@link storeMissingUnread}).
 */
export async function incrementUnread(
  redis: UnreadRedis,
  prefix: string,
  userIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const part of chunks(userIds)) {
    const keys = part.map((id) => unreadCountKey(prefix, id));
    const values = (await redis.eval(INCREMENT_EXISTING, keys.length, ...keys, UNREAD_COUNT_TTL_MS)) as number[];
    part.forEach((id, i) => {
      if (values[i] >= 0) counts.set(id, values[i]);
    });
  }
  return counts;
}

/** Keeps counts taken from the database for users who had no counter (a newer counter wins). */
export async function storeMissingUnread(
  redis: UnreadRedis,
  prefix: string,
  counts: ReadonlyMap<string, number>,
): Promise<void> {
  for (const part of chunks([...counts])) {
    const keys = part.map(([id]) => unreadCountKey(prefix, id));
    await redis.eval(STORE_MISSING, keys.length, ...keys, UNREAD_COUNT_TTL_MS, ...part.map(([, count]) => count));
  }
}

/** Replaces a user's counter with a count just taken from the database (the API's answers). */
export async function storeUnread(redis: UnreadRedis, prefix: string, userId: string, count: number): Promise<void> {
  await redis.set(unreadCountKey(prefix, userId), count, 'PX', UNREAD_COUNT_TTL_MS);
}

/** Drops counters that may be wrong (a dispatch retried after storing some notifications). */
export async function forgetUnread(redis: UnreadRedis, prefix: string, userIds: readonly string[]): Promise<void> {
  for (const part of chunks(userIds)) await redis.del(...part.map((id) => unreadCountKey(prefix, id)));
}
