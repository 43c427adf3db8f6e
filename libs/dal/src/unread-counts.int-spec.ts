import { randomBytes } from 'node:crypto';
import { socketIoChannelKey } from '@concordia/contracts';
import { Redis } from 'ioredis';
import mongoose, { type Collection, type Connection, Types } from 'mongoose';
import { Collections } from './collections';
import {
  beginUnreadWrites,
  endUnreadWrites,
  readUnread,
  settleUnread,
  type UnreadSeen,
  type UnreadWrite,
  unreadCountKey,
  unreadWritesKey,
} from './unread-counts';

/**
 * The unread-counter protocol (unread-counts.ts) driven step by step in the racy orders that
 * left the counter or the bell wrong: each test plays the API (reads the version, counts in the
 * database, settles) and one or more workers (begin, insert, end, count if needed, settle) in
 * one fixed interleaving, on the real FerretDB and Redis, and checks that the counter, when
 * there is one, and the last count pushed to the user's room equal the database's count.
 */
describe('unread counters under racing writers and readers', () => {
  const prefix = `${process.env.CONCORDIA_IT_REDIS_PREFIX ?? 'concordia_it'}_unread_${randomBytes(4).toString('hex')}`;
  let connection: Connection;
  let notifications: Collection;
  let redis: Redis;
  let subscriber: Redis;
  /** Counts received on the socket.io channel, per user, in Redis' order. */
  const heard = new Map<string, number[]>();

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env.MONGODB_URI ?? '', {
        dbName: `concordia_it_unread_${randomBytes(4).toString('hex')}`,
      })
      .asPromise();
    notifications = connection.collection(Collections.notifications);
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    subscriber = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    subscriber.on('pmessage', (_pattern: string, _channel: string, message: string) => {
      const [, packet, opts] = JSON.parse(message) as [
        string,
        { data: [string, { unread: number }] },
        { rooms: string[] },
      ];
      const userId = opts.rooms[0].replace('user:', '');
      heard.set(userId, [...(heard.get(userId) ?? []), packet.data[1].unread]);
    });
    await subscriber.psubscribe(`${socketIoChannelKey(prefix)}*`);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    subscriber.disconnect();
    redis.disconnect();
    await connection.dropDatabase();
    await connection.close();
  });

  /** What the database holds, and the steps every process takes, for one user. */
  const user = async (unread: number) => {
    const id = new Types.ObjectId();
    const userId = id.toHexString();
    const insert = async () => {
      await notifications.insertOne({ userId: id, eventId: randomBytes(6).toString('hex'), readAt: null });
    };
    for (let i = 0; i < unread; i++) await insert();
    let published = 0;
    const count = () => notifications.countDocuments({ userId: id, readAt: null });
    const settle = async (seen: UnreadSeen, unreadNow: number, store: boolean, push: boolean) => {
      const done = await settleUnread(redis, prefix, [{ userId, seen, unread: unreadNow, store, push }]);
      if (done.pushed.has(userId)) published++;
      return done;
    };
    const worker = {
      begin: (markTtlMs?: number) => beginUnreadWrites(redis, prefix, [userId], markTtlMs),
      /** After storing one notification (or, retried, not knowing how many). */
      end: async (write: UnreadWrite, retried = false) =>
        (await endUnreadWrites(redis, prefix, write, retried ? 'unknown' : new Map([[userId, 1]]))).get(userId)!,
      /** The worker's push: the new counter, or a count in the database stored if no write was in flight. */
      settle: async (seen: UnreadSeen, counted?: number) =>
        settle(seen, seen.count ?? counted ?? (await count()), seen.count === null, true),
    };
    const api = {
      read: async () => (await readUnread(redis, prefix, [userId])).get(userId)!,
      markAllRead: async () => {
        await notifications.updateMany({ userId: id, readAt: null }, { $set: { readAt: new Date() } });
      },
      endMark: async (write: UnreadWrite) => (await endUnreadWrites(redis, prefix, write, 'unknown')).get(userId)!,
      settle: (seen: UnreadSeen, counted: number, push = false) => settle(seen, counted, true, push),
    };
    const counter = async () => {
      const value = await redis.get(unreadCountKey(prefix, userId));
      return value === null ? null : Number(value);
    };
    /** The last count pushed, once every push Redis accepted has arrived. */
    const lastPush = async () => {
      for (let i = 0; i < 100 && (heard.get(userId)?.length ?? 0) < published; i++) await pause(20);
      return heard.get(userId)?.at(-1);
    };
    /** Stores the database's count as the counter, as a page load does with no write around. */
    const load = async () => {
      const seen = await api.read();
      await api.settle(seen, await count());
      expect(await counter()).toBe(unread);
    };
    return { userId, insert, count, worker, api, counter, lastPush, load };
  };

  it('API reads, worker stores and counts, API stores its older count: refused (was one too few)', async () => {
    const u = await user(2);
    await u.load();
    const seen = await u.api.read();
    const counted = await u.count();
    const write = await u.worker.begin();
    await u.insert();
    await u.worker.settle(await u.worker.end(write));
    const { stored } = await u.api.settle(seen, counted);
    expect(await u.counter()).toBe(3);
    expect(await u.lastPush()).toBe(3);
    expect(stored.size).toBe(0);
  });

  it('worker stores, API counts it and stores, worker adds it: the API store is refused (was one too many)', async () => {
    const u = await user(2);
    await u.load();
    const write = await u.worker.begin();
    await u.insert();
    const seen = await u.api.read();
    const { stored } = await u.api.settle(seen, await u.count());
    await u.worker.settle(await u.worker.end(write));
    expect(await u.counter()).toBe(3);
    expect(await u.lastPush()).toBe(3);
    expect(seen.busy).toBe(true);
    expect(stored.size).toBe(0);
  });

  it('API reads before the worker begins and stores after its insert, counting with or without it', async () => {
    for (const countsAfterInsert of [false, true]) {
      const u = await user(1);
      await u.load();
      const seen = await u.api.read();
      const write = await u.worker.begin();
      const before = countsAfterInsert ? undefined : await u.count();
      await u.insert();
      const counted = before ?? (await u.count());
      await u.api.settle(seen, counted);
      await u.worker.settle(await u.worker.end(write));
      expect(await u.counter()).toBe(2);
      expect(await u.lastPush()).toBe(2);
    }
  });

  it('a count taken after a write ended is stored; the next write adds to it', async () => {
    const u = await user(1);
    const first = await u.worker.begin();
    await u.insert();
    const ended = await u.worker.end(first);
    expect(ended.count).toBeNull(); // no counter yet: the worker counts in the database
    await u.worker.settle(ended);
    expect(await u.counter()).toBe(2);
    const seen = await u.api.read();
    const { stored } = await u.api.settle(seen, await u.count());
    expect(stored.has(u.userId)).toBe(true);
    const second = await u.worker.begin();
    await u.insert();
    const next = await u.worker.end(second);
    expect(next.count).toBe(3); // the fast path: no count in the database
    await u.worker.settle(next);
    expect(await u.counter()).toBe(3);
    expect(await u.lastPush()).toBe(3);
  });

  it('two workers without a counter: the first one to count cannot store a count the second outdates', async () => {
    const u = await user(2);
    const w1 = await u.worker.begin();
    const w2 = await u.worker.begin();
    await u.insert();
    const seen1 = await u.worker.end(w1);
    const counted1 = await u.count();
    await u.insert();
    const seen2 = await u.worker.end(w2);
    await u.worker.settle(seen2);
    await u.worker.settle(seen1, counted1);
    expect(await u.counter()).toBe(4);
    expect(await u.lastPush()).toBe(4);
    expect(seen1.busy).toBe(true);
  });

  it("two workers' pushes arrive in the order of their counts, not of their sends", async () => {
    const u = await user(2);
    await u.load();
    const w1 = await u.worker.begin();
    await u.insert();
    const seen1 = await u.worker.end(w1);
    const w2 = await u.worker.begin();
    await u.insert();
    const seen2 = await u.worker.end(w2);
    await u.worker.settle(seen2);
    const late = await u.worker.settle(seen1);
    expect(await u.counter()).toBe(4);
    expect(await u.lastPush()).toBe(4);
    expect(late.pushed.size).toBe(0);
  });

  it('marking read while the worker stores: the older count of either is neither stored nor pushed last', async () => {
    const u = await user(2);
    await u.load();
    const mark = await beginUnreadWrites(redis, prefix, [u.userId]);
    await u.api.markAllRead();
    const marked = await u.api.endMark(mark);
    const countedByApi = await u.count();
    const write = await u.worker.begin();
    await u.insert();
    await u.worker.settle(await u.worker.end(write));
    await u.api.settle(marked, countedByApi, true);
    expect(await u.counter()).toBe(1);
    expect(await u.lastPush()).toBe(1);
  });

  it('two API processes: a count taken before another marks read is not stored over its count', async () => {
    const u = await user(3);
    await u.load();
    const seenByB = await u.api.read();
    const countedByB = await u.count();
    const mark = await beginUnreadWrites(redis, prefix, [u.userId]);
    await u.api.markAllRead();
    const marked = await u.api.endMark(mark);
    await u.api.settle(marked, await u.count(), true);
    const { stored } = await u.api.settle(seenByB, countedByB);
    expect(await u.counter()).toBe(0);
    expect(await u.lastPush()).toBe(0);
    expect(stored.size).toBe(0);
  });

  it('a worker dies after its insert: its retry puts the counter and the bell right', async () => {
    const u = await user(2);
    await u.load();
    await u.worker.begin();
    await u.insert(); // ...and the process dies before ending its write
    // Another event meanwhile: its count may miss the lost one, but it stores nothing wrong.
    const other = await u.worker.begin();
    await u.insert();
    await u.worker.settle(await u.worker.end(other));
    // The retry finds its notification stored (a duplicate) and ends not knowing the change.
    const retry = await u.worker.begin();
    const ended = await u.worker.end(retry, true);
    expect(ended.count).toBeNull();
    await u.worker.settle(ended);
    expect(await u.lastPush()).toBe(4);
    const counter = await u.counter();
    expect(counter === null || counter === 4).toBe(true);
  });

  it('a worker dies after its insert and is never retried: its mark lapses and the counter is recounted', async () => {
    const u = await user(2);
    await u.load();
    await u.worker.begin(50);
    await u.insert(); // ...and the process dies
    await pause(120);
    const next = await u.worker.begin();
    await u.insert();
    // The lapsed mark took the counter with it: this worker counts in the database.
    await u.worker.settle(await u.worker.end(next));
    expect(await u.counter()).toBe(4);
    expect(await u.lastPush()).toBe(4);
  });

  it('a worker slower than its mark: a count stored without its insert is dropped when it ends', async () => {
    const u = await user(2);
    await u.load();
    const slow = await u.worker.begin(50);
    await pause(120);
    const seen = await u.api.read();
    expect(seen.busy).toBe(false); // the mark lapsed
    await u.api.settle(seen, await u.count());
    expect(await u.counter()).toBe(2);
    await u.insert();
    await u.worker.settle(await u.worker.end(slow));
    expect(await u.counter()).toBe(3);
    expect(await u.lastPush()).toBe(3);
  });

  it('keeps its keys under the prefix, with the writes outliving the counter', async () => {
    const u = await user(1);
    await u.load();
    const write = await u.worker.begin();
    await u.insert();
    await u.worker.settle(await u.worker.end(write));
    const counterTtl = await redis.pttl(unreadCountKey(prefix, u.userId));
    const writesTtl = await redis.pttl(unreadWritesKey(prefix, u.userId));
    expect(counterTtl).toBeGreaterThan(0);
    expect(writesTtl).toBeGreaterThanOrEqual(counterTtl - 1000);
  });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
