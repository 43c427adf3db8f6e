import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';

/** Follow or stop following a thread: replies in a followed thread reach the bell (and email). */
export const FollowToggle = ({ threadId }: { threadId: string }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [following, setFollowing] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api.annotations
      .following(threadId, controller.signal)
      .then((state) => setFollowing(state.following))
      .catch(() => undefined); // The button stays hidden; the thread itself still reads.
    return () => controller.abort();
  }, [threadId]);

  if (following === null) return null;
  const toggle = () => {
    setBusy(true);
    (following ? api.annotations.unfollow(threadId) : api.annotations.follow(threadId))
      .then((state) => setFollowing(state.following))
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('annotations.thread.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <Tooltip label={following ? t('annotations.thread.followHint') : t('annotations.thread.notFollowingHint')}>
      <Button
        size="compact-xs"
        variant={following ? 'light' : 'subtle'}
        loading={busy}
        data-testid="follow-toggle"
        data-following={following}
        aria-pressed={following}
        onClick={toggle}
      >
        {following ? t('annotations.thread.unfollow') : t('annotations.thread.follow')}
      </Button>
    </Tooltip>
  );
};
