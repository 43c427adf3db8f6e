import {
  failedJobListSchema,
  mailCatcherSchema,
  notificationListSchema,
  notificationPreferencesSchema,
  unreadCountSchema,
  unsubscribeResultSchema,
  type UnsubscribeRequest,
  type UpdateNotificationPreferences,
} from '@concordia/contracts';
import { apiClient } from '../api/endpoints';

const segment = (value: string): string => encodeURIComponent(value);

/** The notification centre's calls; kept beside its screens. */
export const notificationsApi = {
  list: (options: { before?: string; limit?: number }, signal?: AbortSignal) =>
    apiClient.send('GET', '/notifications', notificationListSchema, {
      signal,
      query: { limit: String(options.limit ?? 20), before: options.before },
    }),
  unreadCount: (signal?: AbortSignal) =>
    apiClient.send('GET', '/notifications/unread-count', unreadCountSchema, { signal }),
  markRead: (id: string) => apiClient.send('POST', `/notifications/${segment(id)}/read`, unreadCountSchema),
  markAllRead: () => apiClient.send('POST', '/notifications/read-all', unreadCountSchema),
  preferences: (signal?: AbortSignal) =>
    apiClient.send('GET', '/notifications/preferences', notificationPreferencesSchema, { signal }),
  updatePreferences: (body: UpdateNotificationPreferences) =>
    apiClient.send('PUT', '/notifications/preferences', notificationPreferencesSchema, { body }),
  unsubscribe: (body: UnsubscribeRequest) =>
    apiClient.send('POST', '/notifications/unsubscribe', unsubscribeResultSchema, { body, authenticated: false }),
  mailCatcher: (signal?: AbortSignal) =>
    apiClient.send('GET', '/notifications/mail-catcher', mailCatcherSchema, { signal }),
  failedJobs: (signal?: AbortSignal) => apiClient.send('GET', '/admin/jobs/failed', failedJobListSchema, { signal }),
  retryJob: (queue: string, id: string) =>
    apiClient.sendVoid('POST', `/admin/jobs/${segment(queue)}/${segment(id)}/retry`),
};
