import { LIMITS, type PlatformRole, updateUserRequestSchema, type User } from '@concordia/contracts';
import { Checkbox, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { SubmitForm } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';

export const PLATFORM_ROLES: readonly PlatformRole[] = ['admin', 'secretariat'];

/** An admin corrects an account, changes its platform roles, or disables it. */
export const EditUserForm = ({ user, onSaved }: { user: User; onSaved: () => void }) => {
  const { t } = useTranslation();
  const [email, setEmail] = useState(user.email);
  const [name, setName] = useState(user.name);
  const [platformRoles, setPlatformRoles] = useState<string[]>(user.platformRoles);
  const [disabled, setDisabled] = useState(user.disabled);
  const submission = useFormSubmit({
    check: () => validate(updateUserRequestSchema, { email, name, platformRoles, disabled }, t),
    send: (body) =>
      api.users.update(user.id, body).then((saved) => {
        notifications.show({ color: 'teal', message: t('users.saved', { name: saved.name }) });
        onSaved();
      }),
  });
  const { fieldErrors } = submission;

  return (
    <SubmitForm submission={submission} submitLabel={t('users.save')} submitTestId="edit-user-submit">
      <TextInput
        label={t('users.fields.email')}
        type="email"
        required
        autoComplete="off"
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        error={fieldErrors['email']}
        data-testid="edit-user-email"
      />
      <TextInput
        label={t('users.fields.name')}
        required
        maxLength={LIMITS.nameMax}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={fieldErrors['name']}
        data-testid="edit-user-name"
      />
      <Checkbox.Group label={t('users.fields.platformRoles')} value={platformRoles} onChange={setPlatformRoles}>
        <Stack gap="xs" mt="xs">
          {PLATFORM_ROLES.map((role) => (
            <Checkbox key={role} value={role} label={t(`roles.platform.${role}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Switch
        label={t('users.fields.disabled')}
        description={t('users.fields.disabledHint')}
        checked={disabled}
        onChange={(event) => setDisabled(event.currentTarget.checked)}
        color="red"
        data-testid="edit-user-disabled"
      />
    </SubmitForm>
  );
};
