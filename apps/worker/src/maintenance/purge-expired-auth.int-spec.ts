import 'reflect-metadata';
import { Collections } from '@concordia/dal';
import { QueueName } from '@concordia/contracts';
import type { INestApplicationContext } from '@nestjs/common';
import { type Job, Queue } from 'bullmq';
import { Types, type Connection } from 'mongoose';
import { MONGO_CONNECTION } from '../infrastructure/mongo.provider';
import {
  dropDatabase,
  eventually,
  memoryLogger,
  removeRedisKeys,
  requireEnv,
  testConfig,
  uniqueName,
} from '../test/int-env';
import { createWorkerApp, startWorkerApp } from '../worker-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The job as stored once it has completed or failed for good. */
async function settled(queue: Queue, job: Job): Promise<Job> {
  return eventually(`job ${job.id} to settle`, async () => {
    const state = await job.getState();
    if (state !== 'completed' && state !== 'failed') return undefined;
    return queue.getJob(job.id!);
  });
}

describe('purge-expired-auth on the real Redis and FerretDB', () => {
  const prefix = uniqueName('purge');
  const dbName = uniqueName('purge');
  let app: INestApplicationContext;
  let producer: Queue;
  let sessions: ReturnType<Connection['collection']>;

  beforeAll(async () => {
    app = await createWorkerApp({ config: testConfig(prefix, dbName), logger: memoryLogger().logger });
    await startWorkerApp(app);
    sessions = app.get<Connection>(MONGO_CONNECTION).collection(Collections.refreshSessions);
    producer = new Queue(QueueName.Maintenance, { connection: { url: requireEnv('REDIS_URL') }, prefix });
  });

  afterAll(async () => {
    await producer?.close();
    await app?.close();
    await removeRedisKeys(prefix);
    await dropDatabase(dbName);
  });

  it('deletes sessions expired or revoked more than a day ago and keeps the others', async () => {
    const now = Date.now();
    const session = (label: string, expiresInMs: number, revokedAgoMs: number | null) => ({
      _id: new Types.ObjectId(),
      label,
      userId: new Types.ObjectId(),
      tokenHash: label,
      expiresAt: new Date(now + expiresInMs),
      revokedAt: revokedAgoMs === null ? null : new Date(now - revokedAgoMs),
    });
    await sessions.insertMany([
      session('expired-2-days-ago', -2 * DAY, null),
      session('revoked-2-days-ago', 7 * DAY, 2 * DAY),
      session('expired-and-revoked-long-ago', -30 * DAY, 31 * DAY),
      session('expired-1-hour-ago', -HOUR, null),
      session('revoked-1-hour-ago', 7 * DAY, HOUR),
      session('live', 7 * DAY, null),
    ]);

    const job = await settled(producer, await producer.add('purge-expired-auth', {}));

    expect(job.failedReason).toBeFalsy();
    const left = await sessions.find({}, { projection: { label: 1 } }).toArray();
    expect(left.map((doc) => doc['label'] as string).sort()).toEqual([
      'expired-1-hour-ago',
      'live',
      'revoked-1-hour-ago',
    ]);
  });

  it('honours an explicit cutoff', async () => {
    await sessions.deleteMany({});
    await sessions.insertMany([
      { label: 'expired-1-hour-ago', expiresAt: new Date(Date.now() - HOUR), revokedAt: null },
      { label: 'live', expiresAt: new Date(Date.now() + HOUR), revokedAt: null },
    ]);

    const job = await settled(
      producer,
      await producer.add('purge-expired-auth', { olderThan: new Date().toISOString() }),
    );

    expect(job.returnvalue).toMatchObject({ deletedSessions: 1 });
    expect(await sessions.countDocuments({ label: 'live' })).toBe(1);
    expect(await sessions.countDocuments({})).toBe(1);
  });

  it('deletes password reset links expired before the cutoff, not those still working', async () => {
    const resets = app
      .get<Connection>(MONGO_CONNECTION)
      .collection<{ _id: string; userId: Types.ObjectId; expiresAt: Date }>(Collections.passwordResets);
    await resets.insertMany([
      { _id: 'a'.repeat(64), userId: new Types.ObjectId(), expiresAt: new Date(Date.now() - 2 * DAY) },
      { _id: 'b'.repeat(64), userId: new Types.ObjectId(), expiresAt: new Date(Date.now() + HOUR) },
    ]);

    const job = await settled(producer, await producer.add('purge-expired-auth', {}));

    expect(job.returnvalue).toMatchObject({ deletedPasswordResets: 1 });
    expect((await resets.find({}).toArray()).map((doc) => doc._id)).toEqual(['b'.repeat(64)]);
  });

  it('fails an invalid payload once, without retrying and without touching the data', async () => {
    await sessions.insertOne({
      label: 'expired-long-ago',
      expiresAt: new Date(Date.now() - 10 * DAY),
      revokedAt: null,
    });

    const job = await settled(
      producer,
      await producer.add('purge-expired-auth', { olderThan: 'yesterday' }, { attempts: 5 }),
    );

    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/invalid payload for job "maintenance\/purge-expired-auth".*olderThan/);
    expect(await sessions.countDocuments({ label: 'expired-long-ago' })).toBe(1);
  });

  it('registers each maintenance schedule once, however often the worker starts', async () => {
    const second = await createWorkerApp({ config: testConfig(prefix, dbName), logger: memoryLogger().logger });
    await startWorkerApp(second);
    await second.close();

    const schedulers = await producer.getJobSchedulers();
    expect(schedulers.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      expect.objectContaining({ key: 'purge-email-records', every: DAY }),
      expect.objectContaining({ key: 'purge-expired-auth', every: HOUR }),
      expect.objectContaining({ key: 'purge-settled-outbox', every: HOUR / 6 }),
    ]);
  });

  it('deletes outbox records settled more than an hour ago and never a pending one', async () => {
    const outbox = app.get<Connection>(MONGO_CONNECTION).collection(Collections.notificationOutbox);
    const now = Date.now();
    const record = (label: string, state: 'pending' | 'sent' | 'dropped', settledAgoMs: number | null) => ({
      _id: new Types.ObjectId(),
      label,
      jobs: [],
      commit: { collection: 'annotations', id: new Types.ObjectId(), field: null, value: null },
      state,
      createdAt: new Date(now - 2 * DAY),
      settledAt: settledAgoMs === null ? null : new Date(now - settledAgoMs),
    });
    await outbox.insertMany([
      record('sent-2-hours-ago', 'sent', 2 * HOUR),
      record('dropped-a-day-ago', 'dropped', DAY),
      record('sent-a-minute-ago', 'sent', 60_000),
      record('pending-for-two-days', 'pending', null),
    ]);

    const job = await settled(producer, await producer.add('purge-settled-outbox', {}));

    expect(job.failedReason).toBeFalsy();
    const left = await outbox.find({}, { projection: { label: 1 } }).toArray();
    expect(left.map((doc) => doc['label'] as string).sort()).toEqual(['pending-for-two-days', 'sent-a-minute-ago']);
  });

  it('deletes email claims and deliveries older than 30 days, keeping what a retry may still need', async () => {
    const db = app.get<Connection>(MONGO_CONNECTION);
    const claims = db.collection<{ _id: string }>(Collections.notificationClaims);
    const deliveries = db.collection<{ _id: string }>(Collections.notificationDeliveries);
    const now = Date.now();
    const claim = (key: string, daysAgo: number) => ({
      _id: key,
      userId: new Types.ObjectId().toHexString(),
      attempts: 1,
      claimedAt: new Date(now - daysAgo * DAY),
    });
    const delivery = (key: string, daysAgo: number) => ({
      ...claim(key, daysAgo),
      state: 'sent',
      messageId: `<${key}@test>`,
      sentAt: new Date(now - daysAgo * DAY),
    });
    await claims.insertMany([claim('old-claim', 31), claim('recent-claim', 15)]);
    await deliveries.insertMany([delivery('old-delivery', 40), delivery('recent-delivery', 13)]);

    const job = await settled(producer, await producer.add('purge-email-records', {}));

    expect(job.failedReason).toBeFalsy();
    expect(job.returnvalue).toMatchObject({ deletedClaims: 1, deletedDeliveries: 1 });
    expect((await claims.find({}).toArray()).map((c) => c._id)).toEqual(['recent-claim']);
    expect((await deliveries.find({}).toArray()).map((d) => d._id)).toEqual(['recent-delivery']);
  });
});
