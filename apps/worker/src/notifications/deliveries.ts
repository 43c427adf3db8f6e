import { Inject, Injectable } from '@nestjs/common';
import { isDuplicateKeyError, type Models, type NotificationDeliveryRecord } from '@concordia/dal';
import type { Logger } from 'pino';
import { MODELS } from '../infrastructure/models.provider';
import { LOGGER } from '../logging/logger';

export type DeliveryOutcome = 'sent' | 'already-sent';

/**
 * Email idempotency per key (recipient and event). The claim is stored before the SMTP
 * conversation and the outcome right after the server accepted the message, so a retried or
 * recovered job that finds 'sent' sends nothing. The one remaining window: a process killed
 * after the server accepted the message and before 'sent' is stored leaves 'sending'; the
 * retry then sends again (at-least-once rather than losing the email), with the same
 * Message-ID so mail clients can fold the copies. That resend is logged as a warning.
 */
@Injectable()
export class Deliveries {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async once(key: string, userId: string, send: (messageId: string) => Promise<void>): Promise<DeliveryOutcome> {
    const messageId = `<${key.replace(/[^A-Za-z0-9.-]/g, '.')}@concordia.notifications>`;
    const claim: NotificationDeliveryRecord = {
      _id: key,
      userId,
      state: 'sending',
      attempts: 1,
      messageId,
      claimedAt: new Date(),
      sentAt: null,
    };
    try {
      await this.models.notificationDeliveries.create(claim);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.models.notificationDeliveries.findById(key).lean<NotificationDeliveryRecord>().exec();
      if (existing?.state === 'sent') return 'already-sent';
      // 'sending': an earlier attempt failed before the server accepted it, or died after.
      this.logger.warn({ key, attempts: (existing?.attempts ?? 0) + 1 }, 'email claimed before: sending again');
      await this.models.notificationDeliveries
        .updateOne({ _id: key }, { $set: { attempts: (existing?.attempts ?? 0) + 1, claimedAt: new Date() } })
        .exec();
    }
    await send(messageId);
    await this.models.notificationDeliveries
      .updateOne({ _id: key }, { $set: { state: 'sent', sentAt: new Date() } })
      .exec();
    return 'sent';
  }
}
