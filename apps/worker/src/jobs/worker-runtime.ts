import { allJobs, jobPayloadSchemas, QueueName } from '@concordia/contracts';
import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { checkEvictionPolicy } from '../infrastructure/eviction-policy';
import { REDIS } from '../infrastructure/redis.provider';
import { LOGGER } from '../logging/logger';
import { assertHandlerCoverage } from './handler-coverage';
import { JobHandlerRegistry } from './job-handler-registry';
import { defaultJobOptions, workerRetention } from './job-options';
import { createJobProcessor } from './job-processor';
import { RECURRING_JOBS } from './schedules';

/**
 * Owns the BullMQ queues and workers: checks the handlers against the contracts, upserts the
 * recurring schedules, runs one worker per queue, and on shutdown stops taking jobs while
 * letting the running ones finish.
 */
@Injectable()
export class WorkerRuntime implements BeforeApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private stopping = false;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly registry: JobHandlerRegistry,
  ) {}

  /** Resolves once every worker is connected; rejects (without taking jobs) on a handler mismatch. */
  async start(): Promise<void> {
    assertHandlerCoverage(allJobs(), this.registry.list());

    const eviction = await checkEvictionPolicy(this.redis);
    if (!eviction.ok) this.logger.warn(eviction.message);

    for (const name of Object.values(QueueName)) {
      const queue = new Queue(name, { connection: this.redis, prefix: this.config.redis.prefix, defaultJobOptions });
      queue.on('error', (error) => this.logger.error({ err: error, queue: name }, 'queue error'));
      this.queues.set(name, queue);
    }
    for (const recurring of RECURRING_JOBS) {
      if (this.stopping) return;
      await this.queue(recurring.queue).upsertJobScheduler(
        recurring.job,
        { every: recurring.everyMs },
        { name: recurring.job, data: recurring.payload, opts: defaultJobOptions },
      );
    }

    if (this.stopping) return;
    for (const name of Object.values(QueueName)) this.workers.push(this.createWorker(name));
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    this.logger.info(
      { queues: Object.values(QueueName), concurrency: this.config.concurrency, prefix: this.config.redis.prefix },
      'worker ready',
    );
  }

  /** The producer side of a queue, e.g. for tests or an admin command enqueuing a job. */
  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (queue === undefined) throw new Error(`queue "${name}" is not open; call start() first`);
    return queue;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // Worker.close() stops fetching at once and resolves when the jobs in progress have ended.
    this.logger.info({ workers: this.workers.length }, 'stopping workers, waiting for running jobs');
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.logger.info('workers stopped');
  }

  private createWorker(name: QueueName): Worker {
    const processor = createJobProcessor(name, jobPayloadSchemas[name], this.registry.forQueue(name), this.logger);
    const worker = new Worker(name, processor, {
      connection: this.redis,
      prefix: this.config.redis.prefix,
      concurrency: this.config.concurrency,
      lockDuration: this.config.lockMs,
      stalledInterval: this.config.lockMs,
      ...workerRetention,
    });
    worker.on('error', (error) => this.logger.error({ err: error, queue: name }, 'worker error'));
    worker.on('failed', (job, error) => {
      const attempts = job?.opts.attempts ?? 1;
      const final = error instanceof UnrecoverableError || (job?.attemptsMade ?? attempts) >= attempts;
      this.logger[final ? 'error' : 'warn'](
        { err: error, queue: name, job: job?.name, jobId: job?.id, attemptsMade: job?.attemptsMade, attempts },
        final ? 'job failed' : 'job failed, will retry',
      );
    });
    return worker;
  }
}
