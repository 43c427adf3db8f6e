import {
  DEFAULT_DELIVERY_MODE,
  type DeliveryMode,
  EMAIL_BATCH_MAX,
  type EmailRecipient,
  type JobPayload,
  QueueName,
} from '@concordia/contracts';
import {
  ensureManyNotificationPreferences,
  isDuplicateKeyError,
  type Models,
  type NotificationPreferenceRecord,
  type NotificationRecord,
  type UserRecord,
} from '@concordia/dal';
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

/** Up to this many email recipients, dispatch looks each one up by `_id` (see emailRecipients). */
const FEW_RECIPIENTS = 16;

/** Job id of one batch of an event's emails; BullMQ refuses ':' in custom ids. */
export const emailJobId = (eventId: string, batch: number): string => `email-${eventId}-${batch}`;

/**
 * Fans an event out: resolves its recipients, applies each one's preference for its type,
 * stores the in-app notifications (unique per user and event, so a retry adds none), enqueues
 * the emails of those who want them at once in jobs of up to EMAIL_BATCH_MAX recipients, and
 * pushes the new unread counts. Preferences and addresses are read here, once per event, and
 * travel in the email jobs: a read per batch would scan the users and preferences collections
 * again for every batch on FerretDB. So the preference that counts is the one at dispatch.
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
    // Two reads that do not depend on each other: FerretDB serves them side by side.
    const [preferences, addressees] = await Promise.all([
      ensureManyNotificationPreferences(this.models, recipients),
      this.addressees(recipients),
    ]);
    const modes = modesOf(recipients, preferences, event.type);
    const wanted = recipients.filter((id) => modes.get(id.toHexString()) !== 'off');

    const now = new Date();
    const candidates: NotificationRecord[] = wanted.map((userId) => ({
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
    // The users' unread counters learn of the write before it starts (libs/dal/src/unread-counts.ts).
    const write = await this.unread.begin(candidates.map((c) => c.userId));
    try {
      const { fresh, retried } = await this.storeOnce(eventId, candidates);

      // The emails go before the unread counts are pushed: sending is the worker's own work
      // (nodemailer), counting can be the database's (users without a counter), so the two overlap.
      // Before the insert instead, the email jobs' claim and delivery inserts queued behind the
      // notifications' on SQLite's write lock (measured slower and noisier, bench/README.md).
      const immediate = addressees.filter((a) => modes.get(a._id.toHexString()) === 'immediate');
      const recipientsOfEmail = emailRecipientsOf(immediate, preferences);
      await this.runtime.queue(QueueName.Notifications).addBulk(
        batchesOf(recipientsOfEmail).map((batchRecipients, batch) => ({
          name: 'send-email',
          data: { eventId, event, recipients: batchRecipients },
          opts: { jobId: emailJobId(eventId, batch) },
        })),
      );
      await this.unread.push(
        write,
        fresh.map((n) => n.userId),
        retried,
      );
      return { recipients: recipients.length, stored: fresh.length, emails: recipientsOfEmail.length };
    } catch (error) {
      await this.unread.abandon(write);
      throw error;
    }
  }

  /**
   * Inserts the notifications and returns those this attempt added, and whether it is a retry.
   * The unique (userId, eventId) index refuses what an earlier attempt stored; only then are they
   * read back (a read that scans the whole notifications collection on FerretDB, so not on every
   * dispatch).
   */
  private async storeOnce(
    eventId: string,
    candidates: NotificationRecord[],
  ): Promise<{ fresh: NotificationRecord[]; retried: boolean }> {
    if (candidates.length === 0) return { fresh: [], retried: false };
    try {
      await this.models.notifications.collection.insertMany(candidates, { ordered: false });
      return { fresh: candidates, retried: false };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    // A retry: the attempt that stored some of these may have died before counting them, so
    // their counters are dropped when this write ends (retried).
    const stored = await this.models.notifications
      .find({ eventId, userId: { $in: candidates.map((c) => c.userId) } }, { _id: 1 })
      .lean<Pick<NotificationRecord, '_id'>[]>()
      .exec();
    const ours = new Set(stored.map((n) => n._id.toHexString()));
    return { fresh: candidates.filter((c) => ours.has(c._id.toHexString())), retried: true };
  }

  /** Address, language, time zone and state of each recipient's account. */
  private async addressees(userIds: Types.ObjectId[]): Promise<Addressee[]> {
    const fields = { email: 1, language: 1, timeZone: 1, disabled: 1 };
    // On FerretDB an `$in` read decodes every user document, while a lookup by `_id` is a far
    // cheaper SQL-level scan: a few lookups (a reply, a mention) beat one read of all users.
    if (userIds.length <= FEW_RECIPIENTS) {
      const found = await Promise.all(
        userIds.map((id) => this.models.users.findById(id, fields).lean<Addressee>().exec()),
      );
      return found.filter((u): u is Addressee => u !== null);
    }
    return this.models.users
      .find({ _id: { $in: userIds } }, fields)
      .lean<Addressee[]>()
      .exec();
  }
}

type Addressee = Pick<UserRecord, '_id' | 'email' | 'language' | 'timeZone' | 'disabled'>;

/** Address, language, zone and unsubscribe token of each enabled user, sorted so a retry cuts the same batches. */
function emailRecipientsOf(
  addressees: Addressee[],
  preferences: Map<string, NotificationPreferenceRecord>,
): EmailRecipient[] {
  return addressees
    .filter((u) => !u.disabled)
    .map((u) => ({
      userId: u._id.toHexString(),
      email: u.email,
      language: u.language,
      timeZone: u.timeZone,
      unsubscribeToken: preferences.get(u._id.toHexString())!.unsubscribeToken,
    }))
    .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

function batchesOf(recipients: EmailRecipient[]): EmailRecipient[][] {
  const batches: EmailRecipient[][] = [];
  for (let i = 0; i < recipients.length; i += EMAIL_BATCH_MAX) batches.push(recipients.slice(i, i + EMAIL_BATCH_MAX));
  return batches;
}

function modesOf(
  userIds: Types.ObjectId[],
  preferences: Map<string, NotificationPreferenceRecord>,
  type: string,
): Map<string, DeliveryMode> {
  return new Map(
    userIds.map((id) => {
      const chosen = preferences.get(id.toHexString())?.modes.find((m) => m.type === type)?.mode;
      return [id.toHexString(), chosen ?? DEFAULT_DELIVERY_MODE];
    }),
  );
}
