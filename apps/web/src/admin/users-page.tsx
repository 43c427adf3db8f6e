import {
  createUserRequestSchema,
  LANGUAGES,
  LIMITS,
  type Language,
  type PlatformRole,
  type User,
} from '@concordia/contracts';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ErrorAlert, useErrorMessage } from '../common/error-alert';
import { browserTimeZone, timeZones, useFormatters } from '../common/format';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { useApiQuery } from '../common/use-api-query';
import { serverFieldErrors, validate, type FieldErrors } from '../common/validation';

const PLATFORM_ROLES: readonly PlatformRole[] = ['admin', 'secretariat'];

export const UsersPage = () => {
  const { t } = useTranslation();
  const users = useApiQuery('users', (signal) => api.users.list(signal));
  const [creating, { open, close }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Button onClick={open} data-testid="new-user">
            {t('users.createTitle')}
          </Button>
        }
      />
      <ErrorAlert error={users.error} />
      {users.loading && !users.data && <SectionLoader />}
      {users.data && <UsersTable users={users.data.items} />}
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

const UsersTable = ({ users }: { users: User[] }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const [unlocking, setUnlocking] = useState<string | null>(null);

  const unlock = (user: User) => {
    setUnlocking(user.id);
    api.users
      .unlock(user.id)
      .then(() => notifications.show({ color: 'teal', message: t('users.unlocked', { name: user.name }) }))
      .catch((error: unknown) =>
        notifications.show({ color: 'red', title: t('users.unlockFailed'), message: errorMessage(error) }),
      )
      .finally(() => setUnlocking(null));
  };

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" striped data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.name')}</Table.Th>
            <Table.Th>{t('users.columns.roles')}</Table.Th>
            <Table.Th>{t('users.columns.language')}</Table.Th>
            <Table.Th>{t('users.columns.created')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('users.columns.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row">
              <Table.Td>
                <Text fw={600} size="sm">
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {user.email}
                </Text>
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
                </Group>
              </Table.Td>
              <Table.Td>{t(`language.names.${user.language}`)}</Table.Td>
              <Table.Td>{format.date(user.createdAt)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  loading={unlocking === user.id}
                  onClick={() => unlock(user)}
                  aria-label={t('users.unlockNamed', { name: user.name })}
                >
                  {t('users.unlock')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

const CreateUserForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Language>('en');
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const [platformRoles, setPlatformRoles] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [submitting, setSubmitting] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = validate(createUserRequestSchema, { email, name, password, language, timeZone, platformRoles }, t);
    if (!checked.ok) return setFieldErrors(checked.errors);
    setFieldErrors({});
    setSubmitting(true);
    api.users
      .create(checked.data)
      .then((user) => {
        notifications.show({ color: 'teal', message: t('users.created', { name: user.name }) });
        setEmail('');
        setName('');
        setPassword('');
        setPlatformRoles([]);
        onCreated();
      })
      .catch((caught: unknown) => {
        setError(caught);
        setFieldErrors(serverFieldErrors(caught));
      })
      .finally(() => setSubmitting(false));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={error} />
        <TextInput
          label={t('users.fields.email')}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors['email']}
        />
        <TextInput
          label={t('users.fields.name')}
          required
          maxLength={LIMITS.nameMax}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldErrors['name']}
        />
        <PasswordInput
          label={t('users.fields.password')}
          description={t('users.fields.passwordHint', { min: String(LIMITS.passwordMin) })}
          required
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors['password']}
        />
        <Select<Language>
          label={t('users.fields.language')}
          data={LANGUAGES.map((value) => ({ value, label: t(`language.names.${value}`) }))}
          value={language}
          onChange={(value) => value && setLanguage(value)}
          allowDeselect={false}
          error={fieldErrors['language']}
        />
        <Select
          label={t('users.fields.timeZone')}
          data={timeZones()}
          searchable
          value={timeZone}
          onChange={(value) => value && setTimeZone(value)}
          allowDeselect={false}
          error={fieldErrors['timeZone']}
        />
        <Checkbox.Group
          label={t('users.fields.platformRoles')}
          description={t('users.fields.platformRolesHint')}
          value={platformRoles}
          onChange={setPlatformRoles}
        >
          <Stack gap="xs" mt="xs">
            {PLATFORM_ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.platform.${role}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button type="submit" loading={submitting}>
          {t('users.create')}
        </Button>
      </Stack>
    </form>
  );
};
