import { createUserRequestSchema, LIMITS, type Language, type User } from '@concordia/contracts';
import { Badge, Button, Group, Modal, PasswordInput, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useUserList } from '../api/list-queries';
import { DataTable } from '../common/data-table';
import { useErrorMessage } from '../common/error-alert';
import { browserTimeZone, useFormatters } from '../common/format';
import { TimeZoneSelect } from '../common/time-zone-select';
import { LanguageSelect } from '../common/language-select';
import { PageHeader } from '../common/page-header';
import { PersonName } from '../common/person-name';
import { QueryView } from '../common/query-view';
import { SubmitForm } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';
import { currentLanguage } from '../i18n/i18n';
import { IdentityFields, PlatformRolesField } from './account-fields';
import { EditUserForm } from './edit-user-form';

export const UsersPage = () => {
  const { t } = useTranslation();
  const users = useUserList();
  const [creating, { open, close }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        descriptionBelow
        actions={
          <Button onClick={open} data-testid="new-user">
            {t('users.createTitle')}
          </Button>
        }
      />
      <QueryView query={users}>{({ items }) => <UsersTable users={items} onChanged={users.reload} />}</QueryView>
      <Modal opened={creating} onClose={close} title={t('users.createTitle')} size="md">
        <CreateUserForm
          onCreated={() => {
            close();
            users.reload();
          }}
        />
      </Modal>
    </>
  );
};

const UsersTable = ({ users, onChanged }: { users: User[]; onChanged: () => void }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const [unlocking, setUnlocking] = useState<string | null>(null);

  const unlock = (user: User) => {
    setUnlocking(user.id);
    api.users
      .unlock(user.id)
      .then(() => {
        notifications.show({ color: 'teal', message: t('users.unlocked', { name: user.name }) });
        onChanged();
      })
      .catch((error: unknown) =>
        notifications.show({ color: 'red', title: t('users.unlockFailed'), message: errorMessage(error) }),
      )
      .finally(() => setUnlocking(null));
  };

  const [editing, setEditing] = useState<User | null>(null);
  const [sendingLink, setSendingLink] = useState<string | null>(null);
  const sendResetLink = (user: User) => {
    setSendingLink(user.id);
    api.users
      .sendPasswordReset(user.id)
      .then(() => notifications.show({ color: 'teal', message: t('users.resetLinkSent', { email: user.email }) }))
      .catch((error: unknown) =>
        notifications.show({ color: 'red', title: t('users.resetLinkFailed'), message: errorMessage(error) }),
      )
      .finally(() => setSendingLink(null));
  };

  return (
    <>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('users.editTitle')} size="md">
        {editing && (
          <EditUserForm
            user={editing}
            onSaved={() => {
              setEditing(null);
              onChanged();
            }}
          />
        )}
      </Modal>
      <DataTable
        minWidth={720}
        testId="users-table"
        columns={[
          t('users.columns.name'),
          t('users.columns.roles'),
          t('users.columns.language'),
          t('users.columns.created'),
          <span className="visually-hidden">{t('users.columns.actions')}</span>,
        ]}
      >
        {users.map((user) => (
          <Table.Tr key={user.id} data-testid="user-row">
            <Table.Td>
              <PersonName name={user.name} email={user.email} />
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {user.platformRoles.map((role) => (
                  <Badge key={role} variant="light" miw="max-content">
                    {t(`roles.platform.${role}`)}
                  </Badge>
                ))}
                {user.disabled && (
                  <Badge color="red" variant="light">
                    {t('users.disabled')}
                  </Badge>
                )}
                {user.lockedUntil && (
                  <Badge color="orange" variant="light" miw="max-content" data-testid="user-locked">
                    {t('users.lockedUntil', { time: format.deadline(user.lockedUntil) })}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{t(`language.names.${user.language}`)}</Table.Td>
            <Table.Td>{format.date(user.createdAt)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => setEditing(user)}
                  aria-label={t('users.editNamed', { name: user.name })}
                  data-testid="user-edit"
                >
                  {t('users.edit')}
                </Button>
                {/* Only a locked account has something to unlock. */}
                {user.lockedUntil && (
                  <Button
                    size="xs"
                    variant="subtle"
                    loading={unlocking === user.id}
                    onClick={() => unlock(user)}
                    aria-label={t('users.unlockNamed', { name: user.name })}
                    data-testid="user-unlock"
                  >
                    {t('users.unlock')}
                  </Button>
                )}
                {!user.disabled && (
                  <Button
                    size="xs"
                    variant="subtle"
                    loading={sendingLink === user.id}
                    onClick={() => sendResetLink(user)}
                    aria-label={t('users.sendResetLinkNamed', { name: user.name })}
                    data-testid="user-send-reset-link"
                  >
                    {t('users.sendResetLink')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
};

const CreateUserForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  // A new colleague most likely reads the language the admin works in; the admin may pick another.
  const [language, setLanguage] = useState<Language>(currentLanguage);
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const [platformRoles, setPlatformRoles] = useState<string[]>([]);
  const submission = useFormSubmit({
    check: () => validate(createUserRequestSchema, { email, name, password, language, timeZone, platformRoles }, t),
    send: (body) =>
      api.users.create(body).then((user) => {
        notifications.show({ color: 'teal', message: t('users.created', { name: user.name }) });
        setEmail('');
        setName('');
        setPassword('');
        setPlatformRoles([]);
        onCreated();
      }),
  });
  const { fieldErrors } = submission;

  return (
    <SubmitForm submission={submission} submitLabel={t('users.create')} submitTestId="new-user-submit">
      <IdentityFields
        email={email}
        name={name}
        onEmail={setEmail}
        onName={setName}
        errors={fieldErrors}
        testIdPrefix="new-user"
      />
      <PasswordInput
        label={t('users.fields.password')}
        description={t('users.fields.passwordHint', { min: LIMITS.passwordMin })}
        required
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={fieldErrors['password']}
        data-testid="new-user-password"
      />
      <LanguageSelect
        label={t('users.fields.language')}
        value={language}
        onChange={setLanguage}
        error={fieldErrors['language']}
        testId="new-user-language"
      />
      <TimeZoneSelect
        label={t('users.fields.timeZone')}
        value={timeZone}
        onChange={setTimeZone}
        error={fieldErrors['timeZone']}
      />
      <PlatformRolesField
        value={platformRoles}
        onChange={setPlatformRoles}
        description={t('users.fields.platformRolesHint')}
      />
    </SubmitForm>
  );
};
