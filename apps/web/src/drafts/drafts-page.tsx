import { createDraftRequestSchema, type Draft } from '@concordia/contracts';
import { Anchor, Badge, EmptyState, Group, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/endpoints';
import { useDraftList } from '../api/list-queries';
import { DataTable } from '../common/data-table';
import { ListWithForm } from '../common/list-with-form';
import { ProcessScoped, useSelectedProcess } from '../common/process-picker';
import { QueryView } from '../common/query-view';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';
import { useVersionLabel } from './version-label';
import { orderedVersions, workingVersion } from './version-options';

export const draftPath = (processId: string, draftId: string): string => `/processes/${processId}/drafts/${draftId}`;

/** The secretariat's drafts of one process: open one, or start a new one. */
export const DraftsPage = () => {
  const { t } = useTranslation();
  const selection = useSelectedProcess();
  const { processId } = selection;
  return (
    <ListWithForm
      title={t('drafts.pageTitle')}
      description={t('drafts.listDescription')}
      list={<ProcessScoped selection={selection}>{(id) => <DraftList processId={id} />}</ProcessScoped>}
      forms={
        processId
          ? [
              {
                title: t('drafts.createTitle'),
                testId: 'draft-create-open',
                form: <CreateDraftForm key={processId} processId={processId} />,
              },
            ]
          : []
      }
    />
  );
};

const DraftList = ({ processId }: { processId: string }) => {
  const drafts = useDraftList(processId);
  return <QueryView query={drafts}>{({ items }) => <DraftsTable drafts={items} processId={processId} />}</QueryView>;
};

/** Each draft with its published versions and, for those who may see it, its working version. */
export const DraftsTable = ({ drafts, processId }: { drafts: Draft[]; processId: string }) => {
  const { t } = useTranslation();
  if (drafts.length === 0) return <EmptyState title={t('drafts.none')} align="left" size="sm" />;
  return (
    <DataTable
      minWidth={560}
      testId="drafts-table"
      columns={[t('drafts.columns.title'), t('drafts.columns.published'), t('drafts.columns.working')]}
    >
      {drafts.map((draft) => (
        <DraftRow key={draft.id} draft={draft} processId={processId} />
      ))}
    </DataTable>
  );
};

const DraftRow = ({ draft, processId }: { draft: Draft; processId: string }) => {
  const { t } = useTranslation();
  const published = orderedVersions(draft.versions, false);
  const working = workingVersion(draft.versions);
  const versionLabel = useVersionLabel();
  return (
    <Table.Tr data-testid="draft-row">
      <Table.Td>
        <Anchor component={Link} to={draftPath(processId, draft.id)} fw={600} data-testid="draft-link">
          {draft.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {published.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('drafts.nonePublished')}
          </Text>
        ) : (
          <Group gap={4}>
            {published.map((v) => (
              <Badge key={v.id} variant="light" color="teal">
                {v.label}
              </Badge>
            ))}
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        {working ? (
          <Badge variant="light" color="yellow" data-testid="draft-working">
            {versionLabel(working)}
          </Badge>
        ) : (
          '—'
        )}
      </Table.Td>
    </Table.Tr>
  );
};

const CreateDraftForm = ({ processId }: { processId: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const submission = useFormSubmit({
    check: () => validate(createDraftRequestSchema, { title }, t),
    send: (body) =>
      api.processes.createDraft(processId, body).then((draft) => {
        notifications.show({ color: 'teal', message: t('drafts.created', { title: draft.title }) });
        void navigate(draftPath(processId, draft.id));
      }),
  });
  return (
    <FormCard
      title={t('drafts.createTitle')}
      titleId="create-draft-title"
      submission={submission}
      submitLabel={t('drafts.create')}
      submitTestId="draft-create-submit"
    >
      <Text size="sm" c="dimmed">
        {t('drafts.createHint')}
      </Text>
      <TextInput
        label={t('drafts.fields.title')}
        required
        maxLength={300}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={submission.fieldErrors['title']}
        data-testid="draft-title-input"
      />
    </FormCard>
  );
};
