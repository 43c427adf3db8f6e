import type { Membership } from '@concordia/contracts';
import { EmptyState, Stack, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../common/badges';
import { DataTable } from '../common/data-table';
import { usePhoneScreen } from '../common/narrow-screen';
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
  // On a phone the role goes under the name: beside it, "My delegation" (name and role alone)
  // scrolled sideways and showed "DELEGA…". The secretariat's wider table still scrolls in its frame.
  const phone = usePhoneScreen();
  if (members.length === 0) return <EmptyState title={t('members.empty')} align="left" size="sm" />;
  return (
    <DataTable
      minWidth={phone && !showDelegation && !actions ? 0 : 520}
      testId="members-table"
      columns={[
        t('members.columns.name'),
        ...(phone ? [] : [t('members.columns.role')]),
        ...(showDelegation ? [t('members.columns.delegation')] : []),
        ...(actions ? [t('members.columns.actions')] : []),
      ]}
    >
      {members.map((member) => (
        <Table.Tr key={member.id} data-testid="member-row" data-email={member.userEmail}>
          <Table.Td>
            {phone ? (
              <Stack gap={4} align="flex-start">
                <PersonName name={member.userName} email={member.userEmail} />
                <RoleBadge role={member.role} />
              </Stack>
            ) : (
              <PersonName name={member.userName} email={member.userEmail} />
            )}
          </Table.Td>
          {!phone && (
            <Table.Td>
              <RoleBadge role={member.role} />
            </Table.Td>
          )}
          {showDelegation && <Table.Td data-testid="member-delegation">{member.delegationName ?? '—'}</Table.Td>}
          {actions && <Table.Td>{actions(member)}</Table.Td>}
        </Table.Tr>
      ))}
    </DataTable>
  );
};
