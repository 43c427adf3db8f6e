import type { MembershipSummary } from '@concordia/contracts';
import { Anchor, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/endpoints';
import { useMe } from '../auth/auth-context';
import { delegationMemberships } from '../auth/navigation';
import { ErrorAlert } from '../common/error-alert';
import { SectionLoader } from '../common/loading';
import { PageHeader } from '../common/page-header';
import { useApiQuery } from '../common/use-api-query';
import { MembersTable } from '../members/members-table';

/** Who else speaks for my delegation, in each process where I represent it. */
export const MyDelegationPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('myDelegation.title')} description={t('myDelegation.description')} />
      <Stack gap="xl">
        {delegationMemberships(me).map((membership) => (
          <DelegationInProcess key={`${membership.processId}:${membership.delegationId}`} membership={membership} />
        ))}
      </Stack>
    </>
  );
};

const DelegationInProcess = ({ membership }: { membership: MembershipSummary }) => {
  const { t } = useTranslation();
  const members = useApiQuery(`members:${membership.processId}`, (signal) =>
    api.processes.members(membership.processId, signal),
  );
  const colleagues = (members.data?.items ?? []).filter((m) => m.delegationId === membership.delegationId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`delegation-${membership.processId}`}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id={`delegation-${membership.processId}`}>
          {t('myDelegation.heading', {
            delegation: membership.delegationName ?? '',
            process: membership.processTitle,
          })}
        </Title>
        <Anchor component={Link} to={`/processes/${membership.processId}`} size="sm">
          {t('myDelegation.openProcess')}
        </Anchor>
      </Group>
      <ErrorAlert error={members.error} />
      {members.loading && !members.data && <SectionLoader />}
      {members.data && <MembersTable members={colleagues} showDelegation={false} />}
    </Card>
  );
};
