import {
  createInvitationRequestSchema,
  INVITATION_TTL_HOURS_MAX,
  type CreatedInvitation,
  type ProcessRole,
} from '@concordia/contracts';
import { NumberInput, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useDelegationList, useInvitationList } from '../api/list-queries';
import { ListWithForm } from '../common/list-with-form';
import { ProcessScoped, useSelectedProcess } from '../common/process-picker';
import { QueryView } from '../common/query-view';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate, withFieldErrors } from '../common/validation';
import { InvitationLinkNotice } from './invitation-link';
import { InvitationSheetForm } from './invitation-sheet-form';
import { InvitationsTable } from './invitations-table';
import { delegationError, RoleFields } from './role-fields';

export const InvitationsPage = () => {
  const { t } = useTranslation();
  const selection = useSelectedProcess();
  const { processId } = selection;
  const invitations = useInvitationList(processId);

  return (
    // Neither drawer closes once sent: the one shows the new link, shown this once; the other what
    // became of each row.
    <ListWithForm
      title={t('invitations.title')}
      description={t('invitations.description')}
      list={
        <ProcessScoped selection={selection}>
          {() => (
            <>
              <Title order={3} size="h4" mb="sm">
                {t('invitations.listTitle')}
              </Title>
              <QueryView query={invitations}>
                {({ items }) => <InvitationsTable invitations={items} onChanged={invitations.reload} />}
              </QueryView>
            </>
          )}
        </ProcessScoped>
      }
      forms={
        processId
          ? [
              {
                title: t('invitations.createTitle'),
                testId: 'invitation-create-open',
                form: <CreateInvitationForm key={processId} processId={processId} onCreated={invitations.reload} />,
              },
              {
                title: t('invitations.sheet.title'),
                testId: 'invitation-sheet-open',
                form: (
                  <InvitationSheetForm
                    key={`sheet-${processId}`}
                    processId={processId}
                    onInvited={invitations.reload}
                  />
                ),
              },
            ]
          : []
      }
    />
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
          <InvitationLinkNotice invitation={created} title={t('invitations.createdTitle', { email: created.email })} />
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
