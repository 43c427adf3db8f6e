import type { Membership } from '@concordia/contracts';
import { EmptyState, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../common/badges';
import { DataTable } from '../common/data-table';
import { PersonName } from '../common/person-name';

export const MembersTable = ({
  members,
  showDelegation = true,
  actions,
}: {
  members: Membership[];
  showDelegation?: boolean;
  /** What the reader may do to each member (the secretariat's page): a last column. */
  actions?: (member: Membership) => ReactNode;
}) => {
  const { t } = useTranslation();
  if (members.length === 0) return <EmptyState title={t('members.empty')} align="left" size="sm" />;
  return (
    <DataTable
      minWidth={520}
      testId="members-table"
      columns={[
        t('members.columns.name'),
        t('members.columns.role'),
        ...(showDelegation ? [t('members.columns.delegation')] : []),
        ...(actions ? [t('members.columns.actions')] : []),
      ]}
    >
      {members.map((member) => (
        <Table.Tr key={member.id} data-testid="member-row" data-email={member.userEmail}>
          <Table.Td>
            <PersonName name={member.userName} email={member.userEmail} />
          </Table.Td>
          <Table.Td>
            <RoleBadge role={member.role} />
          </Table.Td>
          {showDelegation && <Table.Td data-testid="member-delegation">{member.delegationName ?? '—'}</Table.Td>}
          {actions && <Table.Td>{actions(member)}</Table.Td>}
        </Table.Tr>
      ))}
    </DataTable>
  );
};
