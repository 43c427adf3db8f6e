import { PASSWORD_RESET_MINUTES, passwordResetRequestSchema } from '@concordia/contracts';
import { Alert, Anchor, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../api/endpoints';
import { PublicLayout } from '../auth/public-layout';
import { SubmitForm } from '../common/submit-form';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';

/** The address typed on the sign-in page, carried over so it need not be typed twice. */
const emailFromState = (state: unknown): string =>
  typeof state === 'object' && state !== null && 'email' in state && typeof state.email === 'string' ? state.email : '';

/** /password-reset — "Forgot your password?": asks for the address and says a link is on its way. */
export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const [email, setEmail] = useState(() => emailFromState(location.state));
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submission = useFormSubmit({
    check: () => validate(passwordResetRequestSchema, { email }, t),
    send: (body) => api.auth.requestPasswordReset(body).then(() => setSentTo(body.email)),
  });

  return (
    <PublicLayout title={t('passwordReset.askTitle')}>
      {sentTo !== null ? (
        <Stack>
          <Alert
            color="teal"
            variant="light"
            role="status"
            title={t('passwordReset.sentTitle')}
            data-testid="reset-sent"
          >
            {t('passwordReset.sent', { email: sentTo, minutes: PASSWORD_RESET_MINUTES })}
          </Alert>
          <Anchor component={Link} to="/login" size="sm">
            {t('passwordReset.backToLogin')}
          </Anchor>
        </Stack>
      ) : (
        <SubmitForm
          submission={submission}
          submitLabel={t('passwordReset.send')}
          submitTestId="reset-ask-submit"
          header={<Text size="sm">{t('passwordReset.askIntro')}</Text>}
        >
          <TextInput
            label={t('login.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={submission.fieldErrors['email']}
            data-testid="reset-email"
          />
          <Anchor component={Link} to="/login" size="sm">
            {t('passwordReset.backToLogin')}
          </Anchor>
        </SubmitForm>
      )}
    </PublicLayout>
  );
};
