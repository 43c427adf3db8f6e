import { addMemberRequestSchema, ErrorCode, type ProcessRole } from '@concordia/contracts';
import { Button, Card, EmptyState, Grid, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasCode } from '../api/api-error';
import { api } from '../api/endpoints';
import { useMe } from '../auth/auth-context';
import { isAdmin } from '../auth/navigation';
import { ErrorAlert } from '../common/error-alert';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { ProcessPicker, useSelectedProcess } from '../common/process-picker';
import { useApiQuery } from '../common/use-api-query';
import { serverFieldErrors, validate, type FieldErrors } from '../common/validation';
import { delegationError, RoleFields } from '../invitations/role-fields';
import { MembersTable } from './members-table';

export const MembersPage = () => {
  const { t } = useTranslation();
  const selection = useSelectedProcess();
  const processId = selection.processId;
  const members = useApiQuery(processId ? `members:${processId}` : null, (signal) =>
    api.processes.members(processId ?? '', signal),
  );

  return (
    <>
      <PageHeader title={t('members.title')} description={t('members.description')} />
      <Stack gap="lg">
        <ProcessPicker selection={selection} />
        {!selection.loading && !processId && <EmptyState title={t('common.noProcess')} align="left" />}
        {processId && (
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <ErrorAlert error={members.error} />
              {members.loading && !members.data && <SectionLoader />}
              {members.data && <MembersTable members={members.data.items} />}
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <AddMemberForm key={processId} processId={processId} onAdded={members.reload} />
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </>
  );
};

const AddMemberForm = ({ processId, onAdded }: { processId: string; onAdded: () => void }) => {
  const { t } = useTranslation();
  // Only administrators may list every account; others add a known user by id or send an invitation.
  const me = useMe();
  const users = useApiQuery(isAdmin(me) ? 'users' : null, (signal) => api.users.list(signal));
  const delegations = useApiQuery('delegations', (signal) => api.delegations.list(signal));
  const canPickUser = users.data !== undefined;
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<ProcessRole>('delegate');
  const [delegationId, setDelegationId] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = validate(addMemberRequestSchema, { userId: userId ?? '', role, delegationId }, t);
    const missingDelegation = delegationError(role, delegationId, t('validation.delegationRequired'));
    if (!checked.ok || Object.keys(missingDelegation).length > 0) {
      return setFieldErrors({ ...(checked.ok ? {} : checked.errors), ...missingDelegation });
    }
    setFieldErrors({});
    setSubmitting(true);
    api.processes
      .addMember(processId, checked.data)
      .then((member) => {
        notifications.show({ color: 'teal', message: t('members.added', { name: member.userName }) });
        setUserId(null);
        onAdded();
      })
      .catch((caught: unknown) => {
        setError(caught);
        setFieldErrors(serverFieldErrors(caught));
      })
      .finally(() => setSubmitting(false));
  };

  const usersUnavailable = users.error !== undefined && !hasCode(users.error, ErrorCode.Forbidden);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="add-member-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="add-member-title">
            {t('members.addTitle')}
          </Title>
          <ErrorAlert error={error ?? delegations.error ?? (usersUnavailable ? users.error : undefined)} />
          {users.loading ? (
            <Select label={t('members.fields.user')} data={[]} disabled placeholder={t('common.loading')} />
          ) : canPickUser ? (
            <Select
              label={t('members.fields.user')}
              data={(users.data?.items ?? []).map((user) => ({
                value: user.id,
                label: `${user.name} <${user.email}>`,
              }))}
              value={userId}
              onChange={setUserId}
              searchable
              required
              error={fieldErrors['userId']}
            />
          ) : (
            <TextInput
              label={t('members.fields.userId')}
              description={
                <>
                  {t('members.fields.userIdHint')}{' '}
                  <Link to={`/invitations?process=${processId}`}>{t('nav.invitations')}</Link>
                </>
              }
              required
              value={userId ?? ''}
              onChange={(event) => setUserId(event.currentTarget.value.trim() || null)}
              error={fieldErrors['userId']}
            />
          )}
          <RoleFields
            role={role}
            onRoleChange={setRole}
            delegationId={delegationId}
            onDelegationChange={setDelegationId}
            delegations={delegations.data?.items ?? []}
            errors={fieldErrors}
          />
          <Button type="submit" loading={submitting}>
            {t('members.add')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
};
