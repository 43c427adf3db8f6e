import type { Membership } from '@concordia/contracts';
import { EmptyState, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../common/badges';
import { DataTable } from '../common/data-table';
import { PersonName } from '../common/person-name';

export const MembersTable = ({
  members,
  showDelegation = true,
}: {
  members: Membership[];
  showDelegation?: boolean;
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
      ]}
    >
      {members.map((member) => (
        <Table.Tr key={member.id} data-testid="member-row">
          <Table.Td>
            <PersonName name={member.userName} email={member.userEmail} />
          </Table.Td>
          <Table.Td>
            <RoleBadge role={member.role} />
          </Table.Td>
          {showDelegation && <Table.Td>{member.delegationName ?? '—'}</Table.Td>}
        </Table.Tr>
      ))}
    </DataTable>
  );
};
