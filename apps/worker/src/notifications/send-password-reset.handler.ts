import { createHash } from 'node:crypto';
import { type JobPayload, QueueName } from '@concordia/contracts';
import type { Models, PasswordResetRecord, UserRecord } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { LOGGER } from '../logging/logger';
import { Deliveries } from './deliveries';
import { renderPasswordResetEmail } from './password-reset-email';
import { Mailer } from './mailer';

type Payload = JobPayload<typeof QueueName.Notifications, 'send-password-reset'>;

export type PasswordResetEmailResult = 'sent' | 'already-sent' | 'not-pending';

/**
 * Emails a password reset link, once (a retried job finds the delivery of the first). A link
 * used, replaced by a newer one or expired before the job runs is not sent.
 */
@JobHandler(QueueName.Notifications, 'send-password-reset')
export class SendPasswordResetHandler implements HandlesJob<typeof QueueName.Notifications, 'send-password-reset'> {
  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(MODELS) private readonly models: Models,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly deliveries: Deliveries,
    private readonly mailer: Mailer,
  ) {}

  async handle({ resetId, token }: Payload): Promise<PasswordResetEmailResult> {
    const link = await this.models.passwordResets.findById(resetId).lean<PasswordResetRecord>().exec();
    if (
      !link ||
      link.expiresAt.getTime() <= Date.now() ||
      createHash('sha256').update(token, 'utf8').digest('hex') !== resetId
    ) {
      this.logger.info({ resetId: resetId.slice(0, 12) }, 'password reset link no longer usable: no email');
      return 'not-pending';
    }
    const user = await this.models.users
      .findById(link.userId, { email: 1, name: 1, language: 1, timeZone: 1 })
      .lean<Pick<UserRecord, 'email' | 'name' | 'language' | 'timeZone'>>()
      .exec();
    if (!user) return 'not-pending';
    const [claim] = await this.deliveries.claimMany([
      { key: `password-reset-${resetId}`, userId: link.userId.toHexString() },
    ]);
    if (!claim?.send) return 'already-sent';
    const email = renderPasswordResetEmail(user.language, user.timeZone, {
      name: user.name,
      expiresAt: link.expiresAt.toISOString(),
      resetUrl: `${this.config.mail.webBaseUrl}/password-reset/${token}`,
    });
    await this.mailer.send({ ...email, to: user.email, messageId: claim.messageId, unsubscribeUrl: null });
    await this.deliveries.recordSent(claim);
    return 'sent';
  }
}
