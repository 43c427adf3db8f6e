import { notificationTypeSchema } from '@concordia/contracts';
import { Anchor, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { notificationsApi } from './notifications-api';
import { TYPE_KEYS } from './notification-text';

/**
 * The page an email's unsubscribe link opens: it works without signing in (the link's token
 * names the user) and turns that one kind of email off.
 */
export const UnsubscribePage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const type = notificationTypeSchema.safeParse(params.get('type'));
  const [state, setState] = useState<{ done: boolean; error: unknown }>({ done: false, error: undefined });

  useEffect(() => {
    if (!type.success) return;
    notificationsApi.unsubscribe({ token, type: type.data }).then(
      () => setState({ done: true, error: undefined }),
      (error: unknown) => setState({ done: false, error }),
    );
    // The link is followed once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="lg">
        <Stack>
          <Title order={2}>{t('notifications.unsubscribe.title')}</Title>
          {!type.success && <ErrorAlert error={new Error(t('errors.UNSUBSCRIBE_INVALID'))} />}
          <ErrorAlert error={state.error} />
          {type.success && !state.done && !state.error && <Text>{t('notifications.unsubscribe.working')}</Text>}
          {type.success && state.done && (
            <Text data-testid="unsubscribe-done">
              {t('notifications.unsubscribe.done', { type: t(`notifications.types.${TYPE_KEYS[type.data]}`) })}
            </Text>
          )}
          <Anchor component={Link} to="/notifications/preferences">
            {t('notifications.unsubscribe.settings')}
          </Anchor>
        </Stack>
      </Paper>
    </Container>
  );
};
