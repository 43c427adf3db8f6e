import { randomUUID } from 'node:crypto';
import { rooms, type ServerToClientEvents, socketIoChannelKey, socketIoRedisParser } from '@concordia/contracts';
import { Emitter } from '@socket.io/redis-emitter';

/**
 * Each user's number of unread notifications, kept in Redis next to the source of truth (the
 * `notifications` collection): on FerretDB a count by user scans and decodes the whole
 * collection, which the worker would otherwise do for every event it dispatches.
 *
 * Per user, two keys under the deployment prefix:
 * - the counter `unread:<user>` (a number), which the worker adds to (the fast path);
 * - the writes `unread-writes:<user>` (a hash): `v`, a version that changes whenever a write
 *   starts or ends, and one field `w:<writer>` per write in flight, holding when it lapses.
 *
 * Writers (the worker storing notifications, the API marking them read) follow one protocol:
 * {@link beginUnreadWrites} before touching the database (marks the write, new version), then
 * {@link endUnreadWrites} after (removes the mark, new version, and in the same script adds the
 * write's known change to the counter, or drops the counter when the change is unknown).
 * Readers that count in the database (the API's answers, the worker for users without a
 * counter) take the version first ({@link readUnread}, or what endUnreadWrites returns), count,
 * then {@link settleUnread}: the count is stored only if no write was in flight when the version
 * was taken and the version is unchanged, and published to the user's sockets only if the
 * version is unchanged, both checked in the script that stores and publishes.
 *
 * So a counter, while it exists, is the database's count without the changes of the writes
 * still in flight: it was stored from a count taken with no write in flight and none started or
 * ended before it was stored, and since then exactly each ended write's change was added to it.
 * With no write in flight it is the count. A reader that loses the race stores nothing rather
 * than deleting: the counter it would have replaced is right. Only users without a counter, or
 * whose write's change is unknown, cost a count in the database.
 *
 * The interleavings (W a writer, R a reader counting in the database):
 * 1. R takes the version, W begins (and maybe inserts and ends), R stores: the version changed,
 *    R stores nothing. (Was: R's count n stored over W's increment, one too few.)
 * 2. W begins and inserts, R takes the version and counts n+1, W ends: R saw W in flight and
 *    stores nothing; W adds 1 to the counter if there is one. (Was: n+1 stored, then n+2.)
 * 3. W ends, then R takes the version: R's count includes W's write and is stored.
 * 4. R stores, then W begins and ends: W adds its change to a right counter.
 * 5. Two writers at once (several workers, or the API marking read while the worker stores):
 *    each adds its own change when it ends; one whose change is unknown (mark read, a retried
 *    dispatch) drops the counter, and the next reader with a quiet window stores it again.
 * 6. Two readers at once (several API processes): both counts are right if both store, since
 *    neither saw a write in flight nor any start or end before storing.
 * 7. A writer dies between begin and end (a worker crash after its insert): its mark stays, so
 *    no reader stores until it lapses (UNREAD_WRITE_TTL_MS); the first script that reads the
 *    marks after that (another write's end, a reader) drops the counter. The retried dispatch
 *    finds its notifications stored and ends with an unknown change, which drops the counter at
 *    once. (Was: the counter stayed one too few unless the dispatch was retried.)
 * 8. A writer slower than UNREAD_WRITE_TTL_MS: its mark is dropped with the counter, a reader
 *    may then store a count without its write; when it ends it finds its mark gone and drops the
 *    counter again.
 * 9. Pushes: a count is published only if no write started or ended since its version was
 *    taken, in the script that checks, so Redis orders the pushes: after the last write ends,
 *    its writer (or a later reader) publishes a count taken after it, and any older count
 *    published later is refused. (Was: a worker's or the API's older count could arrive last.)
 *    A write that dies without ending leaves the last push as it was until its retry pushes.
 * 10. Expiry: counters lapse UNREAD_COUNT_TTL_MS after their last write (a user notified less
 *    often costs a database count now and then instead of a counter kept forever); the writes
 *    hash gets the same TTL whenever the counter is written, so it never lapses first.
 *
 * The bell shows the count; the list itself always comes from the database.
 */

export const UNREAD_COUNT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * How long a write may stay in flight before it is taken for dead and the counter dropped.
 * Long enough for a dispatch's insert and email jobs under load (a slower one only costs a
 * database count); short enough that after a crash the counter is stored again soon.
 */
export const UNREAD_WRITE_TTL_MS = 2 * 60 * 1000;

/** The one Redis command the counters need (ioredis' client has it). */
export interface UnreadRedis {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

export const unreadCountKey = (prefix: string, userId: string): string => `${prefix}:unread:${userId}`;
export const unreadWritesKey = (prefix: string, userId: string): string => `${prefix}:unread-writes:${userId}`;

/** What a reader or an ending writer saw of a user's counter; pass it back to {@link settleUnread}. */
export interface UnreadSeen {
  version: string;
  /** Writes of others were in flight: a count taken now may or may not include them. */
  busy: boolean;
  /** The counter after an ended write's change; null when there is none (count in the database). */
  count: number | null;
}

/** The change a write made to a user's unread count; 'unknown' drops the counter. */
export type UnreadChange = number | 'unknown';

/** A count taken from the database (or the counter) after `seen`, to store and/or push. */
export interface UnreadSettlement {
  userId: string;
  seen: UnreadSeen;
  unread: number;
  /** Store it as the counter (only if nothing was in flight and nothing changed since `seen`). */
  store: boolean;
  /** Publish it to the user's sockets (only if nothing changed since `seen`). */
  push: boolean;
}

// Shared by the scripts that look at the marks: KEYS come in pairs (counter, writes) per user.
const PRELUDE = `
local function now_ms()
  local t = redis.call('time')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- Drops the lapsed marks (their writer died or is too slow) and then the counter, which may miss
-- their writes. Returns whether marks of others' writes in flight remain, and whether own is live.
local function reap(counter, writes, now, own)
  local fields = redis.call('hgetall', writes)
  local busy, lapsed, mine = false, false, false
  for i = 1, #fields, 2 do
    local field = fields[i]
    if string.sub(field, 1, 2) == 'w:' then
      if tonumber(fields[i + 1]) <= now then
        redis.call('hdel', writes, field)
        lapsed = true
      elseif field == own then
        mine = true
      else
        busy = true
      end
    end
  end
  if lapsed then redis.call('del', counter) end
  return busy, mine
end
`;

// ARGV: writer, mark ttl, counter ttl. Lapsed marks are left to the scripts that read them.
const BEGIN = `
local t = redis.call('time')
local lapses = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + tonumber(ARGV[2])
for i = 2, #KEYS, 2 do
  redis.call('hset', KEYS[i], 'w:' .. ARGV[1], lapses, 'v', ARGV[1] .. ':begin')
  redis.call('pexpire', KEYS[i], ARGV[3])
end
return 0`;

// ARGV: writer, counter ttl, then one change per user ('x': unknown). Returns {count or -1, version, busy}.
const END = `${PRELUDE}
local now = now_ms()
local own = 'w:' .. ARGV[1]
local out = {}
for i = 1, #KEYS, 2 do
  local counter, writes = KEYS[i], KEYS[i + 1]
  local change = ARGV[2 + (i + 1) / 2]
  local busy, mine = reap(counter, writes, now, own)
  local count = -1
  if mine then redis.call('hdel', writes, own) end
  if not mine or change == 'x' then
    redis.call('del', counter)
  elseif redis.call('exists', counter) == 1 then
    count = redis.call('incrby', counter, change)
    redis.call('pexpire', counter, ARGV[2])
  end
  redis.call('hset', writes, 'v', ARGV[1] .. ':end')
  redis.call('pexpire', writes, ARGV[2])
  out[#out + 1] = {count, ARGV[1] .. ':end', busy and 1 or 0}
end
return out`;

// Returns {version, busy} per user.
const READ = `${PRELUDE}
local now = now_ms()
local out = {}
for i = 1, #KEYS, 2 do
  local busy = reap(KEYS[i], KEYS[i + 1], now, '')
  out[#out + 1] = {redis.call('hget', KEYS[i + 1], 'v') or '', busy and 1 or 0}
end
return out`;

// ARGV: counter ttl, then per user: version seen, count to store ('' none), channel ('' none), message.
// Returns per user 1 if stored + 2 if published. The marks need no look: a count is only offered
// for storing if none was in flight when its version was seen, and a new one changes the version.
const SETTLE = `
local out = {}
for i = 1, #KEYS, 2 do
  local counter, writes = KEYS[i], KEYS[i + 1]
  local a = 2 + (i - 1) * 2
  local done = 0
  if (redis.call('hget', writes, 'v') or '') == ARGV[a] then
    if ARGV[a + 1] ~= '' then
      redis.call('set', counter, ARGV[a + 1], 'PX', ARGV[1])
      redis.call('pexpire', writes, ARGV[1])
      done = done + 1
    end
    if ARGV[a + 2] ~= '' then
      redis.call('publish', ARGV[a + 2], ARGV[a + 3])
      done = done + 2
    end
  end
  out[#out + 1] = done
end
return out`;

/** Users per script call (two keys each): bounds the script's run time and its arguments. */
const USERS_PER_CALL = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += USERS_PER_CALL) out.push(items.slice(i, i + USERS_PER_CALL));
  return out;
}

const keysOf = (prefix: string, userIds: readonly string[]): string[] =>
  userIds.flatMap((id) => [unreadCountKey(prefix, id), unreadWritesKey(prefix, id)]);

/** A write in flight for these users, to end with {@link endUnreadWrites}. */
export interface UnreadWrite {
  writer: string;
  userIds: readonly string[];
}

/** Before a write that changes these users' unread notifications (`markTtlMs`: tests of lapsed writes). */
export async function beginUnreadWrites(
  redis: UnreadRedis,
  prefix: string,
  userIds: readonly string[],
  markTtlMs = UNREAD_WRITE_TTL_MS,
): Promise<UnreadWrite> {
  const write = { writer: randomUUID(), userIds: [...new Set(userIds)] };
  for (const part of chunks(write.userIds)) {
    await redis.eval(BEGIN, part.length * 2, ...keysOf(prefix, part), write.writer, markTtlMs, UNREAD_COUNT_TTL_MS);
  }
  return write;
}

/**
 * After the write (or its failure: pass 'unknown'): applies each user's change to their counter
 * (users of the write missing from `changes` changed by 0) and returns what it saw per user,
 * the new count when there is a counter.
 */
export async function endUnreadWrites(
  redis: UnreadRedis,
  prefix: string,
  write: UnreadWrite,
  changes: ReadonlyMap<string, UnreadChange> | 'unknown',
): Promise<Map<string, UnreadSeen>> {
  const seen = new Map<string, UnreadSeen>();
  for (const part of chunks(write.userIds)) {
    const args = part.map((id) => {
      const change = changes === 'unknown' ? changes : (changes.get(id) ?? 0);
      return change === 'unknown' ? 'x' : change;
    });
    const out = (await redis.eval(
      END,
      part.length * 2,
      ...keysOf(prefix, part),
      write.writer,
      UNREAD_COUNT_TTL_MS,
      ...args,
    )) as [number, string, number][];
    part.forEach((id, i) => {
      const [count, version, busy] = out[i];
      seen.set(id, { version, busy: busy === 1, count: count >= 0 ? count : null });
    });
  }
  return seen;
}

/** Before counting these users' unread notifications in the database. */
export async function readUnread(
  redis: UnreadRedis,
  prefix: string,
  userIds: readonly string[],
): Promise<Map<string, UnreadSeen>> {
  const seen = new Map<string, UnreadSeen>();
  for (const part of chunks([...new Set(userIds)])) {
    const out = (await redis.eval(READ, part.length * 2, ...keysOf(prefix, part))) as [string, number][];
    part.forEach((id, i) => seen.set(id, { version: out[i][0], busy: out[i][1] === 1, count: null }));
  }
  return seen;
}

/** The socket.io adapter's message that sets a user's bell, as the Redis emitter would publish it. */
function unreadMessage(prefix: string, userId: string, unread: number): { channel: string; message: string } {
  let captured: { channel: string; message: string } | undefined;
  // The emitter encodes synchronously inside emit(); recording instead of publishing lets the
  // settle script publish it only if the count is still current.
  const recorder = {
    publish: (channel: string, message: string) => {
      captured = { channel, message };
    },
  };
  new Emitter<ServerToClientEvents>(recorder, { key: socketIoChannelKey(prefix), parser: socketIoRedisParser })
    .to(rooms.user(userId))
    .emit('notifications:unread', { unread });
  if (!captured) throw new Error('the socket.io emitter published nothing');
  return captured;
}

/**
 * Stores and/or pushes counts taken after `seen`, each only if still current (see the header).
 * Returns the users whose count was stored and those whose count was pushed.
 */
export async function settleUnread(
  redis: UnreadRedis,
  prefix: string,
  settlements: readonly UnreadSettlement[],
): Promise<{ stored: Set<string>; pushed: Set<string> }> {
  const stored = new Set<string>();
  const pushed = new Set<string>();
  for (const part of chunks(settlements)) {
    const args = part.flatMap((s) => {
      const push = s.push ? unreadMessage(prefix, s.userId, s.unread) : { channel: '', message: '' };
      const store = s.store && !s.seen.busy ? String(s.unread) : '';
      return [s.seen.version, store, push.channel, push.message];
    });
    const keys = keysOf(
      prefix,
      part.map((s) => s.userId),
    );
    const out = (await redis.eval(SETTLE, keys.length, ...keys, UNREAD_COUNT_TTL_MS, ...args)) as number[];
    part.forEach((s, i) => {
      if (out[i] & 1) stored.add(s.userId);
      if (out[i] & 2) pushed.add(s.userId);
    });
  }
  return { stored, pushed };
}
