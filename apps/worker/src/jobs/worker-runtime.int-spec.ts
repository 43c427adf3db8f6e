import 'reflect-metadata';
import { type JobPayload, QueueName } from '@concordia/contracts';
import { Queue } from 'bullmq';
import {
  dropDatabase,
  eventually,
  memoryLogger,
  removeRedisKeys,
  requireEnv,
  testConfig,
  uniqueName,
} from '../test/int-env';
import { IMPORT_HANDLERS } from '../imports/imports.handlers';
import { PurgeEmailRecordsHandler } from '../maintenance/purge-email-records.handler';
import { PurgeSettledOutboxHandler } from '../maintenance/purge-settled-outbox.handler';
import { PROCEDURE_HANDLERS } from '../procedures/procedures.handlers';
import { NOTIFICATION_HANDLERS } from '../notifications/notifications.handlers';
import { createWorkerApp, startWorkerApp } from '../worker-app';
import { HandlerCoverageError } from './handler-coverage';
import type { HandlesJob } from './job-handler';
import { JobHandler } from './job-handler.decorator';

type PurgePayload = JobPayload<typeof QueueName.Maintenance, 'purge-expired-auth'>;

/** What the slow test handler saw, shared with the spec through module scope. */
const slowRuns: { jobId: string | undefined; started: number; finished?: number }[] = [];

/**
 * Stands in for the real purge handler: slow when given a cutoff (the jobs this spec enqueues),
 * instant for the payload-less run the hourly schedule enqueues at start.
 */
@JobHandler(QueueName.Maintenance, 'purge-expired-auth')
class SlowPurgeHandler implements HandlesJob<typeof QueueName.Maintenance, 'purge-expired-auth'> {
  async handle(payload: PurgePayload, job: { id?: string }): Promise<string> {
    if (payload.olderThan === undefined) return 'scheduled run';
    const run: (typeof slowRuns)[number] = { jobId: job.id, started: Date.now() };
    slowRuns.push(run);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    run.finished = Date.now();
    return 'slow run finished';
  }
}

describe('worker runtime on the real Redis', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function isolated(label: string) {
    const prefix = uniqueName(label);
    const dbName = uniqueName(label);
    const producer = new Queue(QueueName.Maintenance, { connection: { url: requireEnv('REDIS_URL') }, prefix });
    cleanups.push(async () => {
      await producer.close();
      await removeRedisKeys(prefix);
      await dropDatabase(dbName);
    });
    return { prefix, dbName, producer };
  }

  it('lets the running job finish on close, and takes no new one', async () => {
    const { prefix, dbName, producer } = isolated('close');
    const log = memoryLogger();
    const app = await createWorkerApp({
      config: testConfig(prefix, dbName, { WORKER_CONCURRENCY: '1' }),
      logger: log.logger,
      handlers: [
        SlowPurgeHandler,
        PurgeSettledOutboxHandler,
        PurgeEmailRecordsHandler,
        ...IMPORT_HANDLERS,
        ...PROCEDURE_HANDLERS,
        ...NOTIFICATION_HANDLERS,
      ],
    });
    await startWorkerApp(app);
    expect(log.lines().some((line) => line['msg'] === 'worker ready')).toBe(true);

    const cutoff = { olderThan: new Date().toISOString() };
    const running = await producer.add('purge-expired-auth', cutoff);
    await eventually('the slow job to start', () => Promise.resolve(slowRuns.find((r) => r.jobId === running.id)));
    const waiting = await producer.add('purge-expired-auth', cutoff);

    const closeStarted = Date.now();
    await app.close();

    const run = slowRuns.find((r) => r.jobId === running.id)!;
    expect(run.finished).toBeDefined();
    expect(run.finished!).toBeGreaterThanOrEqual(closeStarted);
    expect(await running.getState()).toBe('completed');
    expect((await producer.getJob(running.id!))?.returnvalue).toBe('slow run finished');
    expect(await waiting.getState()).toBe('waiting');
    expect(slowRuns.some((r) => r.jobId === waiting.id)).toBe(false);
  });

  it('refuses to start when a contract job has no handler, naming it', async () => {
    const { prefix, dbName, producer } = isolated('missing');
    const app = await createWorkerApp({
      config: testConfig(prefix, dbName),
      logger: memoryLogger().logger,
      handlers: [],
    });

    const start = startWorkerApp(app);

    await expect(start).rejects.toBeInstanceOf(HandlerCoverageError);
    await expect(start).rejects.toThrow('no handler for job "purge-expired-auth" of queue "maintenance"');
    await expect(start).rejects.toThrow('no handler for job "parse-import" of queue "imports"');
    // Nothing was scheduled and no worker took the job.
    expect(await producer.getJobSchedulers()).toEqual([]);
    const job = await producer.add('purge-expired-auth', {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await job.getState()).toBe('waiting');
  });
});
