import { Schema, type Types } from 'mongoose';
import type { DeliveryMode, NotificationType } from '@concordia/contracts';

/**
 * A user's notification settings. Modes are a list, not an object keyed by type, because the
 * type names contain dots, which FerretDB refuses in keys. A type not listed is 'immediate'.
 * The unsubscribe token is random and stable: the links of every email sent to the user carry it.
 */
export interface NotificationPreferenceRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  modes: { type: NotificationType; mode: DeliveryMode }[];
  digestHour: number;
  unsubscribeToken: string;
  updatedAt: Date;
}

export const notificationPreferenceSchema = new Schema<NotificationPreferenceRecord>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    modes: { type: [{ _id: false, type: { type: String }, mode: { type: String } }], default: [] },
    digestHour: { type: Number, default: 8 },
    unsubscribeToken: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
notificationPreferenceSchema.index({ userId: 1 }, { unique: true });
notificationPreferenceSchema.index({ unsubscribeToken: 1 }, { unique: true });
