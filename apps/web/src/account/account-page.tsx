import {
  changePasswordRequestSchema,
  ErrorCode,
  LANGUAGES,
  LIMITS,
  updateProfileRequestSchema,
  type Language,
} from '@concordia/contracts';
import { Button, Card, Grid, PasswordInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasCode } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth, useMe } from '../auth/auth-context';
import { ErrorAlert } from '../common/error-alert';
import { timeZones } from '../common/format';
import { PageHeader } from '../common/page-header';
import { serverFieldErrors, validate, type FieldErrors } from '../common/validation';

export const AccountPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ProfileForm />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <PasswordForm />
        </Grid.Col>
      </Grid>
    </>
  );
};

const ProfileForm = () => {
  const { t } = useTranslation();
  const me = useMe();
  const { updateProfile } = useAuth();
  const [name, setName] = useState(me.user.name);
  const [language, setLanguage] = useState<Language>(me.user.language);
  const [timeZone, setTimeZone] = useState(me.user.timeZone);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const zones = timeZones();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = validate(updateProfileRequestSchema, { name, language, timeZone }, t);
    if (!checked.ok) return setFieldErrors(checked.errors);
    setFieldErrors({});
    setSaving(true);
    updateProfile(checked.data)
      .then(() => notifications.show({ color: 'teal', message: t('account.profileSaved') }))
      .catch((caught: unknown) => {
        setError(caught);
        setFieldErrors(serverFieldErrors(caught));
      })
      .finally(() => setSaving(false));
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="profile-title">
            {t('account.profileTitle')}
          </Title>
          <ErrorAlert error={error} />
          <TextInput label={t('account.email')} value={me.user.email} readOnly variant="filled" />
          <TextInput
            label={t('account.name')}
            required
            maxLength={LIMITS.nameMax}
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldErrors['name']}
          />
          <Select<Language>
            label={t('account.language')}
            data={LANGUAGES.map((value) => ({ value, label: t(`language.names.${value}`) }))}
            value={language}
            onChange={(value) => value && setLanguage(value)}
            allowDeselect={false}
            error={fieldErrors['language']}
          />
          <Select
            label={t('account.timeZone')}
            description={t('account.timeZoneHint')}
            data={zones.includes(timeZone) ? zones : [timeZone, ...zones]}
            searchable
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            allowDeselect={false}
            error={fieldErrors['timeZone']}
            data-testid="timezone-select"
          />
          <Button type="submit" loading={saving}>
            {t('account.saveProfile')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
};

const PasswordForm = () => {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = validate(changePasswordRequestSchema, { currentPassword, newPassword }, t);
    const mismatch = newPassword !== confirmation ? { confirmation: t('account.passwordMismatch') } : {};
    if (!checked.ok || Object.keys(mismatch).length > 0) {
      return setFieldErrors({ ...(checked.ok ? {} : checked.errors), ...mismatch });
    }
    setFieldErrors({});
    setSaving(true);
    api.auth
      .changePassword(checked.data)
      .then(() => {
        notifications.show({ color: 'teal', message: t('account.passwordChanged') });
        setCurrentPassword('');
        setNewPassword('');
        setConfirmation('');
      })
      .catch((caught: unknown) => {
        if (hasCode(caught, ErrorCode.AuthWrongPassword)) {
          setFieldErrors({ currentPassword: t('errors.AUTH_WRONG_PASSWORD') });
        } else {
          setError(caught);
          setFieldErrors(serverFieldErrors(caught));
        }
      })
      .finally(() => setSaving(false));
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="password-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="password-title">
            {t('account.passwordTitle')}
          </Title>
          <ErrorAlert error={error} />
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={fieldErrors['currentPassword']}
          />
          <PasswordInput
            label={t('account.newPassword')}
            description={t('account.passwordHint', { min: String(LIMITS.passwordMin) })}
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={fieldErrors['newPassword']}
          />
          <PasswordInput
            label={t('account.confirmPassword')}
            autoComplete="new-password"
            required
            value={confirmation}
            onChange={(event) => setConfirmation(event.currentTarget.value)}
            error={fieldErrors['confirmation']}
          />
          <Button type="submit" loading={saving}>
            {t('account.changePassword')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
};
