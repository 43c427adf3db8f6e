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

/** The settings of many users at once (one read, one insert for those who have none yet). */
export async function ensureManyNotificationPreferences(
  models: Models,
  userIds: readonly Types.ObjectId[],
): Promise<Map<string, NotificationPreferenceRecord>> {
  const read = async () =>
    new Map(
      (
        await models.notificationPreferences
          .find({ userId: { $in: userIds } })
          .lean<NotificationPreferenceRecord[]>()
          .exec()
      ).map((p) => [p.userId.toHexString(), p]),
    );
  const found = await read();
  const missing = userIds.filter((id) => !found.has(id.toHexString()));
  if (missing.length === 0) return found;
  const now = new Date();
  const created: NotificationPreferenceRecord[] = missing.map((userId) => ({
    _id: new Types.ObjectId(),
    userId,
    modes: [],
    digestHour: 8,
    unsubscribeToken: randomBytes(24).toString('base64url'),
    updatedAt: now,
  }));
  try {
    await models.notificationPreferences.collection.insertMany(created, { ordered: false });
  } catch (error) {
    // Someone created some of them meanwhile: theirs stand, ours for the others went in.
    if (!isDuplicateKeyError(error)) throw error;
    return read();
  }
  // All ours went in: no second read (on FerretDB it scans the whole collection again).
  for (const record of created) found.set(record.userId.toHexString(), record);
  return found;
}
