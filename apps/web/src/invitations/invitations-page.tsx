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
  Card,
  CopyButton,
  EmptyState,
  Grid,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { ProcessPicker, useSelectedProcess } from '../common/process-picker';
import { useApiQuery } from '../common/use-api-query';
import { serverFieldErrors, validate, type FieldErrors } from '../common/validation';
import { delegationError, RoleFields } from './role-fields';

export const InvitationsPage = () => {
  const { t } = useTranslation();
  const selection = useSelectedProcess();
  const processId = selection.processId;
  const invitations = useApiQuery(processId ? `invitations:${processId}` : null, (signal) =>
    api.invitations.list(processId ?? '', signal),
  );

  return (
    <>
      <PageHeader title={t('invitations.title')} description={t('invitations.description')} />
      <Stack gap="lg">
        <ProcessPicker selection={selection} />
        {!selection.loading && !processId && <EmptyState title={t('common.noProcess')} align="left" />}
        {processId && (
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Title order={3} size="h4" mb="sm">
                {t('invitations.listTitle')}
              </Title>
              <ErrorAlert error={invitations.error} />
              {invitations.loading && !invitations.data && <SectionLoader />}
              {invitations.data && <InvitationsTable invitations={invitations.data.items} />}
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <CreateInvitationForm key={processId} processId={processId} onCreated={invitations.reload} />
            </Grid.Col>
          </Grid>
        )}
      </Stack>
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
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm" striped data-testid="invitations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invitations.columns.email')}</Table.Th>
            <Table.Th>{t('invitations.columns.role')}</Table.Th>
            <Table.Th>{t('invitations.columns.expires')}</Table.Th>
            <Table.Th>{t('invitations.columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
              <Table.Td>{format.dateTime(invitation.expiresAt)}</Table.Td>
              <Table.Td>
                <Badge color={colors[state(invitation)]} variant="light">
                  {t(`invitations.states.${state(invitation)}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

const CreateInvitationForm = ({ processId, onCreated }: { processId: string; onCreated: () => void }) => {
  const { t } = useTranslation();
  const delegations = useApiQuery('delegations', (signal) => api.delegations.list(signal));
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProcessRole>('delegate');
  const [delegationId, setDelegationId] = useState<string | null>(null);
  const [expiresInHours, setExpiresInHours] = useState<number>(72);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = validate(
      createInvitationRequestSchema,
      { email, processId, role, delegationId, expiresInHours },
      t,
    );
    const missingDelegation = delegationError(role, delegationId, t('validation.delegationRequired'));
    if (!checked.ok || Object.keys(missingDelegation).length > 0) {
      return setFieldErrors({ ...(checked.ok ? {} : checked.errors), ...missingDelegation });
    }
    setFieldErrors({});
    setSubmitting(true);
    api.invitations
      .create(checked.data)
      .then((invitation) => {
        setCreated(invitation);
        setEmail('');
        onCreated();
      })
      .catch((caught: unknown) => {
        setError(caught);
        setFieldErrors(serverFieldErrors(caught));
      })
      .finally(() => setSubmitting(false));
  };

  const link = created ? new URL(created.acceptPath, window.location.origin).toString() : '';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="create-invitation-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="create-invitation-title">
            {t('invitations.createTitle')}
          </Title>
          {created && (
            <Alert
              color="teal"
              title={t('invitations.createdTitle', { email: created.email })}
              data-testid="invitation-created"
            >
              <Text size="sm" mb="xs">
                {t('invitations.createdHint')}
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
          )}
          <ErrorAlert error={error ?? delegations.error} />
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
            description={t('invitations.fields.expiresHint', { max: String(INVITATION_TTL_HOURS_MAX) })}
            min={1}
            max={INVITATION_TTL_HOURS_MAX}
            allowDecimal={false}
            value={expiresInHours}
            onChange={(value) => setExpiresInHours(typeof value === 'number' ? value : Number(value))}
            error={fieldErrors['expiresInHours']}
          />
          <Button type="submit" loading={submitting} data-testid="invitation-submit">
            {t('invitations.create')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
};
