import { Alert, List, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { fieldIssueText } from './field-issue-text';
import { fieldLabel } from './field-label';

/** A person-readable, translated sentence for any thrown value. */
export const useErrorMessage = (): ((error: unknown) => string) => {
  const { t } = useTranslation();
  return useCallback((error: unknown) => (isApiError(error) ? t(`errors.${error.code}`) : t('errors.generic')), [t]);
};

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  testId?: string;
}

/** Shows an error with its request id, which support can find in the server logs. */
export const ErrorAlert = ({ error, title, testId = 'error-alert' }: ErrorAlertProps) => {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (error === undefined || error === null) return null;
  const apiError = isApiError(error) ? error : null;
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t('errors.title')}
      data-testid={testId}
      data-code={apiError?.code}
      role="alert"
    >
      <Text size="sm">{message(error)}</Text>
      {apiError && apiError.issues.length > 0 && (
        <List size="sm" mt="xs">
          {apiError.issues.map((issue) => (
            <List.Item key={`${issue.path}:${issue.message}`}>
              {issue.path
                ? t('errors.issue', { field: fieldLabel(issue.path, t), problem: fieldIssueText(issue, t) })
                : fieldIssueText(issue, t)}
            </List.Item>
          ))}
        </List>
      )}
      {apiError?.requestId && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('errors.reference', { requestId: apiError.requestId })}
        </Text>
      )}
    </Alert>
  );
};
