import { Button, EmptyState, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { SectionLoader } from '../common/loading';
import { claimChunkReload } from './chunk-reload';
import { reloadPage } from './reload-page';

/**
 * What a reader sees instead of React Router's built-in English page when a page fails to render:
 * plain words in their language and two ways on. The error itself stays in the console (the
 * router logs it), never on screen: a stack trace helps no delegate and may name internals. A page
 * whose code is gone after a release reloads once by itself instead (see claimChunkReload).
 */
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  const error = useRouteError();
  const { pathname, search } = useLocation();
  const [reloading] = useState(() => claimChunkReload(error, pathname + search));
  useEffect(() => {
    if (reloading) reloadPage();
  }, [reloading]);
  if (reloading) return <SectionLoader />;
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
        <Button variant="default" onClick={reloadPage}>
          {t('routeError.reload')}
        </Button>
        <Button component={Link} to="/" variant="light">
          {t('routeError.home')}
        </Button>
      </Group>
    </EmptyState>
  );
};
