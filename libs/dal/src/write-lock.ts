import { randomUUID } from 'node:crypto';

/** Long enough for any single read-check-write; short enough that a crashed holder unblocks soon. */
export const LOCK_TTL_MS = 10_000;
/** How long a writer waits for its turn before giving up. */
export const LOCK_WAIT_MS = 5_000;
/**
 * A holder renews its lock while its work runs, so long work (a large import, a sheet of
 * invitations) keeps it; but never past this, so a hung holder cannot block a resource for good.
 */
export const LOCK_MAX_HOLD_MS = 120_000;

/** The few Redis commands the lock needs (ioredis' client has them). */
export interface LockRedis {
  set(key: string, value: string, px: 'PX', ttl: number, nx: 'NX'): Promise<'OK' | null>;
  eval(script: string, numKeys: number, ...args: string[]): Promise<unknown>;
}

export class LockTimeoutError extends Error {
  constructor(readonly resource: string) {
    super(`timed out waiting for the write lock of ${resource}`);
    this.name = 'LockTimeoutError';
  }
}

/** Resources locked by both the API and the worker; one name each, so they exclude each other. */
export const LockResources = {
  /** Edits of one account's document (its profile, an admin's changes). */
  user: (userId: { toString(): string }) => `user:${userId.toString()}`,
  /** Admins' changes to accounts: the platform must keep an enabled admin. */
  platformAdmins: () => 'platform-admins',
  /** Every writer of a draft's versions and imports. */
  draft: (draftId: { toString(): string }) => `draft:${draftId.toString()}`,
  /**
   * Every writer of the rounds of a process: FerretDB writes a whole document back on update,
   * so a status change and an edit of the same round must not interleave, and names are unique
   * per process.
   */
  processRounds: (processId: { toString(): string }) => `process-rounds:${processId.toString()}`,
  /** Following and unfollowing one thread (its root's id), replies included. */
  threadFollows: (threadId: { toString(): string }) => `thread-follows:${threadId.toString()}`,
  /** The author's edits and withdrawal of one annotation (the only writes to its document). */
  annotation: (annotationId: { toString(): string }) => `annotation:${annotationId.toString()}`,
  /** Every writer of one delegation's row of positions in one round. */
  positionRow: (roundId: { toString(): string }, delegationId: { toString(): string }) =>
    `position-row:${roundId.toString()}:${delegationId.toString()}`,
  /**
   * Every writer of one paragraph's positions document in one round; taken after positionRow is
   * released, never inside it, so a row's lock is never held while waiting on a busy paragraph.
   */
  positionParagraph: (roundId: { toString(): string }, paragraphKey: string) =>
    `position-paragraph:${roundId.toString()}:${paragraphKey}`,
  /** Start, deadline change, break, cancel and the deadline itself (worker) of one silence procedure. */
  silence: (procedureId: { toString(): string }) => `silence:${procedureId.toString()}`,
  /** Starting procedures in a round: two must not both take the same paragraph. */
  roundSilences: (roundId: { toString(): string }) => `round-silences:${roundId.toString()}`,
  /** Every change of a round's speakers' list. */
  speakers: (roundId: { toString(): string }) => `speakers:${roundId.toString()}`,
  /** Setting and clearing a round's paragraph under consideration. */
  consideration: (roundId: { toString(): string }) => `consideration:${roundId.toString()}`,
  /** One user's reading mark of one round: opening the page reads the mark and moves it. */
  readingMark: (markId: string) => `reading-mark:${markId}`,
  /** Hiding and unhiding one annotation. */
  moderation: (annotationId: { toString(): string }) => `moderation:${annotationId.toString()}`,
  /** Inviting one address to one process (the single form and sheets): one live invitation each. */
  invitationAddress: (processId: { toString(): string }, email: string) =>
    `invitation-address:${processId.toString()}:${email}`,
} as const;

// Deletes the lock only if it is still ours (it may have expired and been taken by another).
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
// Extends the lock only if it is still ours.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while holding a Redis lock on the resource, across every API and worker process.
 *
 * Why: FerretDB v1 runs an update as "query the matching document, then write it back by _id"
 * without a transaction, so two concurrent conditional updates (`{revision: 3}` -> `$inc`) can
 * both match, and the second silently overwrites the first. Holding this lock around the
 * read-check-write makes the check reliable; the conditional filters stay as a second guard
 * (and are the whole guard on a real MongoDB should a lock ever expire mid-write).
 */
export async function withWriteLock<T>(
  redis: LockRedis,
  prefix: string,
  resource: string,
  work: () => Promise<T>,
  waitMs = LOCK_WAIT_MS,
  ttlMs = LOCK_TTL_MS,
): Promise<T> {
  const key = `${prefix}:lock:${resource}`;
  const token = randomUUID();
  await acquire(redis, key, token, resource, waitMs, ttlMs);
  return holding(redis, key, token, work, ttlMs);
}

/**
 * Group commit: like withWriteLock, for writers whose work includes everyone else's (each writer
 * writes every change queued so far, not only its own). While waiting for the lock, a writer
 * asks `done()` whether a holder has already written its change, and then returns without ever
 * taking the lock. So N concurrent writers cost about two writes, not N in a row, and none of
 * them waits behind the others' turns.
 */
export async function withSharedWrite(
  redis: LockRedis,
  prefix: string,
  resource: string,
  work: () => Promise<void>,
  done: () => Promise<boolean>,
  waitMs = LOCK_WAIT_MS,
): Promise<void> {
  const key = `${prefix}:lock:${resource}`;
  const token = randomUUID();
  if ((await acquire(redis, key, token, resource, waitMs, LOCK_TTL_MS, done)) === 'done') return;
  await holding(redis, key, token, work, LOCK_TTL_MS);
}

async function acquire(
  redis: LockRedis,
  key: string,
  token: string,
  resource: string,
  waitMs: number,
  ttlMs: number,
  done?: () => Promise<boolean>,
): Promise<'acquired' | 'done'> {
  const deadline = Date.now() + waitMs;
  while ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') {
    if (done && (await done())) return 'done';
    if (Date.now() > deadline) throw new LockTimeoutError(resource);
    await sleep(15 + Math.floor(Math.random() * 20));
  }
  return 'acquired';
}

async function holding<T>(
  redis: LockRedis,
  key: string,
  token: string,
  work: () => Promise<T>,
  ttlMs: number,
): Promise<T> {
  const renewal = keepRenewing(redis, key, token, ttlMs);
  try {
    return await work();
  } finally {
    renewal.stop();
    await redis.eval(RELEASE, 1, key, token);
  }
}

/**
 * Renews the lock every third of its life while the work runs (up to LOCK_MAX_HOLD_MS): without
 * it, work longer than the TTL would lose the lock half-way and let a second writer in. A failed
 * renewal (Redis away for a moment) is retried at the next beat; one that finds the lock gone
 * stops, as there is nothing left to keep.
 */
function keepRenewing(redis: LockRedis, key: string, token: string, ttlMs: number): { stop(): void } {
  const until = Date.now() + LOCK_MAX_HOLD_MS;
  const timer = setInterval(
    () => {
      if (Date.now() > until) return clearInterval(timer);
      redis.eval(RENEW, 1, key, token, String(ttlMs)).then(
        (kept) => {
          if (kept === 0) clearInterval(timer);
        },
        () => undefined,
      );
    },
    Math.max(1, Math.floor(ttlMs / 3)),
  );
  // A pending renewal must not keep a process alive that is otherwise done.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
