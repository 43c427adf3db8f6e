import { DEFAULT_JOB_OPTIONS, jobPayloadSchemas, type JobName, type JobPayload, QueueName } from '@concordia/contracts';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { closeRedis, createRedis } from './redis.module';

/**
 * The API's side of the job queues: enqueues jobs declared in the contracts, with their payload
 * validated against the job's schema before it reaches Redis. Queues open on first use.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private connection: Redis | null = null;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async add<Q extends QueueName, J extends JobName<Q>>(
    queue: Q,
    job: J,
    payload: JobPayload<Q, J>,
    /** `removeOnComplete: true` drops a job's data as soon as it has run (a secret in the payload). */
    options: { jobId?: string; delay?: number; removeOnComplete?: true } = {},
  ): Promise<void> {
    const schema = (jobPayloadSchemas[queue] as Record<string, z.ZodType>)[job];
    if (!schema) throw new Error(`job "${job}" is not declared on queue "${queue}"`);
    await this.queue(queue).add(job, schema.parse(payload), options);
  }

  /**
   * Removes a job that has not run yet (e.g. a delayed deadline that moved). Returns false when
   * there is none or it is running; callers whose handler re-checks its state may ignore that.
   */
  async remove(queue: QueueName, jobId: string): Promise<boolean> {
    return (await this.queue(queue).remove(jobId)) === 1;
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // Fail fast: an upload whose job cannot be enqueued is refused and undone, never left waiting.
      this.connection ??= createRedis(this.config.redis.url, `${this.config.redis.prefix}:api-queues`);
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.redis.prefix,
        defaultJobOptions: {
          attempts: DEFAULT_JOB_OPTIONS.attempts,
          backoff: { ...DEFAULT_JOB_OPTIONS.backoff },
          removeOnComplete: { ...DEFAULT_JOB_OPTIONS.removeOnComplete },
          removeOnFail: { ...DEFAULT_JOB_OPTIONS.removeOnFail },
        },
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    if (this.connection) await closeRedis(this.connection);
  }
}
