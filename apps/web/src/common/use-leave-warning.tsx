import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type Blocker, type BlockerFunction, useBlocker } from 'react-router';
import { dropsUnsaved } from './leaving-page';

/**
 * While `active` (changes made on the page and not yet saved), leaving asks first: closing or
 * reloading the tab through the browser's own prompt, a link or the back button in the app
 * through a dialog. Returns that dialog, for the page to render.
 */
export const useLeaveWarning = (active: boolean): ReactNode => {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);

  const shouldBlock = useCallback<BlockerFunction>((move) => active && dropsUnsaved(move), [active]);
  const blocker = useBlocker(shouldBlock);
  return <LeaveDialog blocker={blocker} />;
};

/**
 * Not the shared ConfirmDialog: that one closes (here: stays) before it confirms, and a held
 * navigation takes one answer only. Stay has the focus, so Enter or Escape loses nothing.
 */
const LeaveDialog = ({ blocker }: { blocker: Blocker }) => {
  const { t } = useTranslation();
  const stay = () => blocker.reset?.();
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={stay}
      title={t('leaveWarning.title')}
      centered
      data-testid="leave-warning"
    >
      <Stack>
        <Text size="sm">{t('leaveWarning.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={stay} data-autofocus data-testid="leave-warning-stay">
            {t('leaveWarning.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()} data-testid="leave-warning-leave">
            {t('leaveWarning.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
