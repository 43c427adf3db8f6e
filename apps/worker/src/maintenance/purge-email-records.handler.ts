import { type JobPayload, QueueName } from '@concordia/contracts';
import { Collections } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { MONGO_CONNECTION } from '../infrastructure/mongo.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { LOGGER } from '../logging/logger';

type Payload = JobPayload<typeof QueueName.Maintenance, 'purge-email-records'>;

/**
 * 30 days: a failed email job is kept 14 days (DEFAULT_JOB_OPTIONS.removeOnFail) and an admin may
 * retry it until then; the retry must still find the deliveries of the emails that went out.
 */
export const EMAIL_RECORDS_RETENTION_MS = 30 * 24 * 3_600_000;

export interface PurgeEmailRecordsResult {
  readonly cutoff: string;
  readonly deletedClaims: number;
  readonly deletedDeliveries: number;
}

/** Deletes the per-email idempotency records once no job can need them again. */
@JobHandler(QueueName.Maintenance, 'purge-email-records')
export class PurgeEmailRecordsHandler implements HandlesJob<typeof QueueName.Maintenance, 'purge-email-records'> {
  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(payload: Payload): Promise<PurgeEmailRecordsResult> {
    const cutoff =
      payload.olderThan === undefined ? new Date(Date.now() - EMAIL_RECORDS_RETENTION_MS) : new Date(payload.olderThan);
    const old = { claimedAt: { $lt: cutoff } };
    const [claims, deliveries] = await Promise.all([
      this.connection.collection(Collections.notificationClaims).deleteMany(old),
      this.connection.collection(Collections.notificationDeliveries).deleteMany(old),
    ]);
    const result = {
      cutoff: cutoff.toISOString(),
      deletedClaims: claims.deletedCount,
      deletedDeliveries: deliveries.deletedCount,
    };
    this.logger.info(result, 'purged email claims and deliveries');
    return result;
  }
}
