import { ErrorCode, LIMITS, resetPasswordRequestSchema } from '@concordia/contracts';
import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { hasCode } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { PublicLayout } from '../auth/public-layout';
import { SubmitForm } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';

/** /password-reset/:token — the emailed link: choose a new password, then the person is signed in. */
export const ResetPasswordPage = () => {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { startSession } = useAuth();
  const navigate = useNavigate();
  const [newPassword, setNewPassword] = useState('');
  const [unusable, setUnusable] = useState(false);
  const submission = useFormSubmit({
    check: () => validate(resetPasswordRequestSchema, { token, newPassword }, t),
    send: (body) =>
      api.auth
        .resetPassword(body)
        .then((session) => {
          startSession(session);
          notifications.show({ color: 'teal', message: t('passwordReset.done') });
          void navigate('/', { replace: true });
        })
        .catch((error: unknown) => {
          // A link that cannot work gets its own explanation and a way to a new one, not a form to retry.
          if (hasCode(error, ErrorCode.PasswordResetInvalid)) setUnusable(true);
          else throw error;
        }),
  });

  return (
    <PublicLayout title={t('passwordReset.title')}>
      {unusable || token.length < 32 ? (
        <Stack>
          <Alert color="orange" role="alert" title={t('passwordReset.invalidTitle')} data-testid="reset-invalid">
            {t('passwordReset.invalid')}
          </Alert>
          <Button component={Link} to="/password-reset" variant="light">
            {t('passwordReset.askAgain')}
          </Button>
        </Stack>
      ) : (
        <SubmitForm
          submission={submission}
          submitLabel={t('passwordReset.submit')}
          submitTestId="reset-submit"
          header={<Text size="sm">{t('passwordReset.intro')}</Text>}
        >
          <PasswordInput
            label={t('passwordReset.password')}
            description={t('passwordReset.passwordHint', { min: LIMITS.passwordMin })}
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={submission.fieldErrors['newPassword']}
            data-testid="reset-password"
          />
        </SubmitForm>
      )}
    </PublicLayout>
  );
};
