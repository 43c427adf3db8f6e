import { type Job, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { AnyJobHandler } from './job-handler';

/**
 * Builds the BullMQ processor of one queue: finds the job's handler, validates the payload
 * against its contract schema, then runs the handler. A job that can never succeed (unknown
 * name, invalid payload) fails with UnrecoverableError so BullMQ does not retry it.
 */
export function createJobProcessor(
  queue: string,
  schemas: Readonly<Record<string, z.ZodType>>,
  handlers: ReadonlyMap<string, AnyJobHandler>,
  logger: Logger,
): (job: Job) => Promise<unknown> {
  return async (job) => {
    const handler = handlers.get(job.name);
    const schema = Object.hasOwn(schemas, job.name) ? schemas[job.name] : undefined;
    if (handler === undefined || schema === undefined) {
      throw new UnrecoverableError(`unknown job "${job.name}" on queue "${queue}"`);
    }
    const parsed = schema.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(
        `invalid payload for job "${queue}/${job.name}": ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`,
      );
    }
    const log = logger.child({ queue, job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 });
    const started = Date.now();
    log.debug('job started');
    const result = await handler.handle(parsed.data, job);
    log.info({ durationMs: Date.now() - started }, 'job completed');
    return result;
  };
}
