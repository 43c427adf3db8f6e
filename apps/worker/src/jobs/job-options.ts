import { DEFAULT_JOB_OPTIONS } from '@concordia/contracts';
import type { DefaultJobOptions, KeepJobs } from 'bullmq';

/** Job defaults for queues the worker creates (schedulers), identical to the API's producers. */
export const defaultJobOptions: DefaultJobOptions = {
  attempts: DEFAULT_JOB_OPTIONS.attempts,
  backoff: { ...DEFAULT_JOB_OPTIONS.backoff },
  removeOnComplete: { ...DEFAULT_JOB_OPTIONS.removeOnComplete },
  removeOnFail: { ...DEFAULT_JOB_OPTIONS.removeOnFail },
};

/** Also set on workers, so retention is bounded even for a job enqueued without the defaults. */
export const workerRetention: { removeOnComplete: KeepJobs; removeOnFail: KeepJobs } = {
  removeOnComplete: { ...DEFAULT_JOB_OPTIONS.removeOnComplete },
  removeOnFail: { ...DEFAULT_JOB_OPTIONS.removeOnFail },
};
