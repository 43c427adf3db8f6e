import type { FailedJob } from '@concordia/contracts';
import { Button, Card, Code, Stack, Table, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../common/data-table';
import { useErrorMessage } from '../common/error-alert';
import { Facts } from '../common/facts';
import { useFormatters } from '../common/format';
import { useNarrowScreen } from '../common/narrow-screen';
import { PageHeader } from '../common/page-header';
import { QueryView } from '../common/query-view';
import { useApiQuery } from '../common/use-api-query';
import { notificationsApi } from './notifications-api';

/** Admins: jobs that exhausted their retries, their error, and a retry button. */
export const FailedJobsPage = () => {
  const { t } = useTranslation();
  const jobs = useApiQuery('failed-jobs', (signal) => notificationsApi.failedJobs(signal));
  // A phone cannot show the table's five columns without scrolling sideways: one card per job.
  const narrow = useNarrowScreen();
  return (
    <>
      <PageHeader title={t('notifications.jobs.title')} description={t('notifications.jobs.description')} />
      <QueryView query={jobs}>
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed">{t('notifications.jobs.empty')}</Text>
          ) : narrow ? (
            <FailedJobCards items={items} onRetried={jobs.reload} />
          ) : (
            <FailedJobsTable items={items} onRetried={jobs.reload} />
          )
        }
      </QueryView>
    </>
  );
};

interface FailedJobsProps {
  items: FailedJob[];
  onRetried: () => void;
}

const FailedJobsTable = ({ items, onRetried }: FailedJobsProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const retry = useRetry(onRetried);
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
            <JobName job={job} />
          </Table.Td>
          <Table.Td>
            <JobError job={job} />
          </Table.Td>
          <Table.Td>{job.attemptsMade}</Table.Td>
          <Table.Td>{job.failedAt ? format.dateTime(job.failedAt) : '—'}</Table.Td>
          <Table.Td>
            <RetryButton job={job} retry={retry} size="xs" />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
};

/** On a phone: each job a card, its error across the screen's width and its facts under it. */
const FailedJobCards = ({ items, onRetried }: FailedJobsProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const retry = useRetry(onRetried);
  return (
    <Stack gap="sm" data-testid="failed-jobs">
      {items.map((job) => (
        <Card key={`${job.queue}/${job.id}`} withBorder padding="sm" data-testid="failed-job-row">
          <Stack gap="xs" align="flex-start">
            <div>
              <JobName job={job} />
            </div>
            <JobError job={job} />
            <Facts
              facts={[
                { label: t('notifications.jobs.columns.attempts'), value: job.attemptsMade },
                {
                  label: t('notifications.jobs.columns.failedAt'),
                  value: job.failedAt ? format.dateTime(job.failedAt) : '—',
                },
              ]}
            />
            {/* A finger's size on a phone. */}
            <RetryButton job={job} retry={retry} size="md" />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
};

const JobName = ({ job }: { job: FailedJob }) => (
  <>
    <Code style={{ overflowWrap: 'anywhere' }}>{`${job.queue}/${job.name}`}</Code>
    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {job.id}
    </Text>
  </>
);

/** Whole: the admin decides from it whether a retry can succeed. */
const JobError = ({ job }: { job: FailedJob }) => (
  <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="failed-job-error">
    {job.failedReason}
  </Text>
);

interface Retry {
  retrying: string | null;
  retry: (job: FailedJob) => void;
}

/** Queues a job again, one at a time, and says how it went. */
const useRetry = (onRetried: () => void): Retry => {
  const { t } = useTranslation();
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
  return { retrying, retry };
};

/** One button per job: its name says which job it retries. */
const RetryButton = ({ job, retry, size }: { job: FailedJob; retry: Retry; size: 'xs' | 'md' }) => {
  const { t } = useTranslation();
  return (
    <Button
      size={size}
      variant="light"
      loading={retry.retrying === job.id}
      onClick={() => retry.retry(job)}
      aria-label={t('notifications.jobs.retryNamed', { job: `${job.queue}/${job.name} ${job.id}` })}
    >
      {t('notifications.jobs.retry')}
    </Button>
  );
};
