import { type JobPayload, QueueName } from '@concordia/contracts';
import { Collections } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { MONGO_CONNECTION } from '../infrastructure/mongo.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { LOGGER } from '../logging/logger';

type Payload = JobPayload<typeof QueueName.Maintenance, 'purge-settled-outbox'>;

/**
 * Settled records stay an hour: far longer than any job's retries (about a minute and a half),
 * which look for an existing record before staging a second one for the same change.
 */
export const SETTLED_OUTBOX_RETENTION_MS = 3_600_000;

export interface PurgeOutboxResult {
  readonly cutoff: string;
  readonly deletedRecords: number;
}

/**
 * Deletes outbox records the relay has sent to BullMQ or dropped. The notifications themselves
 * are kept elsewhere; a settled record has done its work, and FerretDB reads every document of the
 * collection on each relay poll.
 */
@JobHandler(QueueName.Maintenance, 'purge-settled-outbox')
export class PurgeSettledOutboxHandler implements HandlesJob<typeof QueueName.Maintenance, 'purge-settled-outbox'> {
  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(payload: Payload): Promise<PurgeOutboxResult> {
    const cutoff =
      payload.olderThan === undefined
        ? new Date(Date.now() - SETTLED_OUTBOX_RETENTION_MS)
        : new Date(payload.olderThan);
    // Pending records have a null settledAt, which `$lt` never matches: they are never touched.
    const { deletedCount } = await this.connection
      .collection(Collections.notificationOutbox)
      .deleteMany({ state: { $in: ['sent', 'dropped'] }, settledAt: { $lt: cutoff } });
    this.logger.info({ cutoff, deletedRecords: deletedCount }, 'purged settled outbox records');
    return { cutoff: cutoff.toISOString(), deletedRecords: deletedCount };
  }
}
