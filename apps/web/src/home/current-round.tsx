import type { Round } from '@concordia/contracts';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRoundList } from '../api/list-queries';
import { RoundStatusBadge } from '../common/badges';
import { useFormatters } from '../common/format';

/** The round that matters now: the open one, else the next scheduled, else the latest. */
export const currentRound = (rounds: Round[]): Round | null =>
  rounds.find((r) => r.status === 'open') ??
  [...rounds].filter((r) => r.status === 'scheduled').sort((a, b) => a.opensAt.localeCompare(b.opensAt))[0] ??
  [...rounds].sort((a, b) => a.closesAt.localeCompare(b.closesAt)).at(-1) ??
  null;

export const CurrentRound = ({ processId }: { processId: string }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const rounds = useRoundList(processId);
  if (!rounds.data) return null;
  const round = currentRound(rounds.data.items);
  if (!round) {
    return (
      <Text size="sm" c="dimmed">
        {t('rounds.empty')}
      </Text>
    );
  }
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={500}>
        {round.name}
      </Text>
      <RoundStatusBadge status={round.status} />
      <Text size="sm" c="dimmed">
        {format.range(round.opensAt, round.closesAt)}
      </Text>
    </Group>
  );
};
