import type { Notification, NotificationPreferences } from '@concordia/contracts';
import { DEFAULT_DELIVERY_MODE, NOTIFICATION_TYPES } from '@concordia/contracts';
import type { NotificationPreferenceRecord, NotificationRecord } from '@concordia/dal';

export function toNotification(record: NotificationRecord): Notification {
  return {
    id: record._id.toHexString(),
    event: record.event,
    createdAt: record.createdAt.toISOString(),
    readAt: record.readAt?.toISOString() ?? null,
  };
}

export function toPreferences(
  record: Pick<NotificationPreferenceRecord, 'modes' | 'digestHour'> | null,
  timeZone: string,
): NotificationPreferences {
  const stored = new Map((record?.modes ?? []).map((m) => [m.type, m.mode]));
  return {
    modes: Object.fromEntries(
      NOTIFICATION_TYPES.map((type) => [type, stored.get(type) ?? DEFAULT_DELIVERY_MODE]),
    ) as NotificationPreferences['modes'],
    digestHour: record?.digestHour ?? 8,
    timeZone,
  };
}
