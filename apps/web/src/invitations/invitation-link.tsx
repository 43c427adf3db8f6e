import type { CreatedInvitation } from '@concordia/contracts';
import { Alert, Button, CopyButton, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The link of an invitation just created or resent, shown this once (only its hash is stored),
 * with whether the email carrying it is on its way.
 */
export const InvitationLinkNotice = ({
  invitation,
  title,
  testId = 'invitation-created',
}: {
  invitation: CreatedInvitation;
  title: string;
  testId?: string;
}) => {
  const { t } = useTranslation();
  const link = new URL(invitation.acceptPath, window.location.origin).toString();
  return (
    <Alert color={invitation.emailQueued ? 'teal' : 'orange'} title={title} data-testid={testId}>
      <Text size="sm" mb="xs" data-testid="invitation-email-state" data-queued={invitation.emailQueued}>
        {invitation.emailQueued
          ? t('invitations.emailQueued', { email: invitation.email })
          : t('invitations.emailNotQueued')}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          label={t('invitations.link')}
          value={link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1 }}
          data-testid="invitation-link"
        />
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button color={copied ? 'teal' : undefined} onClick={copy} variant="light">
              {copied ? t('invitations.copied') : t('invitations.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
};
