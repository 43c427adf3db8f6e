import { type JobPayload, QueueName } from '@concordia/contracts';
import {
  ensureManyNotificationPreferences,
  type Models,
  type NotificationRecord,
  type UserRecord,
} from '@concordia/dal';
import { Inject } from '@nestjs/common';
import { Types } from 'mongoose';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { Deliveries } from './deliveries';
import { renderEventEmail, unsubscribeUrl } from './email-layout';
import { Mailer } from './mailer';

type Payload = JobPayload<typeof QueueName.Notifications, 'send-email'>;

export interface EmailBatchResult {
  sent: number;
  alreadySent: number;
  skipped: number;
}

export const deliveryKey = (eventId: string, userId: string): string => `${eventId}-${userId}`;

/**
 * One event's emails to a batch of recipients, each in their language and at most once per
 * (recipient, event): the batch is read and claimed with a few queries, then every message goes
 * through the SMTP pool in parallel and is recorded as sent the moment the server accepts it.
 * A failure fails the job after the others were sent; its retry sends only what is left.
 */
@JobHandler(QueueName.Notifications, 'send-email')
export class SendEmailHandler implements HandlesJob<typeof QueueName.Notifications, 'send-email'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly deliveries: Deliveries,
    private readonly mailer: Mailer,
  ) {}

  async handle({ eventId, userIds }: Payload): Promise<EmailBatchResult> {
    const ids = userIds.map((id) => new Types.ObjectId(id));
    const [notifications, users, preferences] = await Promise.all([
      this.models.notifications
        .find({ eventId, userId: { $in: ids } })
        .lean<NotificationRecord[]>()
        .exec(),
      this.models.users
        .find({ _id: { $in: ids } }, { email: 1, language: 1, disabled: 1 })
        .lean<Pick<UserRecord, '_id' | 'email' | 'language' | 'disabled'>[]>()
        .exec(),
      ensureManyNotificationPreferences(this.models, ids),
    ]);
    const notificationOf = new Map(notifications.map((n) => [n.userId.toHexString(), n]));
    const userOf = new Map(users.map((u) => [u._id.toHexString(), u]));
    const due = userIds.filter((id) => {
      const notification = notificationOf.get(id);
      const user = userOf.get(id);
      if (!notification || !user || user.disabled) return false;
      // The user may have changed their mind since the event was dispatched.
      const mode = preferences.get(id)?.modes.find((m) => m.type === notification.type)?.mode ?? 'immediate';
      return mode === 'immediate';
    });
    const claims = await this.deliveries.claimMany(due.map((id) => ({ key: deliveryKey(eventId, id), userId: id })));
    const toSend = claims.filter((c) => c.send);
    const results = await Promise.allSettled(
      toSend.map(async (claim) => {
        const userId = claim.key.slice(eventId.length + 1);
        const notification = notificationOf.get(userId)!;
        const user = userOf.get(userId)!;
        const links = {
          webBaseUrl: this.config.mail.webBaseUrl,
          unsubscribeToken: preferences.get(userId)!.unsubscribeToken,
        };
        const email = renderEventEmail(user.language, notification.event, links);
        await this.mailer.send({
          ...email,
          to: user.email,
          messageId: claim.messageId,
          unsubscribeUrl: unsubscribeUrl(links, notification.type),
        });
        await this.deliveries.markSent(claim.key);
      }),
    );
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length > 0) {
      const reason: unknown = failed[0].reason;
      throw new Error(
        `${failed.length} of ${toSend.length} emails failed: ${reason instanceof Error ? reason.message : 'unknown error'}`,
      );
    }
    return {
      sent: toSend.length,
      alreadySent: claims.length - toSend.length,
      skipped: userIds.length - due.length,
    };
  }
}
