import { ErrorCode, loginRequestSchema } from '@concordia/contracts';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../api/api-error';
import { FullPageLoader } from '../common/loading';
import { validate, type FieldErrors } from '../common/validation';
import { loadHomePage } from '../home/load-home-page';
import type { en } from '../i18n/locales/en';
import { useAuth } from './auth-context';
import { PublicLayout } from './public-layout';

const fromState = (state: unknown): string => {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    // Only paths inside the app: never follow a crafted absolute URL after sign-in.
    if (state.from.startsWith('/') && !state.from.startsWith('//')) return state.from;
  }
  return '/';
};

export const LoginPage = () => {
  const { t } = useTranslation();
  const { state, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const target = fromState(location.state);

  if (state.status === 'loading') return <FullPageLoader />;
  if (state.status === 'signed-in' && !submitting) return <Navigate to={target} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const checked = validate(loginRequestSchema, { email, password }, t);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    setSubmitting(true);
    // A failed fetch is left to the router, which tries again when it opens the page.
    if (target === '/') loadHomePage().catch(() => undefined);
    login(checked.data)
      .then(() => navigate(target, { replace: true }))
      .catch((caught: unknown) => setError(caught))
      .finally(() => setSubmitting(false));
  };

  return (
    <PublicLayout title={t('login.title')}>
      <form onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
        <Stack>
          {error !== null && <LoginError error={error} />}
          <TextInput
            label={t('login.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors['email']}
            data-testid="login-email"
          />
          <PasswordInput
            label={t('login.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors['password']}
            data-testid="login-password"
          />
          <Anchor component={Link} to="/password-reset" state={{ email }} size="sm" data-testid="login-forgot">
            {t('login.forgot')}
          </Anchor>
          <Button type="submit" loading={submitting} fullWidth data-testid="login-submit">
            {t('login.submit')}
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            {t('login.invitationHint')}
          </Text>
        </Stack>
      </form>
    </PublicLayout>
  );
};

/** Sign-in failures get wording that says what to do; anything else falls back to the generic message. */
const LOGIN_MESSAGES: Partial<
  Record<ErrorCode, `login.errors.${Exclude<keyof typeof en.login.errors, 'title' | 'lockedTitle'>}`>
> = {
  [ErrorCode.AuthInvalidCredentials]: 'login.errors.invalidCredentials',
  [ErrorCode.AuthAccountLocked]: 'login.errors.locked',
  [ErrorCode.AuthAccountDisabled]: 'login.errors.disabled',
  [ErrorCode.RateLimited]: 'login.errors.rateLimited',
  [ErrorCode.ValidationFailed]: 'login.errors.validation',
  [ErrorCode.ServiceUnavailable]: 'login.errors.unavailable',
};

/** One sentence per failure a person can act on; the lockout gets its own, calmer wording. */
const LoginError = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const code = isApiError(error) ? error.code : null;
  const specific = code ? LOGIN_MESSAGES[code] : undefined;
  const message = specific ? t(specific) : code ? t(`errors.${code}`) : t('errors.generic');
  return (
    <Alert
      id="login-error"
      color={code === ErrorCode.AuthAccountLocked ? 'orange' : 'red'}
      variant="light"
      role="alert"
      title={code === ErrorCode.AuthAccountLocked ? t('login.errors.lockedTitle') : t('login.errors.title')}
      data-testid="login-error"
      data-code={code ?? undefined}
    >
      {message}
      {!specific && isApiError(error) && error.requestId && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('errors.reference', { requestId: error.requestId })}
        </Text>
      )}
    </Alert>
  );
};
