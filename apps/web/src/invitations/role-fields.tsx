import { processRoleSchema, roleNeedsDelegation, type Delegation, type ProcessRole } from '@concordia/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../common/validation';

interface RoleFieldsProps {
  role: ProcessRole;
  onRoleChange: (role: ProcessRole) => void;
  delegationId: string | null;
  onDelegationChange: (id: string | null) => void;
  delegations: Delegation[];
  errors: FieldErrors;
}

/** Role and delegation go together: delegation roles must name one, the others must not. */
export const RoleFields = ({
  role,
  onRoleChange,
  delegationId,
  onDelegationChange,
  delegations,
  errors,
}: RoleFieldsProps) => {
  const { t } = useTranslation();
  const needsDelegation = roleNeedsDelegation(role);
  return (
    <>
      <Select<ProcessRole>
        label={t('invitations.fields.role')}
        data={processRoleSchema.options.map((value) => ({ value, label: t(`roles.process.${value}`) }))}
        value={role}
        onChange={(value) => {
          if (!value) return;
          onRoleChange(value);
          if (!roleNeedsDelegation(value)) onDelegationChange(null);
        }}
        allowDeselect={false}
        error={errors['role']}
        data-testid="role-select"
      />
      <Select
        label={t('invitations.fields.delegation')}
        description={
          needsDelegation ? t('invitations.fields.delegationRequired') : t('invitations.fields.delegationNone')
        }
        data={delegations.map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }))}
        value={needsDelegation ? delegationId : null}
        onChange={onDelegationChange}
        disabled={!needsDelegation}
        required={needsDelegation}
        searchable
        clearable
        error={errors['delegationId']}
        data-testid="delegation-select"
      />
    </>
  );
};

/** Client-side twin of the server's rule, with a message in the user's language. */
export const delegationError = (role: ProcessRole, delegationId: string | null, message: string): FieldErrors =>
  roleNeedsDelegation(role) && !delegationId ? { delegationId: message } : {};
