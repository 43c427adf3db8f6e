import { createProcessRequestSchema } from '@concordia/contracts';
import { Anchor, Button, Card, EmptyState, Grid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/endpoints';
import { useMe } from '../auth/auth-context';
import { canCreateProcess } from '../auth/navigation';
import { RoleBadge } from '../common/badges';
import { ErrorAlert } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { useApiQuery } from '../common/use-api-query';
import { serverFieldErrors, validate, type FieldErrors } from '../common/validation';

export const ProcessesPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormatters();
  const processes = useApiQuery('processes', (signal) => api.processes.list(signal));
  const creator = canCreateProcess(me);
  const roleIn = (processId: string) => me.memberships.filter((m) => m.processId === processId);

  const list = (
    <>
      <ErrorAlert error={processes.error} />
      {processes.loading && !processes.data && <SectionLoader />}
      {processes.data?.items.length === 0 && <EmptyState title={t('processes.empty')} align="left" />}
      {processes.data && processes.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" striped highlightOnHover data-testid="processes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('processes.columns.title')}</Table.Th>
                <Table.Th>{t('processes.columns.myRole')}</Table.Th>
                <Table.Th>{t('processes.columns.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {processes.data.items.map((process) => (
                <Table.Tr key={process.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/processes/${process.id}`} fw={600} data-testid="process-link">
                      {process.title}
                    </Anchor>
                    {process.description && (
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {process.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {roleIn(process.id).map((m) => (
                      <RoleBadge key={m.role} role={m.role} />
                    ))}
                    {roleIn(process.id).length === 0 && (
                      <Text size="sm" c="dimmed">
                        {t('processes.noRole')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{format.date(process.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );

  return (
    <>
      <PageHeader title={t('processes.title')} description={t('processes.description')} />
      {creator ? (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, lg: 8 }}>{list}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <CreateProcessForm />
          </Grid.Col>
        </Grid>
      ) : (
        list
      )}
    </>
  );
};

const CreateProcessForm = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = validate(createProcessRequestSchema, { title, description }, t);
    if (!checked.ok) return setFieldErrors(checked.errors);
    setFieldErrors({});
    setSubmitting(true);
    api.processes
      .create(checked.data)
      .then((process) => {
        notifications.show({ color: 'teal', message: t('processes.created', { title: process.title }) });
        void navigate(`/processes/${process.id}`);
      })
      .catch((caught: unknown) => {
        setError(caught);
        setFieldErrors(serverFieldErrors(caught));
      })
      .finally(() => setSubmitting(false));
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="create-process-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="create-process-title">
            {t('processes.createTitle')}
          </Title>
          <ErrorAlert error={error} />
          <TextInput
            label={t('processes.fields.title')}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={fieldErrors['title']}
          />
          <Textarea
            label={t('processes.fields.description')}
            autosize
            minRows={3}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={fieldErrors['description']}
          />
          <Button type="submit" loading={submitting}>
            {t('processes.create')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
};
