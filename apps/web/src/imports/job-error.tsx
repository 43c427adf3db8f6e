import { errorCodeSchema, type ImportJob } from '@concordia/contracts';
import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Why the worker gave up on the document, in the user's language when the code is known. */
export const JobError = ({ job, onRetry }: { job: ImportJob; onRetry: () => void }) => {
  const { t } = useTranslation();
  const code = errorCodeSchema.safeParse(job.error?.code);
  return (
    <Alert
      color="red"
      variant="light"
      title={t('imports.failedTitle', { file: job.fileName })}
      data-testid="import-failed"
      data-code={job.error?.code}
      role="alert"
    >
      <Text size="sm" mb="sm">
        {code.success ? t(`errors.${code.data}`) : (job.error?.message ?? t('errors.generic'))}
      </Text>
      <Button size="xs" variant="default" onClick={onRetry} data-testid="import-retry">
        {t('imports.chooseAnother')}
      </Button>
    </Alert>
  );
};
