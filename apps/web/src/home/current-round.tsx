import type { MembershipSummary } from '@concordia/contracts';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDraftList, useRoundList } from '../api/list-queries';
import { RoundStatusBadge } from '../common/badges';
import { useFormatters } from '../common/format';
import { RoundAgendaList } from '../rounds/round-agenda';
import { readableTextPath } from '../rounds/round-text';
import { currentRound, roundsFor } from './round-choice';

export const CurrentRound = ({ membership, userId }: { membership: MembershipSummary; userId: string }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const { processId } = membership;
  const rounds = useRoundList(processId);
  const drafts = useDraftList(processId);
  if (!rounds.data) return null;
  const mine = roundsFor(rounds.data.items, membership, userId);
  const round = currentRound(mine);
  const otherOpen = mine.filter((r) => r.status === 'open' && r.id !== round?.id).length;
  if (!round) {
    return (
      <Text size="sm" c="dimmed">
        {t('rounds.empty')}
      </Text>
    );
  }
  // The text under discussion is what a delegation opens most: one click from home, not three.
  const textPath = readableTextPath(round, drafts.data?.items ?? []);
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Anchor
          component={Link}
          to={`/processes/${processId}/rounds/${round.id}`}
          size="sm"
          fw={500}
          data-testid="home-round-link"
        >
          {round.name}
        </Anchor>
        <RoundStatusBadge status={round.status} />
        <Text size="sm" c="dimmed">
          {format.range(round.opensAt, round.closesAt)}
        </Text>
        {textPath && (
          <Anchor component={Link} to={textPath} size="sm" data-testid="home-round-text">
            {t('rounds.openText')}
          </Anchor>
        )}
      </Group>
      <RoundAgendaList processId={processId} round={round} textPath={textPath} />
      {otherOpen > 0 && (
        <Anchor component={Link} to={`/processes/${processId}`} size="sm" data-testid="home-other-rounds">
          {t('home.otherOpenRounds', { count: otherOpen })}
        </Anchor>
      )}
    </Stack>
  );
};
