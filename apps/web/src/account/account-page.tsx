import {
  changePasswordRequestSchema,
  ErrorCode,
  LIMITS,
  updateProfileRequestSchema,
  type Language,
} from '@concordia/contracts';
import { Grid, PasswordInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasCode } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth, useMe } from '../auth/auth-context';
import { LanguageSelect } from '../common/language-select';
import { PageHeader } from '../common/page-header';
import { TimeZoneSelect } from '../common/time-zone-select';
import { FormCard } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate, withFieldErrors } from '../common/validation';

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
  const submission = useFormSubmit({
    check: () => validate(updateProfileRequestSchema, { name, language, timeZone }, t),
    send: (body) =>
      updateProfile(body).then(() => notifications.show({ color: 'teal', message: t('account.profileSaved') })),
  });
  const { fieldErrors } = submission;

  return (
    <FormCard
      title={t('account.profileTitle')}
      titleId="profile-title"
      submission={submission}
      submitLabel={t('account.saveProfile')}
    >
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
      <LanguageSelect
        label={t('account.language')}
        value={language}
        onChange={setLanguage}
        error={fieldErrors['language']}
      />
      <TimeZoneSelect
        label={t('account.timeZone')}
        description={t('account.timeZoneHint')}
        value={timeZone}
        onChange={setTimeZone}
        error={fieldErrors['timeZone']}
        data-testid="timezone-select"
      />
    </FormCard>
  );
};

const PasswordForm = () => {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const submission = useFormSubmit({
    check: () =>
      withFieldErrors(
        validate(changePasswordRequestSchema, { currentPassword, newPassword }, t),
        newPassword !== confirmation ? { confirmation: t('account.passwordMismatch') } : {},
      ),
    send: (body) =>
      api.auth.changePassword(body).then(() => {
        notifications.show({ color: 'teal', message: t('account.passwordChanged') });
        setCurrentPassword('');
        setNewPassword('');
        setConfirmation('');
      }),
    // A mistyped current password is that field's problem, not a failure of the form.
    fieldErrorsFor: (caught) =>
      hasCode(caught, ErrorCode.AuthWrongPassword) ? { currentPassword: t('errors.AUTH_WRONG_PASSWORD') } : undefined,
  });
  const { fieldErrors } = submission;

  return (
    <FormCard
      title={t('account.passwordTitle')}
      titleId="password-title"
      submission={submission}
      submitLabel={t('account.changePassword')}
    >
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
        description={t('account.passwordHint', { min: LIMITS.passwordMin })}
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
    </FormCard>
  );
};
