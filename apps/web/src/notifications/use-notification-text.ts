import { type Notification, notifiedTime } from '@concordia/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../common/format';
import { notificationText } from './notification-text';

/** notificationText with the app's translations and the reader's zone (their profile, else the browser's). */
export const useNotificationText = (): ((notification: Notification) => string) => {
  const { t, i18n } = useTranslation();
  const { timeZone } = useFormatters();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useCallback(
    (notification: Notification) =>
      notificationText(notification, { t, time: (iso) => notifiedTime(iso, locale, timeZone) }),
    [t, locale, timeZone],
  );
};
