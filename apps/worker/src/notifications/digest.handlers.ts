import { DIGEST_UNSUBSCRIBE, type JobPayload, QueueName } from '@concordia/contracts';
import { ensureNotificationPreferences, type Models, type NotificationRecord, type UserRecord } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import { Types } from 'mongoose';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { defaultJobOptions } from '../jobs/job-options';
import { WorkerRuntime } from '../jobs/worker-runtime';
import { Deliveries } from './deliveries';
import { oneClickUnsubscribeUrl, renderDigestEmail } from './email-layout';
import { Mailer } from './mailer';

type Sync = JobPayload<typeof QueueName.Notifications, 'sync-digest-schedule'>;
type Digest = JobPayload<typeof QueueName.Notifications, 'send-digest'>;

export const digestSchedulerId = (userId: string): string => `digest-${userId}`;
/** Cron of the daily digest at the user's chosen local hour. */
export const digestPattern = (hour: number): string => `0 ${hour} * * *`;
const DIGEST_MAX = 200;

/**
 * One job scheduler per user who gets at least one kind of event by digest, at their hour in
 * their time zone (BullMQ evaluates the cron in that zone, daylight saving included). A user
 * without digest preferences has none.
 */
@JobHandler(QueueName.Notifications, 'sync-digest-schedule')
export class SyncDigestScheduleHandler implements HandlesJob<typeof QueueName.Notifications, 'sync-digest-schedule'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    private readonly runtime: WorkerRuntime,
  ) {}

  async handle({ userId }: Sync): Promise<{ scheduled: boolean }> {
    const queue = this.runtime.queue(QueueName.Notifications);
    const [preferences, user] = await Promise.all([
      ensureNotificationPreferences(this.models, userId),
      this.models.users.findById(userId, { timeZone: 1 }).lean<Pick<UserRecord, 'timeZone'>>().exec(),
    ]);
    if (!user || !preferences.modes.some((m) => m.mode === 'digest')) {
      await queue.removeJobScheduler(digestSchedulerId(userId));
      return { scheduled: false };
    }
    await queue.upsertJobScheduler(
      digestSchedulerId(userId),
      { pattern: digestPattern(preferences.digestHour), tz: user.timeZone },
      { name: 'send-digest', data: { userId }, opts: defaultJobOptions },
    );
    return { scheduled: true };
  }
}

/** Sends what the user chose to get by digest and has not had yet, in one email. */
@JobHandler(QueueName.Notifications, 'send-digest')
export class SendDigestHandler implements HandlesJob<typeof QueueName.Notifications, 'send-digest'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly deliveries: Deliveries,
    private readonly mailer: Mailer,
  ) {}

  async handle({ userId }: Digest): Promise<{ events: number }> {
    const owner = new Types.ObjectId(userId);
    const [pending, user] = await Promise.all([
      this.models.notifications
        .find({ userId: owner, digest: true, digestedAt: null })
        .sort({ _id: 1 })
        .limit(DIGEST_MAX)
        .lean<NotificationRecord[]>()
        .exec(),
      this.models.users
        .findById(owner, { email: 1, language: 1, timeZone: 1, disabled: 1 })
        .lean<Pick<UserRecord, 'email' | 'language' | 'timeZone' | 'disabled'>>()
        .exec(),
    ]);
    if (pending.length === 0 || !user || user.disabled) return { events: 0 };
    const preferences = await ensureNotificationPreferences(this.models, owner);
    const links = { webBaseUrl: this.config.mail.webBaseUrl, unsubscribeToken: preferences.unsubscribeToken };
    const email = renderDigestEmail(
      { language: user.language, timeZone: user.timeZone },
      pending.map((n) => n.event),
      links,
    );
    // Keyed by the last notification it covers: a retry of this digest sends it once.
    const key = `digest-${userId}-${pending[pending.length - 1]._id.toHexString()}`;
    await this.deliveries.once(key, userId, (messageId) =>
      this.mailer.send({
        ...email,
        to: user.email,
        messageId,
        unsubscribeUrl: oneClickUnsubscribeUrl(links, DIGEST_UNSUBSCRIBE, user.language),
      }),
    );
    await this.models.notifications
      .updateMany({ _id: { $in: pending.map((n) => n._id) } }, { $set: { digestedAt: new Date() } })
      .exec();
    return { events: pending.length };
  }
}
