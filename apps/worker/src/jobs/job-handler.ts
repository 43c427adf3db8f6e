import type { JobName, JobPayload, QueueName } from '@concordia/contracts';
import type { Job } from 'bullmq';

/** A queue and job name pair as listed by `allJobs()` in the contracts. */
export interface JobRef {
  readonly queue: string;
  readonly job: string;
}

/**
 * What a job handler implements. The payload has already been validated against the job's
 * schema in `jobPayloadSchemas`, so the handler can trust its type.
 */
export interface HandlesJob<Q extends QueueName, J extends JobName<Q>> {
  handle(payload: JobPayload<Q, J>, job: Job): Promise<unknown>;
}

/** A handler seen from the dispatcher, after its payload type has been checked at compile time. */
export interface AnyJobHandler {
  handle(payload: unknown, job: Job): Promise<unknown>;
}
