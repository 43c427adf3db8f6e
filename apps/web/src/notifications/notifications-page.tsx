import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { QueryView } from '../common/query-view';
import { useApiQuery } from '../common/use-api-query';
import { NotificationEntry } from './notification-bell';
import { notificationsApi } from './notifications-api';
import { mergeLatest, type ShownNotifications } from './shown-notifications';
import { useUnreadCount } from './use-unread-count';

/**
 * Every notification of the signed-in user, newest first, with older pages on demand. It follows
 * the live unread count like the bell: what arrives joins the list, what another tab read shows read.
 */
export const NotificationsPage = () => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [version, setVersion] = useState(0);
  const first = useApiQuery(`notifications:${version}`, (signal) => notificationsApi.list({}, signal));
  const catcher = useApiQuery('mail-catcher', (signal) => notificationsApi.mailCatcher(signal));
  const [shown, setShown] = useState<ShownNotifications | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const unread = useUnreadCount();
  const countSeen = useRef(unread);

  useEffect(() => {
    if (first.data) setShown({ items: first.data.items, next: first.data.next });
  }, [first.data]);

  useEffect(() => {
    const before = countSeen.current;
    countSeen.current = unread;
    if (unread === null || before === null || before === unread) return undefined;
    const controller = new AbortController();
    notificationsApi.list({}, controller.signal).then(
      (latest) =>
        setShown((current) => current && mergeLatest(current, latest, latest.unread, new Date().toISOString())),
      () => undefined, // the list stays as it was; the next change or a reload brings it
    );
    return () => controller.abort();
  }, [unread]);

  const next = shown?.next ?? null;
  const loadMore = () => {
    if (!next) return;
    setLoadingMore(true);
    notificationsApi
      .list({ before: next })
      .then((page) => setShown((current) => current && { items: [...current.items, ...page.items], next: page.next }))
      .catch((error: unknown) => toasts.show({ color: 'red', message: errorMessage(error) }))
      .finally(() => setLoadingMore(false));
  };

  const markAll = () => {
    notificationsApi.markAllRead().then(
      () => setVersion((v) => v + 1),
      (error: unknown) => toasts.show({ color: 'red', message: errorMessage(error) }),
    );
  };

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        actions={
          <Group gap="sm">
            {/* Nothing unread: nothing for it to do (while the count is unknown it stays offered). */}
            <Button variant="default" onClick={markAll} disabled={unread === 0} data-testid="notifications-mark-all">
              {t('notifications.markAllRead')}
            </Button>
            <Button
              component={Link}
              to="/notifications/preferences"
              variant="light"
              data-testid="notifications-settings"
            >
              {t('notifications.settings')}
            </Button>
          </Group>
        }
      />
      {catcher.data?.url && (
        <Text size="sm" mb="md">
          <Anchor href={catcher.data.url} target="_blank" rel="noreferrer" data-testid="mail-catcher-link">
            {t('notifications.mailCatcher')}
          </Anchor>
        </Text>
      )}
      <QueryView query={first}>
        {(page) => {
          const items = shown?.items ?? page.items;
          if (items.length === 0) return <Text c="dimmed">{t('notifications.emptyAll')}</Text>;
          return (
            <Stack gap="xs" data-testid="notification-list">
              {items.map((item) => (
                <Card key={item.id} withBorder padding={0}>
                  <NotificationEntry item={item} />
                </Card>
              ))}
              {next && (
                <Button variant="subtle" onClick={loadMore} loading={loadingMore}>
                  {t('notifications.loadMore')}
                </Button>
              )}
            </Stack>
          );
        }}
      </QueryView>
    </>
  );
};
