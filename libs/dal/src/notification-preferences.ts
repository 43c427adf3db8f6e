import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { Models } from './models';
import { isDuplicateKeyError } from './mongo-errors';
import type { NotificationPreferenceRecord } from './schemas/notification-preference.schema';

/**
 * A user's notification settings, created with the defaults (and their unsubscribe token) on
 * first use by the API or the worker. Two racing creators meet on the unique userId index and
 * both return the one stored.
 */
export async function ensureNotificationPreferences(
  models: Models,
  userId: string | Types.ObjectId,
): Promise<NotificationPreferenceRecord> {
  const id = typeof userId === 'string' ? new Types.ObjectId(userId) : userId;
  const existing = await models.notificationPreferences
    .findOne({ userId: id })
    .lean<NotificationPreferenceRecord>()
    .exec();
  if (existing) return existing;
  const created: NotificationPreferenceRecord = {
    _id: new Types.ObjectId(),
    userId: id,
    modes: [],
    digestHour: 8,
    unsubscribeToken: randomBytes(24).toString('base64url'),
    updatedAt: new Date(),
  };
  try {
    await models.notificationPreferences.collection.insertOne(created);
    return created;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const winner = await models.notificationPreferences
      .findOne({ userId: id })
      .lean<NotificationPreferenceRecord>()
      .exec();
    if (!winner) throw error;
    return winner;
  }
}
