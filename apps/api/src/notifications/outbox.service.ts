import { Inject, Injectable } from '@nestjs/common';
import {
  jobPayloadSchemas,
  type JobName,
  type JobPayload,
  type NotificationEvent,
  QueueName,
} from '@concordia/contracts';
import type { Models, NotificationOutboxRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectModels } from '../infra/database.module';
import { OutboxRelay } from './outbox-relay.service';

/** The document whose existence (and optionally one field's value) proves the change was written. */
export interface CommitProof {
  collection: string;
  id: Types.ObjectId;
  field?: string;
  value?: string;
}

/** A job to enqueue once the change is proven; built with {@link outboxJob} so it is type-checked. */
export interface OutboxJob {
  queue: QueueName;
  job: string;
  /** Suffix of the job id after the outbox id (several jobs may come from one change). */
  key: string;
  payload: (recordId: string) => Record<string, unknown>;
}

export function outboxJob<Q extends QueueName, J extends JobName<Q>>(
  queue: Q,
  job: J,
  key: string,
  payload: (jobId: string) => JobPayload<Q, J>,
): OutboxJob {
  return { queue, job, key, payload: (jobId) => payload(jobId) as Record<string, unknown> };
}

/** A notification event: its job id is its event id, the worker's idempotency key. */
export const notify = (key: string, event: NotificationEvent): OutboxJob =>
  outboxJob(QueueName.Notifications, 'dispatch', key, (eventId) => ({ eventId, event }));

export const outboxJobId = (recordId: string, key: string): string => `${recordId}-${key}`;

/**
 * Writes the outbox record of a change. Call {@link stage} BEFORE writing the change (one
 * insert, whatever the number of jobs), then {@link committed} after it: the relay is woken at
 * once instead of at its next poll. See NotificationOutboxRecord for why this order is safe.
 */
@Injectable()
export class Outbox {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Resolves whether a record was written (false: the change notifies nobody). */
  async stage(proof: CommitProof, jobs: readonly OutboxJob[]): Promise<boolean> {
    if (jobs.length === 0 || !this.config.notificationsOutbox) return false;
    const _id = new Types.ObjectId();
    const record: NotificationOutboxRecord = {
      _id,
      jobs: jobs.map((job) => {
        const jobId = outboxJobId(_id.toHexString(), job.key);
        const schema = (jobPayloadSchemas[job.queue] as Record<string, z.ZodType>)[job.job];
        if (!schema) throw new Error(`job "${job.job}" is not declared on queue "${job.queue}"`);
        // A payload the worker would refuse must fail the request now, not a job later.
        return { queue: job.queue, job: job.job, jobId, payload: schema.parse(job.payload(jobId)) as object };
      }),
      commit: { collection: proof.collection, id: proof.id, field: proof.field ?? null, value: proof.value ?? null },
      state: 'pending',
      createdAt: new Date(),
      settledAt: null,
    };
    await this.models.notificationOutbox.collection.insertOne(record);
    return true;
  }

  /** The change is written: let the relay move the record now. */
  committed(): void {
    this.relay.kick();
  }
}
