import { addMemberRequestSchema, ErrorCode, type ProcessRole } from '@concordia/contracts';
import { Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasCode } from '../api/api-error';
import { api } from '../api/endpoints';
import { useDelegationList, useMemberList, useUserList } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { isAdmin } from '../auth/navigation';
import { useFormDrawer } from '../common/form-drawer';
import { ListWithForm } from '../common/list-with-form';
import { ProcessScoped, useSelectedProcess } from '../common/process-picker';
import { QueryView } from '../common/query-view';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate, withFieldErrors } from '../common/validation';
import { delegationError, RoleFields } from '../invitations/role-fields';
import { MemberActions } from './member-actions';
import { MembersTable } from './members-table';

export const MembersPage = () => {
  const { t } = useTranslation();
  const selection = useSelectedProcess();
  const members = useMemberList(selection.processId);
  const delegations = useDelegationList();

  return (
    <ListWithForm
      title={t('members.title')}
      description={t('members.description')}
      list={
        <ProcessScoped selection={selection}>
          {(processId) => (
            <QueryView query={members}>
              {({ items }) => (
                <MembersTable
                  members={items}
                  actions={(member) => (
                    <MemberActions
                      processId={processId}
                      member={member}
                      delegations={delegations.data?.items ?? []}
                      onChanged={members.reload}
                    />
                  )}
                />
              )}
            </QueryView>
          )}
        </ProcessScoped>
      }
      forms={
        selection.processId
          ? [
              {
                title: t('members.addTitle'),
                testId: 'member-add-open',
                form: (
                  <AddMemberForm key={selection.processId} processId={selection.processId} onAdded={members.reload} />
                ),
              },
            ]
          : []
      }
    />
  );
};

const AddMemberForm = ({ processId, onAdded }: { processId: string; onAdded: () => void }) => {
  const { t } = useTranslation();
  const drawer = useFormDrawer();
  // Only administrators may list every account; others add a colleague by the email of their account.
  const me = useMe();
  const users = useUserList(isAdmin(me));
  const delegations = useDelegationList();
  const canPickUser = users.data !== undefined;
  const [userId, setUserId] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProcessRole>('delegate');
  const [delegationId, setDelegationId] = useState<string | null>(null);
  const submission = useFormSubmit({
    check: () =>
      withFieldErrors(
        validate(
          addMemberRequestSchema,
          canPickUser ? { userId: userId ?? '', role, delegationId } : { email, role, delegationId },
          t,
        ),
        delegationError(role, delegationId, t('validation.delegationRequired')),
      ),
    send: (body) =>
      api.processes.addMember(processId, body).then((member) => {
        notifications.show({ color: 'teal', message: t('members.added', { name: member.userName }) });
        setUserId(null);
        setEmail('');
        onAdded();
        drawer?.close();
      }),
    // Beside the address typed, with the way forward: the person has no account yet.
    fieldErrorsFor: (error) =>
      hasCode(error, ErrorCode.AccountNotFound) ? { email: t(`errors.${ErrorCode.AccountNotFound}`) } : undefined,
  });
  const { fieldErrors } = submission;

  const usersUnavailable = users.error !== undefined && !hasCode(users.error, ErrorCode.Forbidden);

  return (
    <FormCard
      title={t('members.addTitle')}
      titleId="add-member-title"
      submission={submission}
      submitLabel={t('members.add')}
      submitTestId="member-submit"
      loadError={delegations.error ?? (usersUnavailable ? users.error : undefined)}
    >
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
          label={t('members.fields.email')}
          description={
            <>
              {t('members.fields.emailHint')}{' '}
              <Link to={`/invitations?process=${processId}`}>{t('nav.invitations')}</Link>
            </>
          }
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors['email']}
          data-testid="member-email"
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
    </FormCard>
  );
};
