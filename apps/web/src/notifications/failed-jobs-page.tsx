import type { FailedJob } from '@concordia/contracts';
import { Button, Code, Table, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../common/data-table';
import { useErrorMessage } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { PageHeader } from '../common/page-header';
import { QueryView } from '../common/query-view';
import { useApiQuery } from '../common/use-api-query';
import { notificationsApi } from './notifications-api';

/** Admins: jobs that exhausted their retries, their error, and a retry button. */
export const FailedJobsPage = () => {
  const { t } = useTranslation();
  const jobs = useApiQuery('failed-jobs', (signal) => notificationsApi.failedJobs(signal));
  return (
    <>
      <PageHeader title={t('notifications.jobs.title')} description={t('notifications.jobs.description')} />
      <QueryView query={jobs}>
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed">{t('notifications.jobs.empty')}</Text>
          ) : (
            <FailedJobsTable items={items} onRetried={jobs.reload} />
          )
        }
      </QueryView>
    </>
  );
};

const FailedJobsTable = ({ items, onRetried }: { items: FailedJob[]; onRetried: () => void }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const [retrying, setRetrying] = useState<string | null>(null);

  const retry = (job: FailedJob) => {
    setRetrying(job.id);
    notificationsApi
      .retryJob(job.queue, job.id)
      .then(() => {
        toasts.show({ color: 'teal', message: t('notifications.jobs.retried') });
        onRetried();
      })
      .catch((error: unknown) => toasts.show({ color: 'red', message: errorMessage(error) }))
      .finally(() => setRetrying(null));
  };

  return (
    <DataTable
      minWidth={820}
      testId="failed-jobs"
      columns={[
        t('notifications.jobs.columns.job'),
        t('notifications.jobs.columns.error'),
        t('notifications.jobs.columns.attempts'),
        t('notifications.jobs.columns.failedAt'),
        <span className="visually-hidden">{t('notifications.jobs.columns.actions')}</span>,
      ]}
    >
      {items.map((job) => (
        <Table.Tr key={`${job.queue}/${job.id}`} data-testid="failed-job-row">
          <Table.Td>
            <Code>{`${job.queue}/${job.name}`}</Code>
            <Text size="xs" c="dimmed">
              {job.id}
            </Text>
          </Table.Td>
          <Table.Td>
            {/* Whole: the admin decides from it whether a retry can succeed. */}
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="failed-job-error">
              {job.failedReason}
            </Text>
          </Table.Td>
          <Table.Td>{job.attemptsMade}</Table.Td>
          <Table.Td>{job.failedAt ? format.dateTime(job.failedAt) : '—'}</Table.Td>
          <Table.Td>
            {/* One button per row: its name says which job it retries. */}
            <Button
              size="xs"
              variant="light"
              loading={retrying === job.id}
              onClick={() => retry(job)}
              aria-label={t('notifications.jobs.retryNamed', { job: `${job.queue}/${job.name} ${job.id}` })}
            >
              {t('notifications.jobs.retry')}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
};
