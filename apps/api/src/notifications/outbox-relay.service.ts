import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QueueName } from '@concordia/contracts';
import type { Models, NotificationOutboxRecord } from '@concordia/dal';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { Connection, Types } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectModels, MONGO_CONNECTION } from '../infra/database.module';
import { closeRedis, createRedis } from '../infra/redis.module';
import { provenRecords } from './outbox-proof';

const POLL_MS = 250;
const BATCH = 200;
const LEASE_MS = 5_000;
/** A record whose change is still not visible after this long belongs to a change that failed. */
export const OUTBOX_GRACE_MS = 30_000;

/** Take the lease if free, or extend it if ours: one relay per deployment moves records at a time. */
const LEASE_SCRIPT = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`;

/**
 * Moves outbox records into BullMQ. Runs in every API process; a Redis lease lets one of them
 * work at a time (so FerretDB never sees two relays update the same records), and the job id
 * (outbox id) makes a second enqueue of the same record a no-op, so a relay that dies between
 * enqueuing and marking loses and duplicates nothing: the next one enqueues again and BullMQ
 * ignores it. While Redis is down nothing is marked sent; the records wait in the database.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly token = randomBytes(12).toString('hex');
  private redis: Redis | null = null;
  private readonly queues = new Map<QueueName, Queue>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopping = false;
  private lastFailure = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectModels() private readonly models: Models,
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
  ) {}

  onApplicationBootstrap(): void {
    this.redis = createRedis(this.config.redis.url, `${this.config.redis.prefix}:api-outbox`);
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** Runs a pass now (or right after the current one). */
  kick(): void {
    if (this.stopping || this.redis === null) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => (this.running = null));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    if (this.redis) await closeRedis(this.redis);
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.again = false;
        if (!(await this.holdLease())) return;
        if ((await this.moveBatch()) === BATCH) this.again = true;
      } while (this.again && !this.stopping);
    } catch (error) {
      // Redis or the database is unreachable: the records stay pending and the next poll retries.
      if (Date.now() - this.lastFailure > 10_000) {
        this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'outbox relay pass failed');
      }
      this.lastFailure = Date.now();
    }
  }

  private async holdLease(): Promise<boolean> {
    const key = `${this.config.redis.prefix}:outbox:relay-lease`;
    const result = await this.redis!.eval(LEASE_SCRIPT, 1, key, this.token, String(LEASE_MS));
    return result === 1;
  }

  /** One batch, oldest first; returns how many records it settled. */
  private async moveBatch(): Promise<number> {
    const pending = await this.models.notificationOutbox
      .find({ state: 'pending' })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean<NotificationOutboxRecord[]>()
      .exec();
    if (pending.length === 0) return 0;
    const proven = await provenRecords(this.connection, pending);
    const ready = pending.filter((record) => proven.has(record._id.toHexString()));
    const now = Date.now();
    const failed = pending.filter(
      (record) => !proven.has(record._id.toHexString()) && now - record.createdAt.getTime() > OUTBOX_GRACE_MS,
    );
    if (ready.length > 0) {
      const byQueue = new Map<QueueName, { name: string; data: object; opts: { jobId: string } }[]>();
      for (const job of ready.flatMap((record) => record.jobs)) {
        const queue = job.queue as QueueName;
        const list = byQueue.get(queue) ?? [];
        list.push({ name: job.job, data: job.payload, opts: { jobId: job.jobId } });
        byQueue.set(queue, list);
      }
      for (const [queue, jobs] of byQueue) await this.queue(queue).addBulk(jobs);
      await this.settle(
        ready.map((r) => r._id),
        'sent',
      );
    }
    if (failed.length > 0) {
      this.logger.warn(
        { outboxIds: failed.map((r) => r._id.toHexString()) },
        'outbox records dropped: their change was never written',
      );
      await this.settle(
        failed.map((r) => r._id),
        'dropped',
      );
    }
    return ready.length + failed.length;
  }

  private async settle(ids: Types.ObjectId[], state: 'sent' | 'dropped'): Promise<void> {
    await this.models.notificationOutbox
      .updateMany({ _id: { $in: ids } }, { $set: { state, settledAt: new Date() } })
      .exec();
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.redis!,
        prefix: this.config.redis.prefix,
        defaultJobOptions: {
          attempts: DEFAULT_JOB_OPTIONS.attempts,
          backoff: { ...DEFAULT_JOB_OPTIONS.backoff },
          removeOnComplete: { ...DEFAULT_JOB_OPTIONS.removeOnComplete },
          removeOnFail: { ...DEFAULT_JOB_OPTIONS.removeOnFail },
        },
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
