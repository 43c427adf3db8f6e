import type { Me } from '@concordia/contracts';
import { useTranslation } from 'react-i18next';
import { primaryRole } from '../auth/navigation';

/** "Head of delegation · Mexico", "Administrator", ... as one short line. */
export const useRoleLabel = (me: Me): string => {
  const { t } = useTranslation();
  const role = primaryRole(me);
  switch (role.kind) {
    case 'platform':
      return t(`roles.platform.${role.role}`);
    case 'process':
      return role.delegationName
        ? `${t(`roles.process.${role.role}`)} · ${role.delegationName}`
        : t(`roles.process.${role.role}`);
    case 'none':
      return t('roles.none');
  }
};
