import { Inject, Injectable } from '@nestjs/common';
import {
  isDuplicateKeyError,
  type Models,
  type NotificationClaimRecord,
  type NotificationDeliveryRecord,
} from '@concordia/dal';
import type { mongo } from 'mongoose';
import type { Logger } from 'pino';
import { MODELS } from '../infrastructure/models.provider';
import { LOGGER } from '../logging/logger';

export type DeliveryOutcome = 'sent' | 'already-sent';
/** What a batch claim found per key: send it (as which attempt), or it went out before. */
export type Claim = {
  key: string;
  userId: string;
  messageId: string;
  attempts: number;
  claimedAt: Date;
  send: boolean;
};

/** The driver types raw inserts for ObjectId keys; these records are keyed by string. */
const stringKeyed = <T extends { _id: string }>(records: T[]): mongo.OptionalId<mongo.Document>[] =>
  records as unknown as mongo.OptionalId<mongo.Document>[];

export const messageIdOf = (key: string): string => `<${key.replace(/[^A-Za-z0-9.-]/g, '.')}@concordia.notifications>`;

/**
 * Email idempotency per key (recipient and event), with inserts only on the way of a normal
 * send, because an update on FerretDB's SQLite backend scans the whole table for its `_id`
 * (bench/README.md, "Notifications"): a claim is inserted in `notification_claims` before the
 * SMTP conversation, and a 'sent' delivery in `notification_deliveries` once the server has
 * accepted the message. A retried or recovered job sends nothing for a key that has a delivery.
 *
 * Deliveries are written in groups: the first accepted message is written at once, and those
 * accepted while that insert is on its way go together in the next one (no timer, so a quiet
 * worker writes each at once). The duplicate window: a process killed after the server accepted
 * a message and before its group was stored leaves a claim without a delivery, and the retry
 * sends that email again (at-least-once rather than losing it), with the same Message-ID so mail
 * clients can fold the copies and a logged warning. SendEmailHandler keeps at most two emails
 * per pooled SMTP connection between their send and their stored delivery, so that is the most a
 * kill can send twice.
 */
@Injectable()
export class Deliveries {
  private pending: { record: NotificationDeliveryRecord; settle: (error: Error | null) => void }[] = [];
  private writing: Promise<void> | null = null;

  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Claims many keys with one insert. A key claimed before is sent again only if it has no
   * delivery: the earlier attempt failed before the server accepted it, or died after.
   */
  async claimMany(entries: readonly { key: string; userId: string }[]): Promise<Claim[]> {
    if (entries.length === 0) return [];
    const claimedAt = new Date();
    const fresh = (key: string, userId: string, attempts: number): Claim => ({
      key,
      userId,
      messageId: messageIdOf(key),
      attempts,
      claimedAt,
      send: true,
    });
    try {
      await this.models.notificationClaims.collection.insertMany(
        stringKeyed(entries.map(({ key, userId }) => ({ _id: key, userId, attempts: 1, claimedAt }))),
        { ordered: false },
      );
      return entries.map(({ key, userId }) => fresh(key, userId, 1));
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    // Some were claimed by an earlier attempt of this job: look at each one's claim and delivery.
    const keys = entries.map((e) => e.key);
    const [claims, delivered] = await Promise.all([
      this.models.notificationClaims
        .find({ _id: { $in: keys } })
        .lean<NotificationClaimRecord[]>()
        .exec(),
      this.models.notificationDeliveries
        .find({ _id: { $in: keys }, state: 'sent' }, { _id: 1 })
        .lean<Pick<NotificationDeliveryRecord, '_id'>[]>()
        .exec(),
    ]);
    const claimOf = new Map(claims.map((c) => [c._id, c]));
    const sent = new Set(delivered.map((d) => d._id));
    const result: Claim[] = [];
    for (const { key, userId } of entries) {
      if (sent.has(key)) {
        result.push({ ...fresh(key, userId, 0), send: false });
        continue;
      }
      const earlier = claimOf.get(key);
      // Keys this insert did claim carry its timestamp; any other claim is an earlier attempt's.
      if (earlier && earlier.claimedAt.getTime() !== claimedAt.getTime()) {
        const attempts = earlier.attempts + 1;
        this.logger.warn({ key, attempts }, 'email claimed before: sending again');
        await this.models.notificationClaims.updateOne({ _id: key }, { $set: { attempts, claimedAt } }).exec();
        result.push(fresh(key, userId, attempts));
        continue;
      }
      result.push(fresh(key, userId, 1));
    }
    return result;
  }

  /**
   * Right after the SMTP server accepted the message; resolves once the delivery is stored
   * (with those of other messages accepted meanwhile, see the class comment).
   */
  recordSent(claim: Claim): Promise<void> {
    const record: NotificationDeliveryRecord = {
      _id: claim.key,
      userId: claim.userId,
      state: 'sent',
      attempts: claim.attempts,
      messageId: claim.messageId,
      claimedAt: claim.claimedAt,
      sentAt: new Date(),
    };
    return new Promise((resolve, reject) => {
      this.pending.push({ record, settle: (error) => (error === null ? resolve() : reject(error)) });
      this.writing ??= this.writeGroups();
    });
  }

  /** Claim, send, record: for the single emails (digests) that need no batch. */
  async once(key: string, userId: string, send: (messageId: string) => Promise<void>): Promise<DeliveryOutcome> {
    const [claim] = await this.claimMany([{ key, userId }]);
    if (!claim.send) return 'already-sent';
    await send(claim.messageId);
    await this.recordSent(claim);
    return 'sent';
  }

  private async writeGroups(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, this.pending.length);
      let failure: Error | null = null;
      try {
        await this.store(group.map((g) => g.record));
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
      for (const { settle } of group) settle(failure);
    }
    this.writing = null;
  }

  private async store(records: NotificationDeliveryRecord[]): Promise<void> {
    try {
      await this.models.notificationDeliveries.collection.insertMany(stringKeyed(records), { ordered: false });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // A record left 'sending' by the format before claims had their own collection, or a key
      // sent twice by two workers racing on one stalled job: mark each 'sent' (rare, so one by one).
      for (const { _id, attempts, sentAt } of records) {
        await this.models.notificationDeliveries
          .updateOne({ _id }, { $set: { state: 'sent', attempts, sentAt } })
          .exec();
      }
    }
  }
}
