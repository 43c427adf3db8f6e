import type { ProcessRole, RoundStatus, VersionStatus } from '@concordia/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const ROUND_COLORS: Record<RoundStatus, string> = {
  scheduled: 'blue',
  open: 'teal',
  closed: 'orange',
  concluded: 'gray',
};

export const RoundStatusBadge = ({ status }: { status: RoundStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={ROUND_COLORS[status]}
      variant="light"
      miw="max-content"
      data-testid="round-status"
      data-status={status}
    >
      {t(`rounds.status.${status}`)}
    </Badge>
  );
};

export const RoleBadge = ({ role }: { role: ProcessRole }) => {
  const { t } = useTranslation();
  return (
    <Badge color="indigo" variant="outline" miw="max-content" data-testid="role-badge">
      {t(`roles.process.${role}`)}
    </Badge>
  );
};

export const VersionStatusBadge = ({ status }: { status: VersionStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'published' ? 'teal' : 'yellow'} variant="light" miw="max-content">
      {t(`drafts.status.${status}`)}
    </Badge>
  );
};
