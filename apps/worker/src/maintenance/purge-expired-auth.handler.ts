import { type JobPayload, QueueName } from '@concordia/contracts';
import { Collections } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { MONGO_CONNECTION } from '../infrastructure/mongo.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { LOGGER } from '../logging/logger';

type Payload = JobPayload<typeof QueueName.Maintenance, 'purge-expired-auth'>;

/**
 * Sessions stay a day past expiry or revocation, so a refresh racing the expiry still finds its
 * session and gets a clear "expired" answer instead of "unknown session".
 */
export const SESSION_GRACE_MS = 24 * 3600 * 1000;

export interface PurgeResult {
  readonly cutoff: string;
  readonly deletedSessions: number;
  readonly deletedPasswordResets: number;
}

/**
 * Deletes refresh sessions that expired or were revoked before the cutoff, and password reset
 * links that expired before it (FerretDB has no TTL index).
 */
@JobHandler(QueueName.Maintenance, 'purge-expired-auth')
export class PurgeExpiredAuthHandler implements HandlesJob<typeof QueueName.Maintenance, 'purge-expired-auth'> {
  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(payload: Payload): Promise<PurgeResult> {
    const cutoff =
      payload.olderThan === undefined ? new Date(Date.now() - SESSION_GRACE_MS) : new Date(payload.olderThan);
    // `$lt` never matches null, so sessions that were not revoked are judged on expiresAt alone.
    const { deletedCount } = await this.connection
      .collection(Collections.refreshSessions)
      .deleteMany({ $or: [{ expiresAt: { $lt: cutoff } }, { revokedAt: { $lt: cutoff } }] });
    const resets = await this.connection
      .collection(Collections.passwordResets)
      .deleteMany({ expiresAt: { $lt: cutoff } });
    this.logger.info(
      { cutoff, deletedSessions: deletedCount, deletedPasswordResets: resets.deletedCount },
      'purged expired refresh sessions and password reset links',
    );
    return {
      cutoff: cutoff.toISOString(),
      deletedSessions: deletedCount,
      deletedPasswordResets: resets.deletedCount,
    };
  }
}
