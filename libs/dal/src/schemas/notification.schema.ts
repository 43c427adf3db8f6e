import { Schema, type Types } from 'mongoose';
import type { NotificationEvent, NotificationType } from '@concordia/contracts';

/**
 * One user's in-app notification of one event. Unique per (user, event), so a retried dispatch
 * job never shows an event twice. `digest` marks the ones the user asked to get by email in the
 * daily digest; the digest job stamps `digestedAt` once they were sent.
 */
export interface NotificationRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  eventId: string;
  processId: Types.ObjectId;
  type: NotificationType;
  event: NotificationEvent;
  digest: boolean;
  digestedAt: Date | null;
  readAt: Date | null;
  createdAt: Date;
}

export const notificationSchema = new Schema<NotificationRecord>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    eventId: { type: String, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    type: { type: String, required: true },
    event: { type: Schema.Types.Mixed, required: true },
    digest: { type: Boolean, default: false },
    digestedAt: { type: Date, default: null },
    readAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
notificationSchema.index({ userId: 1, eventId: 1 }, { unique: true });
notificationSchema.index({ userId: 1, _id: -1 });
notificationSchema.index({ userId: 1, readAt: 1 });
