import type { Membership } from '@concordia/contracts';
import { EmptyState, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../common/badges';

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
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="sm" striped data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.columns.name')}</Table.Th>
            <Table.Th>{t('members.columns.role')}</Table.Th>
            {showDelegation && <Table.Th>{t('members.columns.delegation')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id} data-testid="member-row">
              <Table.Td>
                <Text fw={600} size="sm">
                  {member.userName}
                </Text>
                <Text size="xs" c="dimmed">
                  {member.userEmail}
                </Text>
              </Table.Td>
              <Table.Td>
                <RoleBadge role={member.role} />
              </Table.Td>
              {showDelegation && <Table.Td>{member.delegationName ?? '—'}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
