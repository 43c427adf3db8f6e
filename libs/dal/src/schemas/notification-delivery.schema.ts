import { Schema } from 'mongoose';

/**
 * One email the SMTP server accepted: `_id` is the idempotency key (`<eventId>-<userId>` for an
 * event, `digest-<userId>-<last notification id>` for a digest). Inserted, as 'sent', right after
 * the server accepted the message (its claim is a NotificationClaimRecord), so a retried job that
 * finds it does nothing. 'sending' is only found in records written before claims had their own
 * collection.
 */
export interface NotificationDeliveryRecord {
  _id: string;
  userId: string;
  state: 'sending' | 'sent';
  /** How many attempts claimed it; above 1 only after a crash or a failed SMTP attempt (see README). */
  attempts: number;
  messageId: string;
  claimedAt: Date;
  sentAt: Date | null;
}

export const notificationDeliverySchema = new Schema<NotificationDeliveryRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    state: { type: String, required: true, enum: ['sending', 'sent'] },
    attempts: { type: Number, required: true },
    messageId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    sentAt: { type: Date, default: null },
  },
  { versionKey: false },
);
