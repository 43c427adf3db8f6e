import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A version of the draft was published after the document was analysed: its matches point at an
 * older text, so it cannot be accepted (the API refuses it with IMPORT_STALE). Said before the
 * officer spends time on corrections; the way on is to discard it and upload the document again.
 */
export const StaleImport = ({ file, onDiscard }: { file: string; onDiscard: () => void }) => {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('imports.staleTitle')} data-testid="import-stale" role="alert">
      <Text size="sm" mb="sm">
        {t('imports.staleBody', { file })}
      </Text>
      <Button size="xs" color="red" variant="default" onClick={onDiscard} data-testid="import-stale-discard">
        {t('imports.staleDiscard')}
      </Button>
    </Alert>
  );
};
