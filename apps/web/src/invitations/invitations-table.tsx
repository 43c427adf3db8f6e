import type { CreatedInvitation, Invitation, InvitationState } from '@concordia/contracts';
import { Badge, Button, EmptyState, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ConfirmDialog } from '../common/confirm-dialog';
import { DataTable } from '../common/data-table';
import { useErrorMessage } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { InvitationLinkNotice } from './invitation-link';

const COLORS: Record<InvitationState, string> = { accepted: 'teal', expired: 'gray', pending: 'blue', revoked: 'red' };

/** The sent invitations of a process, with where each stands; pending and expired ones can be revoked or resent. */
export const InvitationsTable = ({ invitations, onChanged }: { invitations: Invitation[]; onChanged: () => void }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [resent, setResent] = useState<CreatedInvitation | null>(null);
  const failed = (caught: unknown) =>
    notifications.show({ color: 'red', title: t('invitations.notChanged'), message: errorMessage(caught) });
  const revoke = (invitation: Invitation) =>
    api.invitations
      .revoke(invitation.id)
      .then(() => {
        notifications.show({ color: 'teal', message: t('invitations.revoked', { email: invitation.email }) });
        onChanged();
      })
      .catch(failed);
  const resend = (invitation: Invitation) =>
    api.invitations
      .resend(invitation.id, {})
      .then((created) => {
        setResent(created);
        onChanged();
      })
      .catch(failed);

  if (invitations.length === 0) return <EmptyState title={t('invitations.empty')} align="left" size="sm" />;
  const details = (invitation: Invitation): string => {
    switch (invitation.state) {
      case 'accepted':
        return invitation.acceptedByName
          ? t('invitations.acceptedBy', {
              name: invitation.acceptedByName,
              date: format.deadline(invitation.acceptedAt ?? ''),
            })
          : t('invitations.acceptedOn', { date: format.deadline(invitation.acceptedAt ?? '') });
      case 'revoked':
        return t('invitations.revokedOn', { date: format.deadline(invitation.revokedAt ?? '') });
      case 'expired':
        return t('invitations.expiredOn', { date: format.deadline(invitation.expiresAt) });
      case 'pending':
        return t('invitations.expiresOn', { date: format.deadline(invitation.expiresAt) });
    }
  };
  return (
    <Stack>
      {resent && (
        <InvitationLinkNotice
          invitation={resent}
          title={t('invitations.resentTitle', { email: resent.email })}
          testId="invitation-resent"
        />
      )}
      <DataTable
        // Fits the list's column beside the form at 1280 px, so the state is never cut off.
        minWidth={520}
        testId="invitations-table"
        columns={[t('invitations.columns.email'), t('invitations.columns.role'), t('invitations.columns.state')]}
      >
        {invitations.map((invitation) => (
          <Table.Tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
            {/* An address has no spaces to wrap at: it may break anywhere rather than push the actions out. */}
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{invitation.email}</Table.Td>
            <Table.Td>
              <Text size="sm">{t(`roles.process.${invitation.role}`)}</Text>
              {invitation.delegationName && (
                <Text size="xs" c="dimmed">
                  {invitation.delegationName}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge
                color={COLORS[invitation.state]}
                variant="light"
                miw="max-content"
                data-testid="invitation-state"
                data-state={invitation.state}
              >
                {t(`invitations.states.${invitation.state}`)}
              </Badge>
              <Text size="xs" c="dimmed" mt={4} data-testid="invitation-when">
                {details(invitation)}
              </Text>
              {(invitation.state === 'pending' || invitation.state === 'expired') && (
                <Group gap="xs" mt={6}>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => void resend(invitation)}
                    data-testid="invitation-resend"
                  >
                    {t('invitations.resend')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => setRevoking(invitation)}
                    data-testid="invitation-revoke"
                  >
                    {t('invitations.revoke')}
                  </Button>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('invitations.revokeTitle', { email: revoking?.email ?? '' })}
        body={t('invitations.revokeBody')}
        confirmLabel={t('invitations.revoke')}
        keepLabel={t('invitations.keep')}
        onConfirm={() => revoking && void revoke(revoking)}
        onClose={() => setRevoking(null)}
        testId="invitation-revoke-dialog"
      />
    </Stack>
  );
};
