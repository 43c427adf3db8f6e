import {
  type DeliveryMode,
  NOTIFICATION_TYPES,
  type NotificationPreferences,
  type NotificationType,
} from '@concordia/contracts';
import { Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { useLeaveWarning } from '../common/use-leave-warning';
import { PageHeader } from '../common/page-header';
import { QueryView } from '../common/query-view';
import { useApiQuery } from '../common/use-api-query';
import { notificationsApi } from './notifications-api';
import { TYPE_KEYS } from './notification-text';

const MODES: readonly DeliveryMode[] = ['immediate', 'digest', 'bell', 'off'];

/** Per kind of event: email at once, in the daily digest, or not at all; and the digest's hour. */
export const NotificationPreferencesPage = () => {
  const { t } = useTranslation();
  const preferences = useApiQuery('notification-preferences', (signal) => notificationsApi.preferences(signal));
  return (
    <>
      <PageHeader title={t('notifications.prefs.title')} description={t('notifications.prefs.description')} />
      <QueryView query={preferences}>{(loaded) => <PreferencesForm initial={loaded} />}</QueryView>
    </>
  );
};

const PreferencesForm = ({ initial }: { initial: NotificationPreferences }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { zoneName } = useFormatters();
  const [modes, setModes] = useState(initial.modes);
  const [digestHour, setDigestHour] = useState(initial.digestHour);
  const [stored, setStored] = useState({ modes: initial.modes, digestHour: initial.digestHour });
  const [saving, setSaving] = useState(false);
  const unsaved =
    digestHour !== stored.digestHour || NOTIFICATION_TYPES.some((type) => modes[type] !== stored.modes[type]);

  // Choices are sent only by Save: leaving the page (or the browser) before would drop them unseen.
  const leaveWarning = useLeaveWarning(unsaved);

  const save = () => {
    setSaving(true);
    notificationsApi
      .updatePreferences({ modes, digestHour })
      .then((saved) => {
        setModes(saved.modes);
        setDigestHour(saved.digestHour);
        setStored({ modes: saved.modes, digestHour: saved.digestHour });
        toasts.show({ color: 'teal', message: t('notifications.prefs.saved') });
      })
      .catch((error: unknown) => toasts.show({ color: 'red', message: errorMessage(error) }))
      .finally(() => setSaving(false));
  };

  const setMode = (type: NotificationType, mode: DeliveryMode) => setModes((current) => ({ ...current, [type]: mode }));

  return (
    <Stack gap="lg" maw={820}>
      {/* Not a table: on a phone each kind of event stands above its choices, which share the width. */}
      <div className="preference-rows" data-testid="notification-preferences">
        {NOTIFICATION_TYPES.map((type) => (
          <div key={type} className="preference-row" data-testid="preference-row" data-type={type}>
            <Text size="sm" className="preference-name">
              {t(`notifications.types.${TYPE_KEYS[type]}`)}
            </Text>
            <SegmentedControl
              size="xs"
              className="preference-modes"
              value={modes[type]}
              onChange={(value) => setMode(type, value)}
              aria-label={t(`notifications.types.${TYPE_KEYS[type]}`)}
              data={MODES.map((mode) => ({ value: mode, label: t(`notifications.prefs.modes.${mode}`) }))}
            />
          </div>
        ))}
      </div>
      <Group align="flex-end" gap="md">
        <Select
          label={t('notifications.prefs.digestHour')}
          value={String(digestHour)}
          onChange={(value) => value !== null && setDigestHour(Number(value))}
          data={Array.from({ length: 24 }, (_, hour) => ({
            value: String(hour),
            label: `${String(hour).padStart(2, '0')}:00`,
          }))}
          allowDeselect={false}
          w={200}
          data-testid="digest-hour"
        />
        <Text size="xs" c="dimmed" maw={360}>
          {t('notifications.prefs.digestHourHint', { timeZone: zoneName(initial.timeZone) })}
        </Text>
      </Group>
      <Group>
        <Button onClick={save} loading={saving} data-testid="save-notification-preferences">
          {t('notifications.prefs.save')}
        </Button>
        {unsaved && (
          <Text size="sm" c="orange.8" data-testid="preferences-unsaved">
            {t('notifications.prefs.unsaved')}
          </Text>
        )}
      </Group>
      {leaveWarning}
    </Stack>
  );
};
