import { DIGEST_UNSUBSCRIBE, type UnsubscribeRequest } from '@concordia/contracts';
import { Alert, Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { notificationsApi } from './notifications-api';
import { TYPE_KEYS } from './notification-text';
import { applyLanguage } from '../i18n/apply-language';
import { isDeadLink, linkLanguage, readUnsubscribeLink } from './unsubscribe-link';

const PREFERENCES = '/notifications/preferences';

/**
 * The page an email's unsubscribe link opens: it works without signing in (the link's token
 * names the user) and turns that one kind of email off, or (from the daily digest) the digest.
 */
export const UnsubscribePage = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [request] = useState<UnsubscribeRequest | null>(() => readUnsubscribeLink(params));
  const [state, setState] = useState<{ done: boolean; error: unknown }>({ done: false, error: undefined });

  // In the email's language, not the browser's: a French email's link opens a French page.
  const language = linkLanguage(params);
  useEffect(() => {
    if (language) void applyLanguage(language, { remember: false });
  }, [language]);

  useEffect(() => {
    if (!request) return;
    notificationsApi.unsubscribe(request).then(
      () => setState({ done: true, error: undefined }),
      (error: unknown) => setState({ done: false, error }),
    );
  }, [request]);

  const dead = !request || isDeadLink(state.error);
  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="lg">
        <Stack>
          <Title order={2}>{t('notifications.unsubscribe.title')}</Title>
          {dead ? (
            <DeadLink />
          ) : (
            <>
              <ErrorAlert error={state.error} />
              {!state.done && !state.error && <Text>{t('notifications.unsubscribe.working')}</Text>}
              {state.done && (
                <Text data-testid="unsubscribe-done">
                  {request.type === DIGEST_UNSUBSCRIBE
                    ? t('notifications.unsubscribe.doneDigest')
                    : t('notifications.unsubscribe.done', {
                        type: t(`notifications.types.${TYPE_KEYS[request.type]}`),
                      })}
                </Text>
              )}
              <Anchor component={Link} to={PREFERENCES}>
                {t('notifications.unsubscribe.settings')}
              </Anchor>
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
};

/** A cut, altered or outdated link: nothing to correct on it, but settings are one sign-in away. */
const DeadLink = () => {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        color="orange"
        role="alert"
        title={t('notifications.unsubscribe.invalidTitle')}
        data-testid="unsubscribe-invalid"
      >
        {t('notifications.unsubscribe.invalid')}
      </Alert>
      <Button component={Link} to={PREFERENCES} variant="light" data-testid="unsubscribe-sign-in">
        {t('notifications.unsubscribe.signIn')}
      </Button>
    </>
  );
};
