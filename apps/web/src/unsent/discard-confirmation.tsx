import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Discard what you wrote?" in place of the form's buttons, like the withdraw confirmation: the
 * focus goes to "Keep writing", so Enter or a second Escape right after loses nothing.
 */
export const DiscardConfirmation = ({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) => {
  const { t } = useTranslation();
  return (
    <Stack
      gap={4}
      role="group"
      aria-label={t('unsent.confirm')}
      data-testid="discard-confirmation"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape answers the question the safe way and goes no further (it would close the form).
        event.preventDefault();
        event.stopPropagation();
        onKeep();
      }}
    >
      <Text size="sm">{t('unsent.confirm')}</Text>
      <Group gap="xs" justify="flex-end">
        <Button size="compact-sm" color="red" onClick={onDiscard} data-testid="discard-confirm">
          {t('unsent.discardYes')}
        </Button>
        <Button size="compact-sm" variant="default" autoFocus onClick={onKeep} data-testid="discard-keep">
          {t('unsent.keepWriting')}
        </Button>
      </Group>
    </Stack>
  );
};
