import { Anchor, Card, EmptyState, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth-context';
import { isAdmin } from '../auth/navigation';
import { RoleBadge } from '../common/badges';
import { PageHeader } from '../common/page-header';
import { CurrentRound } from './current-round';

/** Where each person lands: the processes they take part in, and as what. */
export const HomePage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const platformRoles = me.user.platformRoles.map((role) => t(`roles.platform.${role}`)).join(', ');

  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: me.user.name })}
        description={platformRoles ? t('home.platformRoles', { roles: platformRoles }) : t('home.intro')}
      />
      <Title order={3} size="h4" mb="sm">
        {t('home.myProcesses')}
      </Title>
      {me.memberships.length === 0 ? (
        <EmptyState
          title={t('home.noMembership')}
          description={isAdmin(me) ? t('home.noMembershipAdmin') : t('home.noMembershipHint')}
          align="left"
        >
          <Anchor component={Link} to="/processes">
            {t('home.browseProcesses')}
          </Anchor>
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {me.memberships.map((membership) => (
            <Card
              key={`${membership.processId}:${membership.role}`}
              withBorder
              padding="lg"
              data-testid="membership-card"
            >
              <Stack gap="xs">
                <Anchor
                  component={Link}
                  to={`/processes/${membership.processId}`}
                  fw={600}
                  size="lg"
                  data-testid="process-link"
                >
                  {membership.processTitle}
                </Anchor>
                <Group gap="xs">
                  <RoleBadge role={membership.role} />
                  {membership.delegationName && (
                    <Text size="sm" c="dimmed">
                      {t('home.forDelegation', { delegation: membership.delegationName })}
                    </Text>
                  )}
                </Group>
                <CurrentRound membership={membership} userId={me.user.id} />
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
};
