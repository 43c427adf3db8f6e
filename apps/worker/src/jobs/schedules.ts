import { type JobName, type JobPayload, QueueName } from '@concordia/contracts';

/** A job the worker enqueues itself at a fixed interval. */
export interface RecurringJob {
  readonly queue: QueueName;
  readonly job: string;
  readonly everyMs: number;
  readonly payload: unknown;
}

/** Checks job name and payload against the contracts at compile time, then erases the types. */
const recurring = <Q extends QueueName, J extends JobName<Q>>(entry: {
  queue: Q;
  job: J;
  everyMs: number;
  payload: JobPayload<Q, J>;
}): RecurringJob => entry;

const HOUR_MS = 3_600_000;

/**
 * Upserted at every start (the scheduler id is the job name), so restarting or running several
 * workers never multiplies the schedule.
 */
export const RECURRING_JOBS: readonly RecurringJob[] = [
  // FerretDB has no TTL index: expired sessions are deleted by this job instead.
  recurring({ queue: QueueName.Maintenance, job: 'purge-expired-auth', everyMs: HOUR_MS, payload: {} }),
  // The relay reads the outbox every 250 ms; settled records only make that read slower.
  recurring({ queue: QueueName.Maintenance, job: 'purge-settled-outbox', everyMs: HOUR_MS / 6, payload: {} }),
  // Email claims and deliveries would otherwise grow forever (FerretDB has no TTL index).
  recurring({ queue: QueueName.Maintenance, job: 'purge-email-records', everyMs: 24 * HOUR_MS, payload: {} }),
];
