import { Inject, Injectable } from '@nestjs/common';
import { isDuplicateKeyError, type Models, type NotificationDeliveryRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { Logger } from 'pino';
import { MODELS } from '../infrastructure/models.provider';
import { LOGGER } from '../logging/logger';

export type DeliveryOutcome = 'sent' | 'already-sent';
/** What a batch claim found per key: send it, or it went out before. */
export type Claim = { key: string; messageId: string; send: boolean };

export const messageIdOf = (key: string): string => `<${key.replace(/[^A-Za-z0-9.-]/g, '.')}@concordia.notifications>`;

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

  /**
   * Claims many keys with one insert. A key claimed before is sent only if its claim never
   * reached 'sent' (the same rule as {@link once}).
   */
  async claimMany(entries: readonly { key: string; userId: string }[]): Promise<Claim[]> {
    if (entries.length === 0) return [];
    const now = new Date();
    try {
      await this.models.notificationDeliveries.collection.insertMany(
        entries.map(({ key, userId }) => ({
          _id: key as unknown as Types.ObjectId,
          userId,
          state: 'sending',
          attempts: 1,
          messageId: messageIdOf(key),
          claimedAt: now,
          sentAt: null,
        })),
        { ordered: false },
      );
      return entries.map(({ key }) => ({ key, messageId: messageIdOf(key), send: true }));
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    // Some were claimed by an earlier attempt of this job: look at each claim's state.
    const stored = await this.models.notificationDeliveries
      .find({ _id: { $in: entries.map((e) => e.key) } })
      .lean<NotificationDeliveryRecord[]>()
      .exec();
    const byKey = new Map(stored.map((d) => [d._id, d]));
    const claims: Claim[] = [];
    for (const { key } of entries) {
      const found = byKey.get(key);
      if (found?.state === 'sent') {
        claims.push({ key, messageId: messageIdOf(key), send: false });
        continue;
      }
      // Keys this insert did claim carry its timestamp; any other claim is an earlier attempt's.
      if (found && found.claimedAt.getTime() !== now.getTime()) {
        this.logger.warn({ key, attempts: found.attempts + 1 }, 'email claimed before: sending again');
        await this.models.notificationDeliveries
          .updateOne({ _id: key }, { $set: { attempts: found.attempts + 1, claimedAt: new Date() } })
          .exec();
      }
      claims.push({ key, messageId: messageIdOf(key), send: true });
    }
    return claims;
  }

  /** Right after the SMTP server accepted the message: the narrower this gap, the rarer a resend. */
  async markSent(key: string): Promise<void> {
    await this.models.notificationDeliveries
      .updateOne({ _id: key }, { $set: { state: 'sent', sentAt: new Date() } })
      .exec();
  }

  async once(key: string, userId: string, send: (messageId: string) => Promise<void>): Promise<DeliveryOutcome> {
    const messageId = messageIdOf(key);
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
