import { type JobPayload, QueueName } from '@concordia/contracts';
import { ensureNotificationPreferences, type Models, type NotificationRecord, type UserRecord } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import { Types } from 'mongoose';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { Deliveries, type DeliveryOutcome } from './deliveries';
import { renderEventEmail, unsubscribeUrl } from './email-layout';
import { Mailer } from './mailer';

type Payload = JobPayload<typeof QueueName.Notifications, 'send-email'>;

/** One event's email to one recipient, in their language, at most once per (recipient, event). */
@JobHandler(QueueName.Notifications, 'send-email')
export class SendEmailHandler implements HandlesJob<typeof QueueName.Notifications, 'send-email'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly deliveries: Deliveries,
    private readonly mailer: Mailer,
  ) {}

  async handle({ eventId, userId }: Payload): Promise<DeliveryOutcome | 'skipped'> {
    const owner = new Types.ObjectId(userId);
    const [notification, user] = await Promise.all([
      this.models.notifications.findOne({ userId: owner, eventId }).lean<NotificationRecord>().exec(),
      this.models.users
        .findById(owner, { email: 1, language: 1, disabled: 1 })
        .lean<Pick<UserRecord, 'email' | 'language' | 'disabled'>>()
        .exec(),
    ]);
    if (!notification || !user || user.disabled) return 'skipped';
    const preferences = await ensureNotificationPreferences(this.models, owner);
    // The user may have changed their mind since the event was dispatched.
    const mode = preferences.modes.find((m) => m.type === notification.type)?.mode ?? 'immediate';
    if (mode !== 'immediate') return 'skipped';
    const links = { webBaseUrl: this.config.mail.webBaseUrl, unsubscribeToken: preferences.unsubscribeToken };
    const email = renderEventEmail(user.language, notification.event, links);
    return this.deliveries.once(`${eventId}-${userId}`, userId, (messageId) =>
      this.mailer.send({
        ...email,
        to: user.email,
        messageId,
        unsubscribeUrl: unsubscribeUrl(links, notification.type),
      }),
    );
  }
}
