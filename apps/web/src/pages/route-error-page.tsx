import { Button, EmptyState, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/**
 * What a reader sees instead of React Router's built-in English page when a page fails to render:
 * plain words in their language and two ways on. The error itself stays in the console (the
 * router logs it), never on screen: a stack trace helps no delegate and may name internals.
 */
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  return (
    <EmptyState
      title={missing ? t('notFound.title') : t('routeError.title')}
      description={missing ? t('notFound.description') : t('routeError.description')}
      mt="xl"
      role="alert"
      data-testid="route-error"
    >
      <Group justify="center">
        {/* A full reload: whatever state broke the page is dropped with it. */}
        <Button variant="default" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
        <Button component={Link} to="/" variant="light">
          {t('routeError.home')}
        </Button>
      </Group>
    </EmptyState>
  );
};
