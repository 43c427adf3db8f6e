import { Schema } from 'mongoose';

/**
 * An attempt to send one email, stored before the SMTP conversation: `_id` is the delivery key
 * (see NotificationDeliveryRecord). Its outcome is a separate, insert-only record in
 * `notification_deliveries`: on FerretDB's SQLite backend an update looks its document up by
 * scanning the whole table, so a per-email "set to sent" grows with every email ever sent,
 * while an insert stays cheap. A claim without a delivery is an attempt that may or may not
 * have reached the server (see apps/worker/src/notifications/deliveries.ts).
 */
export interface NotificationClaimRecord {
  _id: string;
  userId: string;
  /** How many attempts claimed it; above 1 only after a crash or a failed SMTP attempt. */
  attempts: number;
  claimedAt: Date;
}

export const notificationClaimSchema = new Schema<NotificationClaimRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    attempts: { type: Number, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
