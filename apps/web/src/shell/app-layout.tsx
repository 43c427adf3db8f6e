import { AppShell, Box, Burger, Button, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageOutlet } from '../app/page-outlet';
import { useAuth, useMe } from '../auth/auth-context';
import { activeSection, navigationFor } from '../auth/navigation';
import { useUnsavedChanges } from '../common/leave-guards';
import { LEAVES_KNOWINGLY } from '../common/leaving-page';
import { SectionLoader } from '../common/loading';
import { UnsavedChangesDialog } from '../common/unsaved-changes-dialog';
import { NotificationBell } from '../notifications/notification-bell';
import { LanguageSwitcher } from './language-switcher';
import { useRoleLabel } from './role-label';
import { SocketIndicator } from './socket-indicator';

/** The navigation column's width on wide screens; toasts fit inside it (app.tsx). */
export const NAVBAR_WIDTH = 248;

/** The signed-in frame: header with who and how connected, navigation by role, the page. */
export const AppLayout = () => {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [signingOut, setSigningOut] = useState(false);
  const unsavedChanges = useUnsavedChanges();
  const [askingToSignOut, setAskingToSignOut] = useState(false);
  const roleLabel = useRoleLabel(me);
  const items = navigationFor(me);
  const section = activeSection(items, pathname);

  const signOut = () => {
    setAskingToSignOut(false);
    setSigningOut(true);
    logout()
      .catch(() => undefined) // the local session is gone either way
      .finally(() => {
        setSigningOut(false);
        // Unsaved changes were asked about already: the page's own guard must not ask again.
        void navigate('/login', { replace: true, state: LEAVES_KNOWINGLY });
      });
  };
  // Signing out drops the page with the session: a page holding unsaved changes asks first, as a link would.
  const requestSignOut = () => (unsavedChanges() ? setAskingToSignOut(true) : signOut());

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: NAVBAR_WIDTH, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm" className="header-line">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
            />
            <Title order={1} size="h3" className="brand">
              <Link to="/" className="brand-link">
                Concordia
              </Link>
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap" miw={0}>
            <SocketIndicator />
            <NotificationBell />
            <Box visibleFrom="sm">
              <LanguageSwitcher />
            </Box>
            <Stack gap={0} align="flex-end" visibleFrom="sm" className="user-block">
              {/* One line each, however long the name: the full text stays in the title (and for
                  screen readers, in the page), and in the navigation menu on narrow screens. */}
              <Text fw={600} size="sm" truncate="end" title={me.user.name} data-testid="user-name">
                {me.user.name}
              </Text>
              <Text size="xs" c="dimmed" truncate="end" title={roleLabel} data-testid="user-role">
                {roleLabel}
              </Text>
            </Stack>
            <Button
              variant="default"
              size="xs"
              onClick={requestSignOut}
              loading={signingOut}
              data-testid="sign-out"
              visibleFrom="sm"
            >
              {t('shell.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
        <AppShell.Section hiddenFrom="sm" mb="sm" className="user-menu-block">
          <Text fw={600} size="sm">
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {roleLabel}
          </Text>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <nav>
            {items.map((item) => (
              <NavLink
                key={item.slug}
                component={Link}
                to={item.path}
                label={t(`nav.${item.slug}`)}
                active={item.slug === section}
                onClick={close}
                data-testid={`nav-${item.slug}`}
                aria-current={item.slug === section ? 'page' : undefined}
              />
            ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm" pt="sm">
          <Stack gap="sm">
            <LanguageSwitcher testId="language-switcher-menu" />
            <Button variant="default" onClick={requestSignOut} loading={signingOut}>
              {t('shell.signOut')}
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <PageOutlet loader={<SectionLoader />} />
      </AppShell.Main>
      <UnsavedChangesDialog
        opened={askingToSignOut}
        onStay={() => setAskingToSignOut(false)}
        onLeave={signOut}
        leaveLabel={t('shell.signOut')}
      />
    </AppShell>
  );
};
