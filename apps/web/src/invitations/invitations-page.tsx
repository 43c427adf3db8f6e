import {
  createInvitationRequestSchema,
  INVITATION_TTL_HOURS_MAX,
  type CreatedInvitation,
  type Invitation,
  type ProcessRole,
} from '@concordia/contracts';
import {
  Alert,
  Badge,
  Button,
  CopyButton,
  EmptyState,
  Group,
  NumberInput,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useDelegationList, useInvitationList } from '../api/list-queries';
import { DataTable } from '../common/data-table';
import { useFormatters } from '../common/format';
import { ListWithForm } from '../common/list-with-form';
import { PageHeader } from '../common/page-header';
import { ProcessScoped, useSelectedProcess } from '../common/process-picker';
import { QueryView } from '../common/query-view';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate, withFieldErrors } from '../common/validation';
import { delegationError, RoleFields } from './role-fields';

export const InvitationsPage = () => {
  const { t } = useTranslation();
  const selection = useSelectedProcess();
  const invitations = useInvitationList(selection.processId);

  return (
    <>
      <PageHeader title={t('invitations.title')} description={t('invitations.description')} />
      <ProcessScoped selection={selection}>
        {(processId) => (
          <ListWithForm
            listSpan={7}
            list={
              <>
                <Title order={3} size="h4" mb="sm">
                  {t('invitations.listTitle')}
                </Title>
                <QueryView query={invitations}>{({ items }) => <InvitationsTable invitations={items} />}</QueryView>
              </>
            }
            form={<CreateInvitationForm key={processId} processId={processId} onCreated={invitations.reload} />}
          />
        )}
      </ProcessScoped>
    </>
  );
};

const InvitationsTable = ({ invitations }: { invitations: Invitation[] }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  if (invitations.length === 0) return <EmptyState title={t('invitations.empty')} align="left" size="sm" />;
  const now = Date.now();
  const state = (invitation: Invitation) =>
    invitation.acceptedAt ? 'accepted' : new Date(invitation.expiresAt).getTime() < now ? 'expired' : 'pending';
  const colors = { accepted: 'teal', expired: 'gray', pending: 'blue' } as const;
  return (
    <DataTable
      // Fits the list's column beside the form at 1280 px, so the state is never cut off.
      minWidth={520}
      testId="invitations-table"
      columns={[
        t('invitations.columns.email'),
        t('invitations.columns.role'),
        t('invitations.columns.expires'),
        t('invitations.columns.state'),
      ]}
    >
      {invitations.map((invitation) => (
        <Table.Tr key={invitation.id}>
          <Table.Td>{invitation.email}</Table.Td>
          <Table.Td>
            <Text size="sm">{t(`roles.process.${invitation.role}`)}</Text>
            {invitation.delegationName && (
              <Text size="xs" c="dimmed">
                {invitation.delegationName}
              </Text>
            )}
          </Table.Td>
          <Table.Td data-testid="invitation-expires">{format.deadline(invitation.expiresAt)}</Table.Td>
          <Table.Td>
            <Badge color={colors[state(invitation)]} variant="light" miw="max-content" data-testid="invitation-state">
              {t(`invitations.states.${state(invitation)}`)}
            </Badge>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
};

const CreateInvitationForm = ({ processId, onCreated }: { processId: string; onCreated: () => void }) => {
  const { t } = useTranslation();
  const delegations = useDelegationList();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProcessRole>('delegate');
  const [delegationId, setDelegationId] = useState<string | null>(null);
  const [expiresInHours, setExpiresInHours] = useState<number>(72);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const submission = useFormSubmit({
    check: () =>
      withFieldErrors(
        validate(createInvitationRequestSchema, { email, processId, role, delegationId, expiresInHours }, t),
        delegationError(role, delegationId, t('validation.delegationRequired')),
      ),
    send: (body) =>
      api.invitations.create(body).then((invitation) => {
        setCreated(invitation);
        setEmail('');
        onCreated();
      }),
  });
  const { fieldErrors } = submission;

  const link = created ? new URL(created.acceptPath, window.location.origin).toString() : '';

  return (
    <FormCard
      title={t('invitations.createTitle')}
      titleId="create-invitation-title"
      submission={submission}
      submitLabel={t('invitations.create')}
      submitTestId="invitation-submit"
      loadError={delegations.error}
      notice={
        created && (
          <Alert
            color={created.emailQueued ? 'teal' : 'orange'}
            title={t('invitations.createdTitle', { email: created.email })}
            data-testid="invitation-created"
          >
            <Text size="sm" mb="xs" data-testid="invitation-email-state" data-queued={created.emailQueued}>
              {created.emailQueued
                ? t('invitations.emailQueued', { email: created.email })
                : t('invitations.emailNotQueued')}
            </Text>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                label={t('invitations.link')}
                value={link}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1 }}
                data-testid="invitation-link"
              />
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button color={copied ? 'teal' : undefined} onClick={copy} variant="light">
                    {copied ? t('invitations.copied') : t('invitations.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Alert>
        )
      }
    >
      <TextInput
        label={t('invitations.fields.email')}
        type="email"
        required
        autoComplete="off"
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        error={fieldErrors['email']}
        data-testid="invitation-email"
      />
      <RoleFields
        role={role}
        onRoleChange={setRole}
        delegationId={delegationId}
        onDelegationChange={setDelegationId}
        delegations={delegations.data?.items ?? []}
        errors={fieldErrors}
      />
      <NumberInput
        label={t('invitations.fields.expiresInHours')}
        description={t('invitations.fields.expiresHint', { max: INVITATION_TTL_HOURS_MAX })}
        min={1}
        max={INVITATION_TTL_HOURS_MAX}
        allowDecimal={false}
        value={expiresInHours}
        onChange={(value) => setExpiresInHours(typeof value === 'number' ? value : Number(value))}
        error={fieldErrors['expiresInHours']}
      />
    </FormCard>
  );
};
