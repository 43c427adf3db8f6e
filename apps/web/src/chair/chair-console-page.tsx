import type { MembershipSummary, Round } from '@concordia/contracts';
import { Anchor, Badge, Card, EmptyState, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRoundList } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { membershipsWithRole } from '../auth/navigation';
import { RoundStatusBadge } from '../common/badges';
import { Facts } from '../common/facts';
import { useFormatters } from '../common/format';
import { PageHeader } from '../common/page-header';
import { ProcessSectionHeading } from '../common/process-section-heading';
import { QueryView } from '../common/query-view';
import { ConsoleLink } from './console-link';

/** The rounds this user chairs, across every process where they hold the chair. */
export const ChairConsolePage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const chairships = membershipsWithRole(me, 'chair');
  return (
    <>
      <PageHeader title={t('chair.title')} description={t('chair.description')} />
      <Stack gap="xl">
        {chairships.map((membership) => (
          <ChairedProcess key={membership.processId} membership={membership} userId={me.user.id} />
        ))}
      </Stack>
    </>
  );
};

const ChairedProcess = ({ membership, userId }: { membership: MembershipSummary; userId: string }) => {
  const { t } = useTranslation();
  const rounds = useRoundList(membership.processId);
  const mine = (rounds.data?.items ?? []).filter((round) => round.chairUserId === userId);
  return (
    <section aria-labelledby={`chair-${membership.processId}`}>
      <ProcessSectionHeading
        titleId={`chair-${membership.processId}`}
        title={membership.processTitle}
        processId={membership.processId}
        linkLabel={t('chair.openProcess')}
      />
      <QueryView query={rounds}>
        {() =>
          mine.length === 0 && (
            <EmptyState title={t('chair.noRounds')} description={t('chair.noRoundsHint')} align="left" size="sm" />
          )
        }
      </QueryView>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {mine.map((round) => (
          <ChairedRound key={round.id} round={round} />
        ))}
      </SimpleGrid>
    </section>
  );
};

const ChairedRound = ({ round }: { round: Round }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card withBorder padding="lg" data-testid="chaired-round">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Anchor component={Link} to={`/processes/${round.processId}/rounds/${round.id}`} fw={700}>
          {round.name}
        </Anchor>
        <RoundStatusBadge status={round.status} />
      </Group>
      <Group mb="sm">
        <ConsoleLink processId={round.processId} roundId={round.id} />
      </Group>
      <Facts
        facts={[
          { label: t('chair.opens'), value: format.deadline(round.opensAt) },
          { label: t('chair.closes'), value: format.deadline(round.closesAt) },
          { label: t('chair.roundTimeZone'), value: format.zoneName(round.timeZone) },
          { label: t('rounds.columns.confidentiality'), value: t(`rounds.confidentiality.${round.confidentiality}`) },
          {
            label: t('chair.delegations'),
            value: <Badge variant="light">{round.delegationIds.length}</Badge>,
          },
        ]}
      />
    </Card>
  );
};
