import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Leave without saving?", asked before anything drops a page's unsaved changes. Not the shared
 * ConfirmDialog: that one closes (here: stays) before it confirms, and a held navigation takes
 * one answer only. Stay has the focus, so Enter or Escape loses nothing.
 */
export const UnsavedChangesDialog = ({
  opened,
  onStay,
  onLeave,
  leaveLabel,
}: {
  opened: boolean;
  onStay: () => void;
  onLeave: () => void;
  /** What leaving does, when it is more than leaving the page ("Sign out"). */
  leaveLabel?: string;
}) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('leaveWarning.title')} centered data-testid="leave-warning">
      <Stack>
        <Text size="sm">{t('leaveWarning.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus data-testid="leave-warning-stay">
            {t('leaveWarning.stay')}
          </Button>
          <Button color="red" onClick={onLeave} data-testid="leave-warning-leave">
            {leaveLabel ?? t('leaveWarning.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
