import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-saved-corrections';

interface CorrectionsStatusProps {
  save: SaveState;
  onRetry: () => void;
}

/** Tells the officer whether the corrections are kept, so leaving the page is safe, or not yet. */
export const CorrectionsStatus = ({ save, onRetry }: CorrectionsStatusProps) => {
  const { t } = useTranslation();
  return (
    <Group gap="xs" data-testid="corrections-status" data-state={save} aria-live="polite">
      <Text size="sm" c={save === 'failed' ? 'red' : 'dimmed'}>
        {save === 'failed'
          ? t('imports.correctionsFailed')
          : save === 'saving'
            ? t('imports.correctionsSaving')
            : t('imports.correctionsKept')}
      </Text>
      {save === 'failed' && (
        <Button size="compact-xs" variant="default" onClick={onRetry} data-testid="corrections-retry">
          {t('imports.correctionsRetry')}
        </Button>
      )}
    </Group>
  );
};
