import {
  DEFAULT_DELIVERY_MODE,
  type DeliveryMode,
  EMAIL_BATCH_MAX,
  type JobPayload,
  QueueName,
} from '@concordia/contracts';
import type { Models, NotificationPreferenceRecord, NotificationRecord } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import { Types } from 'mongoose';
import { MODELS } from '../infrastructure/models.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WorkerRuntime } from '../jobs/worker-runtime';
import { resolveRecipients } from './recipients';
import { UnreadNotifier } from './unread-notifier';

type Payload = JobPayload<typeof QueueName.Notifications, 'dispatch'>;

export interface DispatchResult {
  recipients: number;
  stored: number;
  emails: number;
}

/** Job id of one batch of an event's emails; BullMQ refuses ':' in custom ids. */
export const emailJobId = (eventId: string, batch: number): string => `email-${eventId}-${batch}`;

/**
 * Fans an event out: resolves its recipients, applies each one's preference for its type,
 * stores the in-app notifications (unique per user and event, so a retry adds none), pushes
 * the new unread counts, and enqueues one email job per recipient who wants it at once.
 */
@JobHandler(QueueName.Notifications, 'dispatch')
export class DispatchHandler implements HandlesJob<typeof QueueName.Notifications, 'dispatch'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    private readonly unread: UnreadNotifier,
    private readonly runtime: WorkerRuntime,
  ) {}

  async handle({ eventId, event }: Payload): Promise<DispatchResult> {
    const recipients = await resolveRecipients(this.models, event);
    if (recipients.length === 0) return { recipients: 0, stored: 0, emails: 0 };
    const modes = await this.modesOf(recipients, event.type);
    const wanted = recipients.filter((id) => modes.get(id.toHexString()) !== 'off');

    const already = await this.models.notifications
      .find({ eventId, userId: { $in: wanted } }, { userId: 1 })
      .lean<Pick<NotificationRecord, 'userId'>[]>()
      .exec();
    const done = new Set(already.map((n) => n.userId.toHexString()));
    const now = new Date();
    const fresh: NotificationRecord[] = wanted
      .filter((id) => !done.has(id.toHexString()))
      .map((userId) => ({
        _id: new Types.ObjectId(),
        userId,
        eventId,
        processId: new Types.ObjectId(event.processId),
        type: event.type,
        event,
        digest: modes.get(userId.toHexString()) === 'digest',
        digestedAt: null,
        readAt: null,
        createdAt: now,
      }));
    if (fresh.length > 0) await this.models.notifications.collection.insertMany(fresh, { ordered: false });
    await this.unread.push(fresh.map((n) => n.userId));

    // Sorted, so a retried dispatch cuts the same batches under the same job ids.
    const immediate = wanted
      .filter((id) => modes.get(id.toHexString()) === 'immediate')
      .map((id) => id.toHexString())
      .sort();
    const batches: string[][] = [];
    for (let i = 0; i < immediate.length; i += EMAIL_BATCH_MAX) batches.push(immediate.slice(i, i + EMAIL_BATCH_MAX));
    await this.runtime.queue(QueueName.Notifications).addBulk(
      batches.map((userIds, batch) => ({
        name: 'send-email',
        data: { eventId, userIds },
        opts: { jobId: emailJobId(eventId, batch) },
      })),
    );
    return { recipients: recipients.length, stored: fresh.length, emails: immediate.length };
  }

  private async modesOf(userIds: Types.ObjectId[], type: string): Promise<Map<string, DeliveryMode>> {
    const preferences = await this.models.notificationPreferences
      .find({ userId: { $in: userIds } }, { userId: 1, modes: 1 })
      .lean<Pick<NotificationPreferenceRecord, 'userId' | 'modes'>[]>()
      .exec();
    const stored = new Map(
      preferences.map((p) => [p.userId.toHexString(), p.modes.find((m) => m.type === type)?.mode]),
    );
    return new Map(userIds.map((id) => [id.toHexString(), stored.get(id.toHexString()) ?? DEFAULT_DELIVERY_MODE]));
  }
}
