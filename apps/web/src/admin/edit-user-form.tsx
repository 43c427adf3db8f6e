import { updateUserRequestSchema, type User } from '@concordia/contracts';
import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { SubmitForm } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';
import { IdentityFields, PlatformRolesField } from './account-fields';

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
      <IdentityFields
        email={email}
        name={name}
        onEmail={setEmail}
        onName={setName}
        errors={fieldErrors}
        testIdPrefix="edit-user"
      />
      <PlatformRolesField value={platformRoles} onChange={setPlatformRoles} />
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
