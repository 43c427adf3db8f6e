import { createProcessRequestSchema, ErrorCode } from '@concordia/contracts';
import { Anchor, EmptyState, Table, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { hasCode } from '../api/api-error';
import { api } from '../api/endpoints';
import { useProcessList } from '../api/list-queries';
import { useAuth, useMe } from '../auth/auth-context';
import { canCreateProcess } from '../auth/navigation';
import { RoleBadge } from '../common/badges';
import { DataTable } from '../common/data-table';
import { useFormatters } from '../common/format';
import { ListWithForm } from '../common/list-with-form';
import { QueryView } from '../common/query-view';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';

export const ProcessesPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormatters();
  const processes = useProcessList();
  const roleIn = (processId: string) => me.memberships.filter((m) => m.processId === processId);

  const list = (
    <QueryView query={processes}>
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState title={t('processes.empty')} align="left" />
        ) : (
          <DataTable
            minWidth={560}
            testId="processes-table"
            highlightOnHover
            columns={[t('processes.columns.title'), t('processes.columns.myRole'), t('processes.columns.created')]}
          >
            {items.map((process) => (
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
                {/* On one line: the description beside it would otherwise squeeze "28 nov. 2026" onto two. */}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(process.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )
      }
    </QueryView>
  );

  return (
    <ListWithForm
      title={t('processes.title')}
      description={t('processes.description')}
      list={list}
      forms={
        canCreateProcess(me)
          ? [{ title: t('processes.createTitle'), testId: 'process-create-open', form: <CreateProcessForm /> }]
          : []
      }
    />
  );
};

const CreateProcessForm = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { reloadMe } = useAuth();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const submission = useFormSubmit({
    check: () => validate(createProcessRequestSchema, { title, description }, t),
    send: (body) =>
      api.processes.create(body).then(async (process) => {
        notifications.show({ color: 'teal', message: t('processes.created', { title: process.title }) });
        // The creator is now the process's secretariat: every screen that offers the secretariat's
        // actions (import, edit, publish) reads that from the profile, which must know it first.
        await reloadMe().catch(() => undefined);
        void navigate(`/processes/${process.id}`);
      }),
    fieldErrorsFor: (error) =>
      hasCode(error, ErrorCode.ProcessTitleTaken) ? { title: t(`errors.${ErrorCode.ProcessTitleTaken}`) } : undefined,
  });
  const { fieldErrors } = submission;

  return (
    <FormCard
      title={t('processes.createTitle')}
      titleId="create-process-title"
      submission={submission}
      submitLabel={t('processes.create')}
      submitTestId="process-create-submit"
    >
      <TextInput
        label={t('processes.fields.title')}
        required
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={fieldErrors['title']}
        data-testid="process-title-input"
      />
      <Textarea
        label={t('processes.fields.description')}
        autosize
        minRows={3}
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
        error={fieldErrors['description']}
      />
    </FormCard>
  );
};
