import { Avatar, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bareNumber } from '../drafts/document-rows';
import { initials } from './annotation-rules';
import type { Reader } from './use-round-live';

const MAX_SHOWN = 4;

/** Who is reading a paragraph now: initials, with names (and delegations) in tooltips. */
export const PresenceAvatars = ({ readers, number }: { readers: readonly Reader[]; number: string }) => {
  const { t } = useTranslation();
  if (readers.length === 0) return null;
  const shown = readers.slice(0, MAX_SHOWN);
  const rest = readers.slice(MAX_SHOWN);
  const describe = (r: Reader) => (r.delegationName ? `${r.name} (${r.delegationName})` : r.name);
  return (
    <Tooltip.Group openDelay={200}>
      <Avatar.Group
        spacing="xs"
        role="group"
        aria-label={t('annotations.presence', { number: bareNumber(number) })}
        data-testid="presence"
      >
        {shown.map((reader) => (
          <Tooltip key={reader.userId} label={describe(reader)} withArrow>
            <Avatar size="sm" radius="xl" color="initials" name={reader.name} aria-label={describe(reader)}>
              {initials(reader.name)}
            </Avatar>
          </Tooltip>
        ))}
        {rest.length > 0 && (
          <Tooltip label={rest.map(describe).join(', ')} withArrow>
            <Avatar size="sm" radius="xl">
              +{rest.length}
            </Avatar>
          </Tooltip>
        )}
      </Avatar.Group>
    </Tooltip.Group>
  );
};
