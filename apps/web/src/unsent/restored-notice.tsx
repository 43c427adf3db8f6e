import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says that the form starts from text kept in this browser, with a way to start afresh. */
export const RestoredNotice = ({ shown, onDiscard }: { shown: boolean; onDiscard: () => void }) => {
  const { t } = useTranslation();
  if (!shown) return null;
  return (
    <Alert color="blue" variant="light" p="xs" data-testid="unsent-restored">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{t('unsent.restored')}</Text>
        <Button size="compact-xs" variant="subtle" onClick={onDiscard} data-testid="unsent-restored-discard">
          {t('unsent.discard')}
        </Button>
      </Group>
    </Alert>
  );
};
