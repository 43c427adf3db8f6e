import { type Delegation, type Membership, type ProcessRole, updateMemberRequestSchema } from '@concordia/contracts';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ConfirmDialog } from '../common/confirm-dialog';
import { ErrorAlert, useErrorMessage } from '../common/error-alert';
import { useFormSubmit } from '../common/use-form-submit';
import { validate, withFieldErrors } from '../common/validation';
import { delegationError, RoleFields } from '../invitations/role-fields';

interface MemberActionsProps {
  processId: string;
  member: Membership;
  delegations: Delegation[];
  onChanged: () => void;
}

/** What the secretariat may do to one membership: change its role or delegation, or end it. */
export const MemberActions = ({ processId, member, delegations, onChanged }: MemberActionsProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = () =>
    api.processes
      .removeMember(processId, member.id)
      .then(() => {
        notifications.show({ color: 'teal', message: t('members.removed', { name: member.userName }) });
        onChanged();
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('members.notChanged'), message: errorMessage(caught) }),
      );
  return (
    // Stacked: the column stays narrow enough for the table to fit beside the form.
    <Stack gap={4} align="flex-start">
      <Button size="compact-sm" variant="light" onClick={() => setEditing(true)} data-testid="member-edit">
        {t('members.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => setRemoving(true)}
        data-testid="member-remove"
      >
        {t('members.remove')}
      </Button>
      {editing && (
        <EditMemberDialog
          processId={processId}
          member={member}
          delegations={delegations}
          onClose={() => setEditing(false)}
          onSaved={onChanged}
        />
      )}
      <ConfirmDialog
        opened={removing}
        title={t('members.removeTitle', { name: member.userName })}
        body={t('members.removeBody', { name: member.userName })}
        confirmLabel={t('members.removeConfirm')}
        keepLabel={t('members.keep')}
        onConfirm={() => void remove()}
        onClose={() => setRemoving(false)}
        testId="member-remove-dialog"
      />
    </Stack>
  );
};

interface EditMemberDialogProps {
  processId: string;
  member: Membership;
  delegations: Delegation[];
  onClose: () => void;
  onSaved: () => void;
}

const EditMemberDialog = ({ processId, member, delegations, onClose, onSaved }: EditMemberDialogProps) => {
  const { t } = useTranslation();
  const [role, setRole] = useState<ProcessRole>(member.role);
  const [delegationId, setDelegationId] = useState<string | null>(member.delegationId);
  const submission = useFormSubmit({
    check: () =>
      withFieldErrors(
        validate(updateMemberRequestSchema, { role, delegationId }, t),
        delegationError(role, delegationId, t('validation.delegationRequired')),
      ),
    send: (body) =>
      api.processes.updateMember(processId, member.id, body).then((updated) => {
        notifications.show({
          color: 'teal',
          message: t('members.changed', { name: updated.userName, role: t(`roles.process.${updated.role}`) }),
        });
        onClose();
        onSaved();
      }),
  });
  return (
    <Modal opened onClose={onClose} title={t('members.editTitle', { name: member.userName })} centered>
      <form onSubmit={submission.onSubmit} noValidate data-testid="member-edit-form">
        <Stack>
          <RoleFields
            role={role}
            onRoleChange={setRole}
            delegationId={delegationId}
            onDelegationChange={setDelegationId}
            delegations={delegations}
            errors={submission.fieldErrors}
          />
          <ErrorAlert error={submission.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('members.cancel')}
            </Button>
            <Button type="submit" loading={submission.submitting} data-testid="member-edit-save">
              {t('members.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
