import { type Notification, notificationPath } from '@concordia/contracts';
import {
  ActionIcon,
  Anchor,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatters } from '../common/format';
import { notificationsApi } from './notifications-api';
import { excerptOf } from './notification-text';
import { useNotificationText } from './use-notification-text';
import { useUnreadCount } from './use-unread-count';

const LATEST = 8;

/** The header's bell: live unread count, and the latest notifications a click away. */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const [opened, setOpened] = useState(false);
  const [items, setItems] = useState<Notification[] | null>(null);

  const load = useCallback(() => {
    notificationsApi.list({ limit: LATEST }).then(
      (page) => setItems(page.items),
      () => setItems([]),
    );
  }, []);
  const open = () => {
    setOpened(true);
    load();
  };
  // A notification arriving while the list is open joins it, as the count beside it says. One
  // arriving while it is closed makes the list loaded last time out of date: the next opening
  // says "Loading" until the fresh list comes, rather than showing the old one without it.
  const shownCount = useRef(unread);
  useEffect(() => {
    const grew = unread !== null && unread > (shownCount.current ?? 0);
    shownCount.current = unread;
    if (!grew) return;
    if (opened) load();
    else setItems(null);
  }, [unread, opened, load]);

  return (
    // trapFocus takes the focus into the list when it opens: Escape (handled inside the dropdown)
    // then closes it and gives the focus back to the bell, as keyboard users expect. The popover's
    // target is the button itself (inside the count's Indicator, not around it), so its
    // aria-expanded and aria-haspopup are on an element that may carry them.
    <Indicator label={unread && unread > 99 ? '99+' : unread} disabled={!unread} size={18} color="red" offset={4}>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        // A phone's window less a margin, on a phone.
        width="min(380px, calc(100vw - 1rem))"
        shadow="md"
        withArrow
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => (opened ? setOpened(false) : open())}
            aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
            data-testid="notification-bell"
            // Absent until the count is known, so a reader of it never takes "not loaded" for 0.
            data-unread={unread ?? undefined}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown data-testid="notification-dropdown">
          <NotificationItems items={items} onOpenItem={() => setOpened(false)} />
          <Divider my="xs" />
          <Group justify="space-between">
            <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpened(false)}>
              {t('notifications.seeAll')}
            </Anchor>
            <Anchor component={Link} to="/notifications/preferences" size="sm" onClick={() => setOpened(false)}>
              {t('notifications.settings')}
            </Anchor>
          </Group>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
};

const NotificationItems = ({ items, onOpenItem }: { items: Notification[] | null; onOpenItem: () => void }) => {
  const { t } = useTranslation();
  if (items === null) return <Text size="sm">{t('common.loading')}</Text>;
  if (items.length === 0) return <Text size="sm">{t('notifications.empty')}</Text>;
  return (
    <Stack gap={4}>
      {items.map((item) => (
        <NotificationEntry key={item.id} item={item} onOpen={onOpenItem} compact />
      ))}
    </Stack>
  );
};

/** One notification; opening it marks it read and goes to the paragraph or page concerned. */
export const NotificationEntry = ({
  item,
  onOpen,
  compact = false,
}: {
  item: Notification;
  onOpen?: () => void;
  compact?: boolean;
}) => {
  const { t } = useTranslation();
  const text = useNotificationText();
  const format = useFormatters();
  const navigate = useNavigate();
  // Read on the server (a reloaded list after "mark all as read" says so), or marked here just now.
  const [markedHere, setMarkedHere] = useState(false);
  const read = item.readAt !== null || markedHere;
  const excerpt = excerptOf(item);

  const markRead = () => {
    setMarkedHere(true);
    notificationsApi.markRead(item.id).catch(() => setMarkedHere(false));
  };
  const openItem = () => {
    if (!read) markRead();
    onOpen?.();
    void navigate(notificationPath(item.event));
  };

  return (
    <Group
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      gap="xs"
      p={compact ? 4 : 'xs'}
      className={read ? 'notification-read' : 'notification-unread'}
      data-testid="notification-item"
      data-type={item.event.type}
      data-read={read}
    >
      <UnstyledButton onClick={openItem} style={{ flex: 1 }} data-testid="notification-open">
        <Text size="sm" fw={read ? 400 : 600}>
          {text(item)}
        </Text>
        {excerpt && (
          <Text size="xs" c="dimmed" lineClamp={compact ? 2 : 4}>
            {excerpt}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {format.dateTime(item.createdAt)}
        </Text>
      </UnstyledButton>
      {!read && (
        <Button variant="subtle" size="compact-xs" onClick={markRead} data-testid="notification-mark-read">
          {t('notifications.markRead')}
        </Button>
      )}
    </Group>
  );
};

const BellIcon = () => (
  <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
    <path d="M13.73 21a2 2 0 0 1-3.46 0" />
  </svg>
);
