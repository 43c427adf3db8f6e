import { LIMITS, type PlatformRole } from '@concordia/contracts';
import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../common/validation';

const PLATFORM_ROLES: readonly PlatformRole[] = ['admin', 'secretariat'];

interface IdentityFieldsProps {
  email: string;
  name: string;
  onEmail: (email: string) => void;
  onName: (name: string) => void;
  errors: FieldErrors;
  /** `new-user` or `edit-user`: the browser tests find the inputs by it. */
  testIdPrefix: string;
}

/** An account's address and name, as the admin creates or corrects them. */
export const IdentityFields = ({ email, name, onEmail, onName, errors, testIdPrefix }: IdentityFieldsProps) => {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('users.fields.email')}
        type="email"
        required
        autoComplete="off"
        value={email}
        onChange={(event) => onEmail(event.currentTarget.value)}
        error={errors['email']}
        data-testid={`${testIdPrefix}-email`}
      />
      <TextInput
        label={t('users.fields.name')}
        required
        maxLength={LIMITS.nameMax}
        value={name}
        onChange={(event) => onName(event.currentTarget.value)}
        error={errors['name']}
        data-testid={`${testIdPrefix}-name`}
      />
    </>
  );
};

/** The platform roles an account holds (process roles come with memberships). */
export const PlatformRolesField = ({
  value,
  onChange,
  description,
}: {
  value: string[];
  onChange: (roles: string[]) => void;
  description?: string;
}) => {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('users.fields.platformRoles')} description={description} value={value} onChange={onChange}>
      <Stack gap="xs" mt="xs">
        {PLATFORM_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.platform.${role}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
};
