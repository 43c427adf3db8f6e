import type { MembershipSummary } from '@concordia/contracts';
import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMemberList } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { delegationMemberships } from '../auth/navigation';
import { PageHeader } from '../common/page-header';
import { ProcessSectionHeading } from '../common/process-section-heading';
import { QueryView } from '../common/query-view';
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
  const members = useMemberList(membership.processId);
  const colleagues = (members.data?.items ?? []).filter((m) => m.delegationId === membership.delegationId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`delegation-${membership.processId}`}>
      <ProcessSectionHeading
        titleId={`delegation-${membership.processId}`}
        title={t('myDelegation.heading', {
          delegation: membership.delegationName ?? '',
          process: membership.processTitle,
        })}
        processId={membership.processId}
        linkLabel={t('myDelegation.openProcess')}
      />
      <QueryView query={members}>{() => <MembersTable members={colleagues} showDelegation={false} />}</QueryView>
    </Card>
  );
};
