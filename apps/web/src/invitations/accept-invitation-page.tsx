import { acceptInvitationRequestSchema, ErrorCode, LIMITS, type Invitation } from '@concordia/contracts';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/endpoints';
import { hasCode, isApiError } from '../api/api-error';
import { useAuth } from '../auth/auth-context';
import { PublicLayout } from '../auth/public-layout';
import { ErrorAlert } from '../common/error-alert';
import { Facts } from '../common/facts';
import { useFormatters } from '../common/format';
import { CenteredLoader } from '../common/loading';
import { SubmitForm } from '../common/submit-form';
import { useApiQuery } from '../common/use-api-query';
import { useFormSubmit } from '../common/use-form-submit';
import { validate } from '../common/validation';
import { currentLanguage } from '../i18n/i18n';

/** /invitations/:token — public: the invitee may not have an account yet. */
export const AcceptInvitationPage = () => {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useApiQuery(`invitation:${token}`, (signal) => api.invitations.get(token, signal));

  return (
    <PublicLayout title={t('acceptInvitation.title')} width={520}>
      {invitation.loading && <CenteredLoader py="lg" />}
      {!invitation.loading && invitation.error !== undefined && <InvitationProblem error={invitation.error} />}
      {!invitation.loading && invitation.data && <AcceptForm token={token} invitation={invitation.data} />}
    </PublicLayout>
  );
};

const InvitationProblem = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const known = (code: ErrorCode): boolean => hasCode(error, code);
  const message = known(ErrorCode.InvitationExpired)
    ? t('acceptInvitation.expired')
    : known(ErrorCode.InvitationUsed)
      ? t('acceptInvitation.used')
      : known(ErrorCode.InvitationRevoked)
        ? t('acceptInvitation.revoked')
        : known(ErrorCode.InvitationReplaced)
          ? t('acceptInvitation.replaced')
          : known(ErrorCode.InvitationNotFound) || known(ErrorCode.ValidationFailed)
            ? t('acceptInvitation.notFound')
            : null;
  return (
    <Stack>
      {message ? (
        <Alert
          color="orange"
          role="alert"
          title={t('acceptInvitation.unusable')}
          data-testid="invitation-error"
          data-code={isApiError(error) ? error.code : undefined}
        >
          {message}
        </Alert>
      ) : (
        <ErrorAlert error={error} testId="invitation-error" />
      )}
      <Button component={Link} to="/login" variant="light">
        {t('acceptInvitation.goToLogin')}
      </Button>
    </Stack>
  );
};

const AcceptForm = ({ token, invitation }: { token: string; invitation: Invitation }) => {
  const { t } = useTranslation();
  const { startSession } = useAuth();
  const navigate = useNavigate();
  const format = useFormatters();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const submission = useFormSubmit({
    check: () =>
      validate(
        acceptInvitationRequestSchema,
        // The language this page is read in becomes a new account's, so signing in keeps it.
        { name: name.trim() || undefined, password, language: currentLanguage() },
        t,
      ),
    send: (body) =>
      api.invitations.accept(token, body).then((session) => {
        startSession(session);
        void navigate(`/processes/${invitation.processId}`, { replace: true });
      }),
  });
  const { fieldErrors } = submission;

  return (
    <SubmitForm
      submission={submission}
      submitLabel={t('acceptInvitation.submit')}
      submitTestId="accept-submit"
      header={
        <>
          <Text size="sm">{t('acceptInvitation.intro')}</Text>
          <Facts
            testId="invitation-details"
            facts={[
              { label: t('acceptInvitation.process'), value: invitation.processTitle },
              { label: t('acceptInvitation.role'), value: t(`roles.process.${invitation.role}`) },
              {
                label: t('acceptInvitation.delegation'),
                value: invitation.delegationName,
                hidden: !invitation.delegationName,
              },
              { label: t('acceptInvitation.email'), value: invitation.email },
              { label: t('acceptInvitation.expires'), value: format.deadline(invitation.expiresAt) },
            ]}
          />
        </>
      }
    >
      <TextInput
        label={t('acceptInvitation.name')}
        description={t('acceptInvitation.nameHint')}
        autoComplete="name"
        maxLength={LIMITS.nameMax}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={fieldErrors['name']}
        data-testid="accept-name"
      />
      <PasswordInput
        label={t('acceptInvitation.password')}
        description={t('acceptInvitation.passwordHint', { min: LIMITS.passwordMin })}
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={fieldErrors['password']}
        data-testid="accept-password"
      />
    </SubmitForm>
  );
};
